import type { UIMessageStreamOutcome } from "ai";
import type { MessageStatus } from "@/lib/db/messages";

/**
 * The status a reply is stored with, from how its UI message stream ended. A reply stopped on the
 * server (see stop-signal.ts) is stored as far as it got, as `aborted`; so is one whose stream was
 * cancelled before it ended, which the chat never does (see readToEnd).
 */
export function replyStatus(end: { outcome: UIMessageStreamOutcome; isCancelled?: true }): MessageStatus {
  if (end.outcome.status === "failed") return "error";
  if (end.outcome.status === "aborted" || end.isCancelled) return "aborted";
  return "complete";
}

/**
 * Reads a branch of the reply to its end, discarding it: while this branch reads, the reply is
 * generated (and stored) whole even if the page is closed mid-reply and the browser's branch is
 * cancelled. Rejects if the stream fails.
 */
export async function readToEnd(stream: ReadableStream<unknown>): Promise<void> {
  const reader = stream.getReader();
  while (!(await reader.read()).done);
}
