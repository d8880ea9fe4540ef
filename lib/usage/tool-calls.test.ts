import { afterEach, describe, expect, it, vi } from "vitest";
import { countToolCallLater } from "@/lib/usage/tool-calls";

/** A D1 stand-in that records the statements each batch carries. */
function recordingDb() {
  const batches: unknown[][][] = [];
  const db = {
    prepare: () => ({ bind: (...values: unknown[]) => values }),
    batch: async (statements: unknown[][]) => {
      batches.push(statements);
      return [];
    },
  };
  return { db: db as unknown as D1Database, batches };
}

afterEach(() => vi.useRealTimers());

describe("counting tool calls", () => {
  it("writes the calls of a busy second together, one row per day and tool, after the responses", async () => {
    vi.useFakeTimers();
    const { db, batches } = recordingDb();
    const waits: Promise<unknown>[] = [];
    const ctx = { waitUntil: (promise: Promise<unknown>) => void waits.push(promise) };
    const day = new Date("2026-11-27T10:00:00Z");
    for (let i = 0; i < 5; i++) countToolCallLater(ctx, db, "whoami", day);
    countToolCallLater(ctx, db, "find_projects", day);
    expect(batches).toEqual([]);
    expect(waits).toHaveLength(1);

    await vi.advanceTimersByTimeAsync(1_000);
    await Promise.all(waits);
    expect(batches).toEqual([
      [
        ["2026-11-27", "whoami", 5],
        ["2026-11-27", "find_projects", 1],
      ],
    ]);

    // A later call starts the next write.
    countToolCallLater(ctx, db, "whoami", day);
    expect(waits).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1_000);
    await Promise.all(waits);
    expect(batches.at(-1)).toEqual([["2026-11-27", "whoami", 1]]);
  });
});
