import { describe, expect, it } from "vitest";
import { readToEnd, replyStatus } from "@/lib/chat/persist-reply";

describe("replyStatus", () => {
  it("stores a completed reply as complete", () => {
    expect(replyStatus({ outcome: { status: "completed" } })).toBe("complete");
  });

  it("stores a failed reply as error, and a stopped or cancelled one as aborted", () => {
    expect(replyStatus({ outcome: { status: "failed", error: new Error("model down") } })).toBe("error");
    expect(replyStatus({ outcome: { status: "aborted" } })).toBe("aborted");
    expect(replyStatus({ outcome: { status: "unknown" }, isCancelled: true })).toBe("aborted");
  });

  it("stores a reply whose stream ended without declaring an outcome as complete: nothing failed or stopped it", () => {
    expect(replyStatus({ outcome: { status: "unknown" } })).toBe("complete");
  });
});

describe("readToEnd", () => {
  it("pulls every chunk, so the source runs to its end", async () => {
    const pulled: number[] = [];
    let next = 0;
    const stream = new ReadableStream<number>({
      pull(controller) {
        if (next === 3) return controller.close();
        pulled.push(next);
        controller.enqueue(next++);
      },
    });
    await readToEnd(stream);
    expect(pulled).toEqual([0, 1, 2]);
  });

  it("rejects when the stream fails", async () => {
    const stream = new ReadableStream({
      start(controller) {
        controller.error(new Error("broken"));
      },
    });
    await expect(readToEnd(stream)).rejects.toThrow("broken");
  });
});
