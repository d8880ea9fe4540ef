import type { ShareSummary } from "@/lib/db/shares";
import { parseErrorBody } from "@/lib/errors";
import type { Visibility } from "@/lib/shares/policy";

/** The browser side of /api/shares, in the shared error contract. */
async function call<T>(input: string, init?: RequestInit): Promise<T> {
  const response = await fetch(input, init);
  const body = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) throw parseErrorBody(body, response.status);
  return body as T;
}

export type ShareOptions = { visibilities: Visibility[]; organizations: Array<{ slug: string; name: string }> };

export const shareUrl = (id: string) => `${window.location.origin}/share/${id}`;

export const fetchShareOptions = () => call<ShareOptions>("/api/shares/options");

export const fetchShares = async (conversationId?: string) =>
  (await call<{ shares: ShareSummary[] }>(`/api/shares${conversationId ? `?conversationId=${conversationId}` : ""}`)).shares;

export const createShare = async (body: { conversationId: string; visibility: Visibility; organization?: string }) =>
  (
    await call<{ share: ShareSummary }>("/api/shares", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    })
  ).share;

export const revokeShare = (id: string) => call<null>(`/api/shares/${id}`, { method: "DELETE" });
