import { callApi as call } from "@/components/api-client";
import type { Conversation, ConversationPage } from "@/lib/db/conversations";

export function fetchConversations(options: { limit: number; cursor?: string }): Promise<ConversationPage> {
  const query = new URLSearchParams({ limit: String(options.limit) });
  if (options.cursor) query.set("cursor", options.cursor);
  return call<ConversationPage>(`/api/conversations?${query}`, { cache: "no-store" });
}

export async function requestRename(id: string, title: string): Promise<Conversation> {
  const { conversation } = await call<{ conversation: Conversation }>(`/api/conversations/${encodeURIComponent(id)}`, {
    method: "PATCH",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ title }),
  });
  return conversation;
}

export function requestDelete(id: string): Promise<void> {
  return call<void>(`/api/conversations/${encodeURIComponent(id)}`, { method: "DELETE" });
}
