import type { AdminUser } from "@/lib/admin/admin-user";
import { lastUtcDays } from "@/lib/usage/day";

export const USAGE_DAYS = 14;
const TOP_TOOLS = 8;

export type UsageDay = { day: string; messages: number; toolCalls: number; activeUsers: number };
export type UsageSummary = {
  days: UsageDay[];
  topTools: Array<{ tool: string; calls: number }>;
  /** People who sent at least one message in the period. */
  activeUsers: number;
};

/** Messages, tool calls and active people per UTC day for the last 14 days, and the most used tools. */
export async function usageSummary(db: D1Database, _admin: AdminUser, now: Date = new Date()): Promise<UsageSummary> {
  const days = lastUtcDays(now, USAGE_DAYS);
  const since = days[0];
  const [perDay, toolsPerDay, topTools, active] = await db.batch([
    db
      .prepare(
        "SELECT day, SUM(messages) AS messages, COUNT(*) AS active_users FROM usage_daily WHERE day >= ?1 AND messages > 0 GROUP BY day",
      )
      .bind(since),
    db.prepare("SELECT day, SUM(calls) AS calls FROM tool_usage_daily WHERE day >= ?1 GROUP BY day").bind(since),
    db
      .prepare("SELECT tool, SUM(calls) AS calls FROM tool_usage_daily WHERE day >= ?1 GROUP BY tool ORDER BY calls DESC, tool LIMIT ?2")
      .bind(since, TOP_TOOLS),
    db.prepare("SELECT COUNT(DISTINCT user_id) AS users FROM usage_daily WHERE day >= ?1 AND messages > 0").bind(since),
  ]);
  const messages = new Map((perDay.results as Array<{ day: string; messages: number; active_users: number }>).map((r) => [r.day, r]));
  const calls = new Map((toolsPerDay.results as Array<{ day: string; calls: number }>).map((r) => [r.day, r.calls]));
  return {
    days: days.map((day) => ({
      day,
      messages: messages.get(day)?.messages ?? 0,
      toolCalls: calls.get(day) ?? 0,
      activeUsers: messages.get(day)?.active_users ?? 0,
    })),
    topTools: (topTools.results as Array<{ tool: string; calls: number }>).map(({ tool, calls }) => ({ tool, calls })),
    activeUsers: (active.results[0] as { users: number } | undefined)?.users ?? 0,
  };
}
