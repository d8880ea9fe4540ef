import type { UIMessageStreamOutcome } from "ai";
import type { MessageStatus } from "@/lib/db/messages";

/**
 * The status a reply is stored with, from how its UI message stream ended. A reply stopped on the
 * server (see stop-signal.ts) is stored as far as it got, as `aborted`; so is one whose stream was
 * cancelled before it ended, which the chat never does (see readForBrowser).
 */
export function replyStatus(end: { outcome: UIMessageStreamOutcome; isCancelled?: true }): MessageStatus {
  if (end.outcome.status === "failed") return "error";
  if (end.outcome.status === "aborted" || end.isCancelled) return "aborted";
  return "complete";
}

/**
 * Reads the reply to its end whatever the browser does, and hands the browser a copy: the reply is
 * generated (and stored) whole even if the page is closed mid-reply and the browser's copy is
 * cancelled. When the reply's stream has ended, and so has been stored (its onEnd runs before it
 * closes), the browser's copy gets the chunks `closing` returns, then closes. One reader in place
 * of a tee, so nothing is added to the path each chunk takes. `ended` rejects if the stream fails,
 * and the browser's copy fails with it.
 */
export function readForBrowser<T>(stream: ReadableStream<T>, closing: () => T[]): { browser: ReadableStream<T>; ended: Promise<void> } {
  let controller!: ReadableStreamDefaultController<T>;
  let gone = false;
  const browser = new ReadableStream<T>({
    start(started) {
      controller = started;
    },
    cancel() {
      gone = true;
    },
  });
  const ended = (async () => {
    const reader = stream.getReader();
    try {
      for (let read = await reader.read(); !read.done; read = await reader.read()) {
        if (!gone) controller.enqueue(read.value);
      }
    } catch (error) {
      if (!gone) controller.error(error);
      throw error;
    }
    if (gone) return;
    for (const chunk of closing()) controller.enqueue(chunk);
    controller.close();
  })();
  return { browser, ended };
}
