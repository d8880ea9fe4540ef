import { callApi as call } from "@/components/api-client";
import type { ShareListing } from "@/lib/shares/listing";
import type { Visibility } from "@/lib/shares/policy";

export type ShareOptions = { visibilities: Visibility[]; organizations: Array<{ slug: string; name: string }> };

export const shareUrl = (id: string) => `${window.location.origin}/share/${id}`;

export const fetchShareOptions = () => call<ShareOptions>("/api/shares/options");

export const fetchShares = async (conversationId?: string) =>
  (await call<{ shares: ShareListing[] }>(`/api/shares${conversationId ? `?conversationId=${conversationId}` : ""}`)).shares;

export const createShare = async (body: { conversationId: string; visibility: Visibility; organization?: string }) =>
  (
    await call<{ share: ShareListing }>("/api/shares", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    })
  ).share;

export const revokeShare = (id: string) => call<void>(`/api/shares/${id}`, { method: "DELETE" });
