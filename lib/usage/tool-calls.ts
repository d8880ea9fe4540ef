import { utcDay } from "@/lib/usage/day";

/** Counts a tool call served by /mcp (the chat's calls go through it too). */
export async function recordToolCall(db: D1Database, tool: string, now: Date = new Date()): Promise<void> {
  await db
    .prepare(
      `INSERT INTO tool_usage_daily (day, tool, calls) VALUES (?1, ?2, 1)
       ON CONFLICT(day, tool) DO UPDATE SET calls = calls + 1`,
    )
    .bind(utcDay(now), tool)
    .run();
}

/** Counts the call after the response, so it never keeps a tool call waiting. */
export function countToolCallLater(ctx: Pick<ExecutionContext, "waitUntil">, db: D1Database, tool: string): void {
  ctx.waitUntil(
    recordToolCall(db, tool).catch((error: unknown) => {
      console.error(JSON.stringify({ msg: "tool call not counted", tool, error: String(error) }));
    }),
  );
}
