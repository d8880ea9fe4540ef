import { parseErrorBody } from "@/lib/errors";
import type { AuditPage } from "@/lib/settings/audit";
import type { Settings, VersionedSettings } from "@/lib/settings/schema";

/** The browser side of /api/admin/*, in the shared error contract. */
async function call<T>(input: string, init?: RequestInit): Promise<T> {
  const response = await fetch(input, init);
  const body = await response.json().catch(() => null);
  if (!response.ok) throw parseErrorBody(body, response.status);
  return body as T;
}

export const saveSettings = (version: number, settings: Settings) =>
  call<VersionedSettings & { changed: string[] }>("/api/admin/settings", {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ version, settings }),
  });

export const fetchAuditPage = (before: number) => call<AuditPage>(`/api/admin/audit?before=${before}`);
