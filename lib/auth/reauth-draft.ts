import type { UIMessage } from "ai";
import { z } from "zod";
import { messageText } from "@/lib/chat/message-text";

/**
 * What the chat keeps across the trip to the sign-in page when the Sentry session has ended: the
 * conversation on screen and the text not yet sent. sessionStorage: this tab only, gone with it.
 */
export type ReauthDraft = { path: string; conversationId: string; messages: UIMessage[]; draft: string };

const KEY = "sentry-chat:reauth-draft";
/** A draft older than this is stale: the person has moved on. */
const MAX_AGE_MS = 60 * 60 * 1000;

const savedSchema = z.object({
  path: z.string(),
  conversationId: z.string(),
  messages: z.array(z.looseObject({ id: z.string(), role: z.enum(["system", "user", "assistant"]), parts: z.array(z.unknown()) })),
  draft: z.string(),
  savedAt: z.number(),
});

export function saveReauthDraft(storage: Storage, draft: ReauthDraft, now = Date.now()): void {
  try {
    storage.setItem(KEY, JSON.stringify({ ...draft, savedAt: now }));
  } catch {
    // Over the storage quota (a very long conversation): keep at least what was typed; the
    // conversation itself is stored on the server.
    try {
      storage.setItem(KEY, JSON.stringify({ ...draft, messages: [], savedAt: now }));
    } catch {
      // Storage is unavailable (disabled, private mode): nothing more can be kept.
    }
  }
}

/** The draft saved for this page, removed from storage so it is restored once. */
export function takeReauthDraft(storage: Storage, path: string, now = Date.now()): ReauthDraft | null {
  const raw = storage.getItem(KEY);
  if (raw === null) return null;
  let saved: z.infer<typeof savedSchema>;
  try {
    saved = savedSchema.parse(JSON.parse(raw));
  } catch {
    storage.removeItem(KEY);
    return null;
  }
  if (now - saved.savedAt > MAX_AGE_MS) {
    storage.removeItem(KEY);
    return null;
  }
  if (saved.path !== path) return null;
  storage.removeItem(KEY);
  return { path: saved.path, conversationId: saved.conversationId, messages: saved.messages as UIMessage[], draft: saved.draft };
}

/** The text to put back in the message box: the message that could not be sent, then anything typed since. */
export function draftText(failedMessage: UIMessage | undefined, typed: string): string {
  const failed = failedMessage ? messageText(failedMessage) : "";
  return [failed, typed].filter((text) => text.trim() !== "").join("\n\n");
}
