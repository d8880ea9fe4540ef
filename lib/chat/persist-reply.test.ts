import { describe, expect, it } from "vitest";
import { readForBrowser, replyStatus } from "@/lib/chat/persist-reply";

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

async function readAll<T>(stream: ReadableStream<T>): Promise<T[]> {
  const chunks: T[] = [];
  const reader = stream.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) chunks.push(read.value);
  return chunks;
}

describe("readForBrowser", () => {
  const counting = (log: number[], upTo: number) => {
    let next = 0;
    return new ReadableStream<number>({
      pull(controller) {
        if (next === upTo) return controller.close();
        log.push(next);
        controller.enqueue(next++);
      },
    });
  };

  it("hands the browser every chunk, then the closing chunks, decided once the stream has ended", async () => {
    let over = false;
    const source = counting([], 3).pipeThrough(new TransformStream({ flush: () => void (over = true) }));
    const { browser, ended } = readForBrowser(source, () => (over ? [99] : []));
    expect(await readAll(browser)).toEqual([0, 1, 2, 99]);
    await ended;
  });

  it("reads the source to its end when the browser goes away", async () => {
    const pulled: number[] = [];
    const { browser, ended } = readForBrowser(counting(pulled, 50), () => [99]);
    await browser.cancel();
    await ended;
    expect(pulled).toHaveLength(50);
  });

  it("fails the browser's copy and rejects when the stream fails", async () => {
    const source = new ReadableStream({
      start(controller) {
        controller.enqueue(1);
        controller.error(new Error("broken"));
      },
    });
    const { browser, ended } = readForBrowser(source, () => []);
    await expect(ended).rejects.toThrow("broken");
    await expect(readAll(browser)).rejects.toThrow("broken");
  });
});
