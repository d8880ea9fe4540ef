"use client";

import { useEffect, useState } from "react";
import { fetchConnectedApps } from "@/components/connected-apps/connected-apps-api";
import { ConnectionList } from "@/components/connected-apps/connection-list";
import { HowToConnect } from "@/components/connected-apps/how-to-connect";
import type { ReturnFocus } from "@/components/dialog-focus";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { AppError } from "@/lib/errors";
import type { ConnectedAppsView } from "@/lib/connected-apps/view";

type Loaded = { view: ConnectedAppsView } | { error: string } | null;

/** "Connected apps": the MCP clients the person allowed to use Sentry as them, read afresh each time it opens. */
export function ConnectedAppsDialog({ open, onOpenChange, onCloseAutoFocus }: { open: boolean; onOpenChange: (open: boolean) => void } & ReturnFocus) {
  const [loaded, setLoaded] = useState<Loaded>(null);
  useEffect(() => {
    if (!open) return;
    let cancelled = false;
    fetchConnectedApps().then(
      (view) => !cancelled && setLoaded({ view }),
      (error: unknown) => !cancelled && setLoaded({ error: (error instanceof AppError ? error : new AppError("internal")).message }),
    );
    return () => {
      cancelled = true;
    };
  }, [open]);

  const removeConnection = (id: string) =>
    setLoaded((current) =>
      current && "view" in current ? { view: { ...current.view, connections: current.view.connections.filter((c) => c.id !== id) } } : current,
    );

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent className="max-h-[90dvh] overflow-y-auto" onCloseAutoFocus={onCloseAutoFocus}>
        <DialogHeader>
          <DialogTitle>Connected apps</DialogTitle>
          <DialogDescription>MCP clients you allowed to use Sentry as you. Revoking one refuses its next request.</DialogDescription>
        </DialogHeader>
        {loaded === null ? (
          <p className="text-muted-foreground text-sm">Loading…</p>
        ) : "error" in loaded ? (
          <p role="alert" className="text-destructive text-sm">
            {loaded.error}
          </p>
        ) : (
          <>
            {!loaded.view.clientsAllowed && (
              <p role="note" className="rounded-md border border-amber-500/50 bg-amber-500/10 p-3 text-sm">
                An administrator has turned off external MCP clients: connected apps are refused, and no app can connect, until it is
                turned back on.
              </p>
            )}
            {loaded.view.connections.length > 0 ? (
              <ConnectionList connections={loaded.view.connections} onRevoked={removeConnection} />
            ) : (
              loaded.view.clientsAllowed && <HowToConnect mcpUrl={loaded.view.mcpUrl} />
            )}
          </>
        )}
      </DialogContent>
    </Dialog>
  );
}
