import { callApi } from "@/components/api-client";
import type { ConnectedAppsView } from "@/lib/connected-apps/view";

/** The browser side of /api/connected-apps. */
export const fetchConnectedApps = () => callApi<ConnectedAppsView>("/api/connected-apps", { cache: "no-store" });

export const revokeConnectedApp = (id: string) => callApi<void>(`/api/connected-apps/${encodeURIComponent(id)}`, { method: "DELETE" });
