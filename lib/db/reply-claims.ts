import { AppError } from "@/lib/errors";

/**
 * One reply in flight per conversation: two messages answered at once would interleave their
 * replies in the stored history. The claim lives in D1, so it holds across isolates, and every
 * claim and release is one conditional statement, so two requests cannot both win.
 */

/** A reply is cut off after this long (see handle-chat.ts), whatever it is doing. */
export const MAX_REPLY_MS = 5 * 60_000;
/**
 * Longer than any reply, its store included: a claim left by a worker that died mid-reply frees the
 * conversation after this, and never while a live reply still holds it.
 */
export const REPLY_CLAIM_TTL_MS = MAX_REPLY_MS + 60_000;

/** This request's claim: a random id, so only the request that took it can release it. */
export type ReplyClaim = { id: string; at: number; expiresAt: number };

export function newReplyClaim(now: number = Date.now()): ReplyClaim {
  return { id: crypto.randomUUID(), at: now, expiresAt: now + REPLY_CLAIM_TTL_MS };
}

/** SQL: the conversation row holds no live claim at the time bound to `now` (a parameter like `?5`). */
export const unclaimedAt = (now: string) => `(reply_claim IS NULL OR reply_claim_expires_at <= ${now})`;

/**
 * Why a claim was not taken, from the conversation's row as the claiming transaction left it
 * (`claimed`: whether it holds this request's claim; no row: not the person's conversation).
 */
export function assertClaimed(row: { claimed: number } | undefined): void {
  if (!row) throw new AppError("not_found", "This conversation does not exist.");
  if (!row.claimed) throw new AppError("reply_in_progress");
}

/** The conversation's row as seen by this claim, for assertClaimed. */
export const claimState = (db: D1Database, userId: string, conversationId: string, claim: ReplyClaim) =>
  db.prepare("SELECT reply_claim IS ?3 AS claimed FROM conversations WHERE id = ?1 AND user_id = ?2").bind(conversationId, userId, claim.id);

/** Claims the person's conversation for a reply (approvals, regenerate); 404 if it is not theirs, 409 if a reply is in flight. */
export async function claimReply(db: D1Database, userId: string, conversationId: string, claim: ReplyClaim): Promise<void> {
  const [, state] = await db.batch<{ claimed: number }>([
    db
      .prepare(`UPDATE conversations SET reply_claim = ?3, reply_claim_expires_at = ?4 WHERE id = ?1 AND user_id = ?2 AND ${unclaimedAt("?5")}`)
      .bind(conversationId, userId, claim.id, claim.expiresAt, claim.at),
    claimState(db, userId, conversationId, claim),
  ]);
  assertClaimed(state.results[0]);
}

/** Releases this request's claim; a claim since taken by another request (after expiry) is left alone. */
export const releaseStatement = (db: D1Database, userId: string, conversationId: string, claimId: string) =>
  db
    .prepare("UPDATE conversations SET reply_claim = NULL, reply_claim_expires_at = NULL WHERE id = ?1 AND user_id = ?2 AND reply_claim = ?3")
    .bind(conversationId, userId, claimId);

export async function releaseReply(db: D1Database, userId: string, conversationId: string, claimId: string): Promise<void> {
  await releaseStatement(db, userId, conversationId, claimId).run();
}
