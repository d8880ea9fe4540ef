import type { Conversation, ConversationPage } from "@/lib/db/conversations";
import { AppError, parseErrorBody } from "@/lib/errors";

/** Calls one of the conversation routes; failures come back as the shared AppError. */
async function call<T>(path: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch (cause) {
    throw new AppError("upstream_unavailable", "Sentry Chat could not be reached. Check your connection and try again.", {
      cause,
    });
  }
  if (!response.ok) throw parseErrorBody(await response.json().catch(() => null), response.status);
  return (response.status === 204 ? undefined : await response.json()) as T;
}

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
