import { AppError } from "@/lib/errors";

export type Conversation = { id: string; title: string; createdAt: number; updatedAt: number };

type ConversationRow = { id: string; user_id: string; title: string; created_at: number; updated_at: number };

const toConversation = (row: ConversationRow): Conversation => ({
  id: row.id,
  title: row.title,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

/** The user's conversation, or null: another user's conversation is indistinguishable from none. */
export async function findConversation(db: D1Database, userId: string, id: string): Promise<Conversation | null> {
  const row = await db
    .prepare("SELECT * FROM conversations WHERE id = ?1 AND user_id = ?2")
    .bind(id, userId)
    .first<ConversationRow>();
  return row ? toConversation(row) : null;
}

/** Opens the user's conversation, creating it on first use. Someone else's id → not_found. */
export async function openConversation(db: D1Database, userId: string, id: string, title: string): Promise<Conversation> {
  const now = Date.now();
  await db
    .prepare(
      "INSERT INTO conversations (id, user_id, title, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?4) ON CONFLICT(id) DO NOTHING",
    )
    .bind(id, userId, title.slice(0, 100), now)
    .run();
  const conversation = await findConversation(db, userId, id);
  if (!conversation) throw new AppError("not_found", "This conversation does not exist.");
  return conversation;
}
