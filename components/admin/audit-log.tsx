"use client";

import { useState } from "react";
import { toast } from "sonner";
import { fetchAuditPage } from "@/components/admin/admin-api";
import { Button } from "@/components/ui/button";
import { AppError } from "@/lib/errors";
import { formatDateTime } from "@/lib/format-date";
import type { AuditPage } from "@/lib/settings/audit";
import { SETTING_LABELS } from "@/lib/settings/schema";

const MAX_SHOWN = 160;

/** A stored JSON value as a person reads it: text unquoted, lists joined, long text cut. */
function shown(json: string): string {
  const value: unknown = JSON.parse(json);
  const text = Array.isArray(value) ? (value.length ? value.join(", ") : "(none)") : typeof value === "string" ? value || "(empty)" : String(value);
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
}

/** Who changed which setting when, newest first; older entries a page at a time. */
export function AuditLog({ initial }: { initial: AuditPage }) {
  const [entries, setEntries] = useState(initial.entries);
  const [cursor, setCursor] = useState(initial.nextCursor);
  const [loading, setLoading] = useState(false);

  async function loadOlder() {
    if (cursor === null) return;
    setLoading(true);
    try {
      const page = await fetchAuditPage(cursor);
      setEntries((current) => [...current, ...page.entries]);
      setCursor(page.nextCursor);
    } catch (error) {
      toast.error(error instanceof AppError ? error.message : "Older entries could not be loaded.");
    } finally {
      setLoading(false);
    }
  }

  return (
    <section aria-labelledby="audit-heading" className="flex flex-col gap-3">
      <h2 id="audit-heading" className="text-xl font-semibold">
        Audit log
      </h2>
      {entries.length === 0 ? (
        <p className="text-muted-foreground text-sm">No changes yet.</p>
      ) : (
        // A table wider than a phone scrolls sideways: the region takes focus, so keyboards can scroll it too.
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-labelledby="audit-heading">
          <table className="w-full text-sm" data-testid="audit-log">
            <thead>
              <tr className="border-b text-left">
                <th className="py-2 pr-4 font-medium">When (UTC)</th>
                <th className="py-2 pr-4 font-medium">Who</th>
                <th className="py-2 pr-4 font-medium">Setting</th>
                <th className="py-2 pr-4 font-medium">Old</th>
                <th className="py-2 font-medium">New</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id} className="border-b align-top">
                  <td className="py-2 pr-4 whitespace-nowrap">{formatDateTime(entry.createdAt)}</td>
                  <td className="py-2 pr-4">{entry.actorEmail}</td>
                  <td className="py-2 pr-4">{SETTING_LABELS[entry.field] ?? entry.field}</td>
                  <td className="py-2 pr-4 break-words">{shown(entry.oldValue)}</td>
                  <td className="py-2 break-words">{shown(entry.newValue)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {cursor !== null && (
        <Button variant="outline" size="sm" className="self-start" disabled={loading} onClick={() => void loadOlder()}>
          {loading ? "Loading…" : "Older entries"}
        </Button>
      )}
    </section>
  );
}
