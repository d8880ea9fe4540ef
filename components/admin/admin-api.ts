import { callApi as call } from "@/components/api-client";
import type { AuditPage } from "@/lib/settings/audit";
import type { Settings, VersionedSettings } from "@/lib/settings/schema";

export const saveSettings = (version: number, settings: Settings) =>
  call<VersionedSettings & { changed: string[] }>("/api/admin/settings", {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ version, settings }),
  });

export const fetchAuditPage = (before: number) => call<AuditPage>(`/api/admin/audit?before=${before}`);

export const revokePersonConnections = (userId: string) =>
  call<{ revoked: number }>(`/api/admin/connected-apps/${encodeURIComponent(userId)}`, { method: "DELETE" });
