import { AppError } from "@/lib/errors";
import { formatWait, nextUtcMidnight, utcDay } from "@/lib/usage/day";

/** A person's daily message quota as of one request: 0 in the settings means no quota. */
export type DailyQuota = { quota: number; day: string; limit: number; now: Date };

export function dailyQuota(quota: number, now: Date = new Date()): DailyQuota {
  return { quota, day: utcDay(now), limit: quota > 0 ? quota : Number.MAX_SAFE_INTEGER, now };
}

export function quotaExceeded({ quota, now }: DailyQuota): AppError {
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
 * figures; a person who has used the whole quota is refused with quota_exceeded. One statement
 * checks and counts, so concurrent requests cannot slip past the quota together: the upsert's
 * WHERE leaves a full day's row unchanged and then returns no row. (A new message is counted in
 * the batch that stores it instead: see addUserMessage.)
 */
export async function countChatMessage(db: D1Database, userId: string, quota: DailyQuota): Promise<void> {
  const counted = await db
    .prepare(
      `INSERT INTO usage_daily (day, user_id, messages) VALUES (?1, ?2, 1)
       ON CONFLICT(day, user_id) DO UPDATE SET messages = messages + 1 WHERE messages < ?3
       RETURNING messages`,
    )
    .bind(quota.day, userId, quota.limit)
    .first<{ messages: number }>();
  if (!counted) throw quotaExceeded(quota);
}
