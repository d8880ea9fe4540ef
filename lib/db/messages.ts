import type { UIMessage } from "ai";
import { assertClaimed, claimState, releaseReply, releaseStatement, unclaimedAt, type ReplyClaim } from "@/lib/db/reply-claims";
import { AppError } from "@/lib/errors";
import { quotaExceeded, type DailyQuota } from "@/lib/usage/quota";

export type MessageStatus = "complete" | "streaming" | "aborted" | "error";
export type StoredMessage = UIMessage & { status: MessageStatus };

type MessageRow = { id: string; role: "user" | "assistant"; parts: string; metadata: string | null; status: MessageStatus };

async function assertOwner(db: D1Database, userId: string, conversationId: string): Promise<void> {
  const owned = await db
    .prepare("SELECT 1 FROM conversations WHERE id = ?1 AND user_id = ?2")
    .bind(conversationId, userId)
    .first();
  if (!owned) throw new AppError("not_found", "This conversation does not exist.");
}

const toStoredMessage = (row: MessageRow): StoredMessage => ({
  id: row.id,
  role: row.role,
  parts: JSON.parse(row.parts),
  ...(row.metadata ? { metadata: JSON.parse(row.metadata) } : {}),
  status: row.status,
});

const selectMessages = (db: D1Database, userId: string, conversationId: string) =>
  db
    .prepare(
      `SELECT m.id, m.role, m.parts, m.metadata, m.status FROM messages m
       JOIN conversations c ON c.id = m.conversation_id
       WHERE m.conversation_id = ?1 AND c.user_id = ?2 ORDER BY m.seq`,
    )
    .bind(conversationId, userId);

export async function listMessages(db: D1Database, userId: string, conversationId: string): Promise<StoredMessage[]> {
  const { results } = await selectMessages(db, userId, conversationId).all<MessageRow>();
  return results.map(toStoredMessage);
}

/**
 * Adds the person's message to their conversation, creating the conversation (titled after it) on
 * first use; a message with the id of a stored one is an edit, which replaces it and drops what
 * followed. In the same transaction the conversation is claimed for the reply (a reply already in
 * flight refuses the message: reply_in_progress) and the message is counted against the person's
 * daily quota (over it the message is refused: quota_exceeded); a refused message is neither
 * stored nor counted. Returns the conversation's messages, ending with this one. One round trip,
 * one transaction: every write after the claim proceeds only if this request holds the claim,
 * which only the owner can take, so someone else's conversation is not found and nothing is
 * written to it.
 */
export async function addUserMessage(
  db: D1Database,
  userId: string,
  conversationId: string,
  message: UIMessage & { role: "user" },
  title: string,
  quota: DailyQuota,
  claim: ReplyClaim,
): Promise<StoredMessage[]> {
  // Every statement binds from the same values: ?1 conversation, ?2 user, ?3 message id, ?4 parts,
  // ?5 time, ?6 title, ?7 day, ?8 the quota's limit, ?9 the claim, ?10 its expiry, ?11 metadata. D1
  // takes exactly as many values as the highest ?N a statement uses.
  const metadata = message.metadata === undefined ? null : JSON.stringify(message.metadata);
  const values = [conversationId, userId, message.id, JSON.stringify(message.parts), claim.at, title, quota.day, quota.limit, claim.id, claim.expiresAt, metadata];
  const statement = (sql: string) =>
    db.prepare(sql).bind(...values.slice(0, Math.max(...Array.from(sql.matchAll(/\?(\d+)/g), (match) => Number(match[1])))));
  const claimed = "EXISTS (SELECT 1 FROM conversations WHERE id = ?1 AND user_id = ?2 AND reply_claim = ?9)";
  // The count goes up first, unconditionally; the claim is taken only within the limit, the writes
  // after it only with the claim, and the last write takes back the count of a refused message.
  const withinQuota = "(SELECT messages FROM usage_daily WHERE day = ?7 AND user_id = ?2) <= ?8";
  const [counted, , , , listed, , state] = await db.batch<MessageRow & { within_quota: number; claimed: number }>([
    statement(
      `INSERT INTO usage_daily (day, user_id, messages) VALUES (?7, ?2, 1)
       ON CONFLICT(day, user_id) DO UPDATE SET messages = messages + 1
       RETURNING messages <= ?8 AS within_quota`,
    ),
    statement(
      `INSERT INTO conversations (id, user_id, title, created_at, updated_at, reply_claim, reply_claim_expires_at)
       SELECT ?1, ?2, ?6, ?5, ?5, ?9, ?10 WHERE ${withinQuota}
       ON CONFLICT(id) DO UPDATE SET updated_at = ?5, reply_claim = ?9, reply_claim_expires_at = ?10
       WHERE conversations.user_id = ?2 AND ${withinQuota} AND ${unclaimedAt("?5")}`,
    ),
    statement(
      `DELETE FROM messages WHERE conversation_id = ?1 AND ${claimed}
       AND seq > (SELECT seq FROM messages WHERE conversation_id = ?1 AND id = ?3)`,
    ),
    statement(
      `INSERT INTO messages (conversation_id, id, seq, role, parts, metadata, status, created_at)
       SELECT ?1, ?3, (SELECT COALESCE(MAX(seq), 0) + 1 FROM messages WHERE conversation_id = ?1), 'user', ?4, ?11, 'complete', ?5
       WHERE ${claimed}
       ON CONFLICT(conversation_id, id) DO UPDATE SET role = 'user', parts = ?4, metadata = ?11, status = 'complete', created_at = ?5`,
    ),
    selectMessages(db, userId, conversationId),
    statement(`UPDATE usage_daily SET messages = messages - 1 WHERE day = ?7 AND user_id = ?2 AND NOT ${claimed}`),
    claimState(db, userId, conversationId, claim),
  ]);
  if (!counted.results[0]?.within_quota) throw quotaExceeded(quota);
  assertClaimed(state.results[0]);
  return listed.results.map(toStoredMessage);
}

/** The statements that insert or replace one message, keeping its place in the conversation. */
function saveStatements(db: D1Database, userId: string, conversationId: string, message: UIMessage, status: MessageStatus) {
  if (message.role === "system") throw new AppError("bad_request", "System messages cannot be stored.");
  const now = Date.now();
  const metadata = message.metadata === undefined ? null : JSON.stringify(message.metadata);
  return [
    db
      .prepare(
        `INSERT INTO messages (conversation_id, id, seq, role, parts, metadata, status, created_at)
         SELECT ?1, ?2, (SELECT COALESCE(MAX(seq), 0) + 1 FROM messages WHERE conversation_id = ?1), ?3, ?4, ?5, ?6, ?7
         WHERE EXISTS (SELECT 1 FROM conversations WHERE id = ?1 AND user_id = ?8)
         ON CONFLICT(conversation_id, id) DO UPDATE SET parts = ?4, metadata = ?5, status = ?6`,
      )
      .bind(conversationId, message.id, message.role, JSON.stringify(message.parts), metadata, status, now, userId),
    db.prepare("UPDATE conversations SET updated_at = ?2 WHERE id = ?1 AND user_id = ?3").bind(conversationId, now, userId),
  ];
}

/**
 * Inserts or replaces one message, keeping its place in the conversation. One round trip: the
 * owner check is part of both statements, and nothing is written to someone else's conversation.
 */
export async function saveMessage(
  db: D1Database,
  userId: string,
  conversationId: string,
  message: UIMessage,
  status: MessageStatus,
): Promise<void> {
  const [saved] = await db.batch(saveStatements(db, userId, conversationId, message, status));
  if (saved.meta.changes === 0) throw new AppError("not_found", "This conversation does not exist.");
}

/**
 * Stores a reply and gives back the conversation's claim, in one transaction. A reply that cannot
 * be stored gives the claim back too, so the person can try again at once rather than after it
 * expires.
 */
export async function storeReply(
  db: D1Database,
  userId: string,
  conversationId: string,
  message: UIMessage,
  status: MessageStatus,
  claimId: string,
): Promise<void> {
  let saved: D1Result;
  try {
    [saved] = await db.batch([...saveStatements(db, userId, conversationId, message, status), releaseStatement(db, userId, conversationId, claimId)]);
  } catch (error) {
    // The store's failure is the one to report; a claim that cannot be given back expires.
    await releaseReply(db, userId, conversationId, claimId).catch(() => {});
    throw error;
  }
  if (saved.meta.changes === 0) throw new AppError("not_found", "This conversation does not exist.");
}

/** Removes a message and everything after it (an edit or a regenerated reply replaces them). */
export async function deleteMessagesFrom(db: D1Database, userId: string, conversationId: string, messageId: string): Promise<void> {
  await assertOwner(db, userId, conversationId);
  await db
    .prepare(
      `DELETE FROM messages WHERE conversation_id = ?1
       AND seq >= (SELECT seq FROM messages WHERE conversation_id = ?1 AND id = ?2)`,
    )
    .bind(conversationId, messageId)
    .run();
}

/** Removes every message of the conversation; the conversation itself stays. */
export async function clearMessages(db: D1Database, userId: string, conversationId: string): Promise<void> {
  await assertOwner(db, userId, conversationId);
  await db.prepare("DELETE FROM messages WHERE conversation_id = ?1").bind(conversationId).run();
}
