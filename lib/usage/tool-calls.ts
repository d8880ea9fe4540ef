import { utcDay } from "@/lib/usage/day";

/** Calls are written together, at most once a second per isolate, rather than one D1 write per call. */
const FLUSH_DELAY_MS = 1_000;

/** Tool calls counted in this isolate and not yet written, by day and tool. */
const pending = new Map<string, { day: string; tool: string; calls: number }>();
let flushScheduled = false;

async function flushAfter(db: D1Database, delayMs: number): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, delayMs));
  flushScheduled = false;
  const counts = [...pending.values()];
  pending.clear();
  if (counts.length === 0) return;
  const upsert = db.prepare(
    `INSERT INTO tool_usage_daily (day, tool, calls) VALUES (?1, ?2, ?3)
     ON CONFLICT(day, tool) DO UPDATE SET calls = calls + excluded.calls`,
  );
  try {
    await db.batch(counts.map(({ day, tool, calls }) => upsert.bind(day, tool, calls)));
  } catch (error) {
    console.error(JSON.stringify({ msg: "tool calls not counted", calls: counts.length, error: String(error) }));
  }
}

/**
 * Counts a tool call served by /mcp (the chat's calls go through it too) after the response, so it
 * never keeps a call waiting: the first call in a quiet isolate schedules one write (kept alive by
 * its waitUntil) that carries every call counted until then.
 */
export function countToolCallLater(ctx: Pick<ExecutionContext, "waitUntil">, db: D1Database, tool: string, now = new Date()): void {
  const day = utcDay(now);
  const key = `${day} ${tool}`;
  const entry = pending.get(key) ?? { day, tool, calls: 0 };
  entry.calls += 1;
  pending.set(key, entry);
  if (flushScheduled) return;
  flushScheduled = true;
  ctx.waitUntil(flushAfter(db, FLUSH_DELAY_MS));
}
