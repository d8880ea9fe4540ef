import { afterEach, describe, expect, it, vi } from "vitest";
import { MemoryKV } from "@/lib/test-support/memory-kv";
import { stopReplies, watchForStop } from "./stop-signal";

const CONVERSATION = "0b9d6c1e-2f57-4c8e-9d3a-5a1f0e7b8c21";

afterEach(() => vi.useRealTimers());

describe("stopping a reply on the server", () => {
  it("a stop in the same isolate aborts the conversation's running reply at once", async () => {
    const kv = new MemoryKV();
    const watch = watchForStop(kv.binding, CONVERSATION);
    await stopReplies(kv.binding, CONVERSATION);
    expect(watch.signal.aborted).toBe(true);
    watch.done();
  });

  it("a stop made in another isolate is seen at the next poll of its KV flag", async () => {
    vi.useFakeTimers();
    const kv = new MemoryKV();
    const watch = watchForStop(kv.binding, CONVERSATION);
    // What stopReplies leaves in KV when it runs elsewhere.
    await kv.binding.put(`chat-stop:${CONVERSATION}`, String(Date.now()), { expirationTtl: 60 });
    expect(watch.signal.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1000);
    expect(watch.signal.aborted).toBe(true);
    watch.done();
  });

  it("a flag left by an earlier stop does not stop the next reply, and other conversations run on", async () => {
    vi.useFakeTimers();
    const kv = new MemoryKV();
    await stopReplies(kv.binding, CONVERSATION);
    vi.advanceTimersByTime(10);
    const next = watchForStop(kv.binding, CONVERSATION);
    const other = watchForStop(kv.binding, "5f0c2b1a-9d8e-4c7b-a6f5-e4d3c2b1a098");
    await vi.advanceTimersByTimeAsync(3000);
    expect(next.signal.aborted).toBe(false);
    expect(other.signal.aborted).toBe(false);
    next.done();
    other.done();
  });
});
