"use client";

import { toast } from "sonner";
import { ConfirmDialog } from "@/components/confirm-dialog";
import { revokeConnectedApp } from "@/components/connected-apps/connected-apps-api";
import { Button } from "@/components/ui/button";
import { formatDay } from "@/lib/format-date";
import { accessLabel, scopeLabel } from "@/lib/connected-apps/labels";
import type { Connection } from "@/lib/oauth/connections";

/**
 * The person's connected MCP clients, each with Revoke. A client's name is whatever it registered
 * with: rendered as text, never as markup, and not trusted to be unique (its access host tells
 * two apart).
 */
export function ConnectionList({ connections, onRevoked }: { connections: Connection[]; onRevoked: (id: string) => void }) {
  return (
    <ul className="divide-y rounded-md border text-sm" aria-label="Connected apps">
      {connections.map((connection) => (
        <li key={connection.id} className="flex flex-wrap items-start gap-x-3 gap-y-2 px-3 py-3" data-testid="connected-app">
          <div className="min-w-0 flex-1 space-y-0.5">
            <div className="font-medium break-words">{connection.clientName}</div>
            <div className="text-muted-foreground text-xs">
              {accessLabel(connection.access)} · {scopeLabel(connection)}
            </div>
            <div className="text-muted-foreground text-xs">
              <span className="whitespace-nowrap">Connected {formatDay(connection.connectedAt)}</span> ·{" "}
              <span className="whitespace-nowrap">
                {connection.lastUsedAt === null ? "Not used yet" : `Last used ${formatDay(connection.lastUsedAt)}`}
              </span>
            </div>
            {connection.redirectHost && <div className="text-muted-foreground text-xs break-all">Access sent to {connection.redirectHost}</div>}
          </div>
          <ConfirmDialog
            trigger={
              <Button variant="outline" size="sm" aria-label={`Revoke ${connection.clientName}`}>
                Revoke
              </Button>
            }
            title={`Revoke ${connection.clientName}?`}
            description="It loses access at once: its next request is refused. To use it again, connect it again from the app."
            confirmLabel="Revoke"
            busyLabel="Revoking…"
            onConfirm={async () => {
              await revokeConnectedApp(connection.id);
              onRevoked(connection.id);
              toast.success(`${connection.clientName} can no longer use your Sentry account.`);
            }}
          />
        </li>
      ))}
    </ul>
  );
}
