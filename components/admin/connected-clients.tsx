"use client";

import { useState } from "react";
import { toast } from "sonner";
import { revokePersonConnections } from "@/components/admin/admin-api";
import { ConfirmDialog } from "@/components/confirm-dialog";
import { Button } from "@/components/ui/button";
import type { ConnectedClientsSummary, PersonConnections } from "@/lib/connected-apps/per-person";

const personName = (person: PersonConnections) => person.name ?? `Person ${person.userId}`;
const plural = (count: number, one: string, many: string) => `${count.toLocaleString("en-US")} ${count === 1 ? one : many}`;

/** How many MCP clients each person has connected, with "Revoke all" per person. */
export function ConnectedClients({ initial }: { initial: ConnectedClientsSummary }) {
  const [summary, setSummary] = useState(initial);

  async function revokeAll(person: PersonConnections) {
    const { revoked } = await revokePersonConnections(person.userId);
    setSummary((current) => ({
      ...current,
      total: current.total - person.connections,
      people: current.people.filter((p) => p.userId !== person.userId),
    }));
    toast.success(`Revoked ${plural(revoked, "connection", "connections")} of ${personName(person)}.`);
  }

  const atLeast = summary.complete ? "" : "at least ";
  return (
    <section aria-labelledby="connected-clients-heading" className="flex flex-col gap-3">
      <h2 id="connected-clients-heading" className="text-xl font-semibold">
        Connected MCP clients
      </h2>
      <p className="text-sm" data-testid="connected-clients-total">
        {summary.total === 0 ? "No MCP client is connected." : `${atLeast}${plural(summary.total, "connection", "connections")} in all.`}
      </p>
      <p className="text-muted-foreground text-sm">Turning off “External MCP clients” in the settings refuses every one of them until it is turned back on.</p>
      {summary.people.length > 0 && (
        // A table wider than a phone scrolls sideways: the region takes focus, so keyboards can scroll it too.
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-labelledby="connected-clients-heading">
          <table className="w-full text-sm" aria-label="Connected MCP clients per person">
            <thead>
              <tr className="border-b text-left">
                <th className="py-2 pr-4 font-medium">Person</th>
                <th className="py-2 pr-4 font-medium">Connections</th>
                <th className="py-2 font-medium">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {summary.people.map((person) => (
                <tr key={person.userId} className="border-b align-middle">
                  <td className="py-2 pr-4">
                    <div className="break-words">{personName(person)}</div>
                    {person.email && <div className="text-muted-foreground text-xs break-all">{person.email}</div>}
                  </td>
                  <td className="py-2 pr-4">{person.connections.toLocaleString("en-US")}</td>
                  <td className="py-2 text-right">
                    <ConfirmDialog
                      trigger={
                        <Button variant="outline" size="sm" aria-label={`Revoke all connections of ${personName(person)}`}>
                          Revoke all
                        </Button>
                      }
                      title={`Revoke every connection of ${personName(person)}?`}
                      description="Each of their MCP clients is refused from its next request and has to be connected again."
                      confirmLabel="Revoke all"
                      busyLabel="Revoking…"
                      onConfirm={() => revokeAll(person)}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
