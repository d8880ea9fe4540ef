import { decodeCursor, encodeCursor, type ConversationCursor } from "@/lib/conversations/cursor";
import { MAX_TITLE_CHARS } from "@/lib/conversations/title";
import { AppError } from "@/lib/errors";

export type Conversation = { id: string; title: string; createdAt: number; updatedAt: number };
export type ConversationPage = { conversations: Conversation[]; nextCursor: string | null };

type ConversationRow = { id: string; user_id: string; title: string; created_at: number; updated_at: number };

const toConversation = (row: ConversationRow): Conversation => ({
  id: row.id,
  title: row.title,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

/** One message for every "not yours" and "no such": the two must be indistinguishable. */
const notFound = () => new AppError("not_found", "This conversation does not exist.");

/** The user's conversation, or null: another user's conversation is indistinguishable from none. */
export async function findConversation(db: D1Database, userId: string, id: string): Promise<Conversation | null> {
  const row = await db
    .prepare("SELECT * FROM conversations WHERE id = ?1 AND user_id = ?2")
    .bind(id, userId)
    .first<ConversationRow>();
  return row ? toConversation(row) : null;
}

/** The user's conversations, most recently active first, one page at a time. */
export async function listConversations(
  db: D1Database,
  userId: string,
  options: { limit: number; cursor?: string },
): Promise<ConversationPage> {
  let after: ConversationCursor | null = null;
  if (options.cursor !== undefined) {
    after = decodeCursor(options.cursor);
    if (!after) throw new AppError("bad_request", "The cursor is not valid. Start again from the first page.");
  }
  // One row more than asked tells whether another page exists.
  const { results } = await db
    .prepare(
      `SELECT * FROM conversations
       WHERE user_id = ?1 AND (?2 IS NULL OR updated_at < ?2 OR (updated_at = ?2 AND id < ?3))
       ORDER BY updated_at DESC, id DESC LIMIT ?4`,
    )
    .bind(userId, after?.updatedAt ?? null, after?.id ?? null, options.limit + 1)
    .all<ConversationRow>();
  const conversations = results.slice(0, options.limit).map(toConversation);
  const last = conversations.at(-1);
  const nextCursor = results.length > options.limit && last ? encodeCursor(last) : null;
  return { conversations, nextCursor };
}

/** Renames the user's conversation; the title is expected to be validated already. */
export async function renameConversation(db: D1Database, userId: string, id: string, title: string): Promise<Conversation> {
  if (title.length === 0 || Array.from(title).length > MAX_TITLE_CHARS) throw new AppError("bad_request", "The title is not valid.");
  // Renaming is not activity: the conversation keeps its place in the history.
  const row = await db
    .prepare("UPDATE conversations SET title = ?3 WHERE id = ?1 AND user_id = ?2 RETURNING *")
    .bind(id, userId, title)
    .first<ConversationRow>();
  if (!row) throw notFound();
  return toConversation(row);
}

/** Deletes the user's conversation and its messages. */
export async function deleteConversation(db: D1Database, userId: string, id: string): Promise<void> {
  // Both statements check the owner and run as one transaction, so nobody else's messages can go.
  const [, deleted] = await db.batch([
    db
      .prepare(
        "DELETE FROM messages WHERE conversation_id = ?1 AND EXISTS (SELECT 1 FROM conversations WHERE id = ?1 AND user_id = ?2)",
      )
      .bind(id, userId),
    db.prepare("DELETE FROM conversations WHERE id = ?1 AND user_id = ?2").bind(id, userId),
  ]);
  if (deleted.meta.changes === 0) throw notFound();
}
