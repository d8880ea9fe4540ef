/**
 * The history is listed newest first by (updatedAt, id); a cursor is the position of the last
 * conversation on a page. Keyset paging, not offsets: a conversation that moves to the top while
 * someone pages through the list cannot make another one appear twice or be skipped.
 */
export type ConversationCursor = { updatedAt: number; id: string };

const ID = /^[A-Za-z0-9_-]{1,64}$/;

function toBase64Url(text: string): string {
  return btoa(text).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): string | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    return atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  } catch {
    return null;
  }
}

/** Opaque to clients, so the ordering can change without breaking their links. */
export function encodeCursor(cursor: ConversationCursor): string {
  return toBase64Url(`${cursor.updatedAt}.${cursor.id}`);
}

/** The position a cursor names, or null when it is not one this server made. */
export function decodeCursor(value: string): ConversationCursor | null {
  if (value.length > 200) return null;
  const text = fromBase64Url(value);
  const match = text === null ? null : /^(\d{1,16})\.(.+)$/.exec(text);
  if (!match) return null;
  const updatedAt = Number(match[1]);
  if (!Number.isSafeInteger(updatedAt) || !ID.test(match[2])) return null;
  return { updatedAt, id: match[2] };
}
