import { AppError } from "@/lib/errors";
import { newShareId } from "@/lib/shares/id";
import type { Visibility } from "@/lib/shares/policy";
import { shapeSnapshot, snapshotSchema, type SnapshotMessage } from "@/lib/shares/snapshot";

/** What the owner sees of a link: no snapshot, that can be large. */
export type ShareSummary = {
  id: string;
  conversationId: string;
  visibility: Visibility;
  organization: string | null;
  title: string;
  createdAt: number;
};
/** A link as a viewer's access is decided on: who made it, for whom; the snapshot is read only once they may see it. */
export type SharedConversation = ShareSummary & { ownerId: string; ownerName: string };

type ShareRow = {
  id: string;
  conversation_id: string;
  owner_id: string;
  visibility: Visibility;
  organization: string | null;
  title: string;
  created_at: number;
};

/** D1 stores at most 2 MB in one value; a snapshot that large is refused rather than cut. */
const MAX_SNAPSHOT_BYTES = 1_900_000;

const toSummary = (row: ShareRow): ShareSummary => ({
  id: row.id,
  conversationId: row.conversation_id,
  visibility: row.visibility,
  organization: row.organization,
  title: row.title,
  createdAt: row.created_at,
});

/** One answer for unknown, revoked and someone else's link: they must be indistinguishable. */
const notFound = () => new AppError("not_found", "This link does not exist.");

/** Snapshots the owner's conversation as it is now. Someone else's conversation → not_found. */
export async function createShare(
  db: D1Database,
  ownerId: string,
  input: { conversationId: string; visibility: Visibility; organization: string | null },
): Promise<ShareSummary> {
  const conversation = await db
    .prepare("SELECT title FROM conversations WHERE id = ?1 AND user_id = ?2")
    .bind(input.conversationId, ownerId)
    .first<{ title: string }>();
  if (!conversation) throw new AppError("not_found", "This conversation does not exist.");
  const { results } = await db
    .prepare("SELECT id, role, parts, metadata, created_at FROM messages WHERE conversation_id = ?1 ORDER BY seq")
    .bind(input.conversationId)
    .all<{ id: string; role: "user" | "assistant"; parts: string; metadata: string | null; created_at: number }>();
  const snapshot = shapeSnapshot(
    results.map((row) => ({
      id: row.id,
      role: row.role,
      parts: JSON.parse(row.parts),
      metadata: row.metadata ? JSON.parse(row.metadata) : undefined,
      createdAt: row.created_at,
    })),
  );
  if (snapshot.length === 0) throw new AppError("bad_request", "This conversation has no messages to share yet.");
  const json = JSON.stringify(snapshot);
  if (new TextEncoder().encode(json).byteLength > MAX_SNAPSHOT_BYTES) {
    throw new AppError("payload_too_large", "This conversation is too long to share as a link.");
  }
  const row = await db
    .prepare(
      `INSERT INTO shares (id, conversation_id, owner_id, visibility, organization, title, snapshot, created_at)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) RETURNING *`,
    )
    .bind(newShareId(), input.conversationId, ownerId, input.visibility, input.organization, conversation.title, json, Date.now())
    .first<ShareRow>();
  if (!row) throw new AppError("internal");
  return toSummary(row);
}

/** The owner's links that still work, newest first, optionally of one conversation. */
export async function listShares(db: D1Database, ownerId: string, conversationId?: string): Promise<ShareSummary[]> {
  const { results } = await db
    .prepare(
      `SELECT id, conversation_id, owner_id, visibility, organization, title, created_at FROM shares
       WHERE owner_id = ?1 AND revoked_at IS NULL AND (?2 IS NULL OR conversation_id = ?2)
       ORDER BY created_at DESC, id DESC LIMIT 500`,
    )
    .bind(ownerId, conversationId ?? null)
    .all<ShareRow>();
  return results.map(toSummary);
}

/** Revokes one of the owner's links; from then on it answers exactly like an unknown one. */
export async function revokeShare(db: D1Database, ownerId: string, id: string): Promise<void> {
  const result = await db
    .prepare("UPDATE shares SET revoked_at = ?3 WHERE id = ?1 AND owner_id = ?2 AND revoked_at IS NULL")
    .bind(id, ownerId, Date.now())
    .run();
  if (result.meta.changes === 0) throw notFound();
}

/**
 * A link that has not been revoked, with the sharer's name but not its snapshot — before any viewer
 * check: callers decide who may see it (lib/shares/access.ts), so this never goes to a response
 * on its own.
 */
export async function findActiveShare(db: D1Database, id: string): Promise<SharedConversation | null> {
  const row = await db
    .prepare(
      `SELECT s.id, s.conversation_id, s.owner_id, s.visibility, s.organization, s.title, s.created_at, u.name AS owner_name
       FROM shares s JOIN users u ON u.id = s.owner_id
       WHERE s.id = ?1 AND s.revoked_at IS NULL`,
    )
    .bind(id)
    .first<ShareRow & { owner_name: string }>();
  if (!row) return null;
  return { ...toSummary(row), ownerId: row.owner_id, ownerName: row.owner_name };
}

/** The messages of a link found by findActiveShare, for a viewer it has let in. */
export async function readSnapshot(db: D1Database, share: SharedConversation): Promise<SnapshotMessage[]> {
  const row = await db.prepare("SELECT snapshot FROM shares WHERE id = ?1 AND revoked_at IS NULL").bind(share.id).first<{ snapshot: string }>();
  if (!row) throw notFound();
  return snapshotSchema.parse(JSON.parse(row.snapshot));
}

/** Copies a snapshot into a new conversation of the viewer's, titled like the shared one. */
export async function forkSnapshot(db: D1Database, userId: string, share: SharedConversation): Promise<string> {
  const messages = await readSnapshot(db, share);
  const id = crypto.randomUUID();
  const now = Date.now();
  // The copy keeps the text and the finished tool calls, as the chat's own message parts.
  const statements = [
    db
      .prepare("INSERT INTO conversations (id, user_id, title, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?4)")
      .bind(id, userId, share.title, now),
    ...messages.map((message, index) =>
      db
        .prepare(
          `INSERT INTO messages (conversation_id, id, seq, role, parts, metadata, status, created_at)
           VALUES (?1, ?2, ?3, ?4, ?5, NULL, 'complete', ?6)`,
        )
        .bind(id, message.id, index + 1, message.role, JSON.stringify(message.parts.map(toUiPart(message.id))), now),
    ),
  ];
  await db.batch(statements);
  return id;
}

/** Snapshot parts back into AI SDK UI parts the chat renders. */
function toUiPart(messageId: string) {
  return (part: SnapshotMessage["parts"][number], index: number): unknown => {
    if (part.type === "text") return { type: "text", text: part.text };
    const toolCallId = `${messageId}_fork_${index}`;
    let input: unknown = {};
    try {
      input = part.input === "" ? {} : JSON.parse(part.input);
    } catch {
      input = part.input;
    }
    if (part.state === "done") {
      return { type: "dynamic-tool", toolName: part.toolName, toolCallId, state: "output-available", input, output: { content: [{ type: "text", text: part.result }] } };
    }
    if (part.state === "denied") return { type: "dynamic-tool", toolName: part.toolName, toolCallId, state: "output-denied", input, approval: { id: toolCallId, approved: false } };
    return { type: "dynamic-tool", toolName: part.toolName, toolCallId, state: "output-error", input, errorText: part.result || "The tool call did not finish." };
  };
}
