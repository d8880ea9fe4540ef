import type { ChatRequest } from "@/lib/chat/request";
import { AppError } from "@/lib/errors";
import { formatWait, nextUtcMidnight, utcDay } from "@/lib/usage/day";

export function quotaExceeded(quota: number, now: Date): AppError {
  const resetsAt = nextUtcMidnight(now);
  const wait = resetsAt.getTime() - now.getTime();
  return new AppError(
    "quota_exceeded",
    `You have used all ${quota} of today's messages. The quota resets at 00:00 UTC, in ${formatWait(wait)}.`,
    { retryAfter: Math.ceil(wait / 1000) },
  );
}

/**
 * Counts one message the assistant is asked to answer, for the person's daily quota and the usage
 * figures; with a quota (> 0) a person who has used it all is refused with quota_exceeded.
 * One statement checks and counts, so concurrent requests cannot slip past the quota together:
 * the upsert's WHERE leaves a full day's row unchanged and then returns no row.
 */
export async function countChatMessage(db: D1Database, userId: string, quota: number, now: Date = new Date()): Promise<void> {
  const limit = quota > 0 ? quota : Number.MAX_SAFE_INTEGER;
  const counted = await db
    .prepare(
      `INSERT INTO usage_daily (day, user_id, messages) VALUES (?1, ?2, 1)
       ON CONFLICT(day, user_id) DO UPDATE SET messages = messages + 1 WHERE messages < ?3
       RETURNING messages`,
    )
    .bind(utcDay(now), userId, limit)
    .first<{ messages: number }>();
  if (!counted) throw quotaExceeded(quota, now);
}

/** Each message the person sends, or asks to have answered again, counts; approving a tool call continues an answer already counted. */
export async function enforceDailyQuota(db: D1Database, userId: string, quota: number, request: ChatRequest): Promise<void> {
  if ("approvals" in request) return;
  await countChatMessage(db, userId, quota);
}
