import { readUIMessageStream, type UIMessage, type UIMessageChunk } from "ai";
import type { MessageStatus } from "@/lib/db/messages";

/**
 * Follows the reply on its own branch of the stream, independent of the browser's: if the page is
 * closed mid-reply, the browser's branch is cancelled but this one reads on, so the whole reply is
 * stored. `continuing` is the stored assistant message a reply continues (after an approval).
 * A reply stopped on the server (see stop-signal.ts) is stored as far as it got, as `aborted`.
 */
export async function persistReply(
  stream: ReadableStream<UIMessageChunk>,
  continuing: UIMessage | undefined,
  save: (message: UIMessage, status: MessageStatus) => Promise<void>,
): Promise<void> {
  let failed = false;
  let aborted = false;
  const watched = stream.pipeThrough(
    new TransformStream<UIMessageChunk, UIMessageChunk>({
      transform(chunk, controller) {
        if (chunk.type === "error") failed = true;
        if (chunk.type === "abort") aborted = true;
        controller.enqueue(chunk);
      },
    }),
  );
  let reply: UIMessage | undefined;
  try {
    for await (const message of readUIMessageStream({ stream: watched, message: continuing })) reply = message;
  } catch {
    failed = true;
  }
  if (reply) await save(reply, failed ? "error" : aborted ? "aborted" : "complete");
}
