/**
 * Stopping a reply on the server when the person presses Stop. (Closing the page is different: the
 * reply is still generated and stored whole.)
 *
 * The stop request may reach another isolate than the one generating the reply. In the same
 * isolate the reply is aborted at once through the registry below. Across isolates the stop leaves
 * a short-lived KV flag that every running reply polls. KV is the cheap choice, with its costs: a
 * write is visible at once in the location that made it (the person's stop and their chat usually
 * share one) but can take up to a minute elsewhere, and each running reply reads KV once per
 * poll — nothing for replies shorter than one interval. A Durable Object per conversation would
 * stop at once everywhere, at the price of a round trip to it on every chat request.
 */

const POLL_INTERVAL_MS = 1000;
/** KV's minimum TTL; far longer than any stop needs to be seen. */
const FLAG_TTL_SECONDS = 60;

const flagKey = (conversationId: string) => `chat-stop:${conversationId}`;

/** The replies running in this isolate, by conversation. */
const running = new Map<string, Set<AbortController>>();

export type StopWatch = {
  signal: AbortSignal;
  /** Call when the reply has ended, however it ended. */
  done(): void;
};

/** Starts watching for a stop of the reply now beginning in the conversation. */
export function watchForStop(kv: KVNamespace, conversationId: string): StopWatch {
  const controller = new AbortController();
  const startedAt = Date.now();
  const here = running.get(conversationId) ?? new Set();
  here.add(controller);
  running.set(conversationId, here);

  const poll = setInterval(() => {
    kv.get(flagKey(conversationId))
      .then((stoppedAt) => {
        // A flag left by a stop of an earlier reply does not stop this one.
        if (stoppedAt !== null && Number(stoppedAt) >= startedAt) controller.abort();
      })
      .catch(() => {});
  }, POLL_INTERVAL_MS);

  return {
    signal: controller.signal,
    done() {
      clearInterval(poll);
      here.delete(controller);
      if (here.size === 0 && running.get(conversationId) === here) running.delete(conversationId);
    },
  };
}

/** Stops the conversation's running replies: here at once, elsewhere at their next poll. */
export async function stopReplies(kv: KVNamespace, conversationId: string): Promise<void> {
  for (const controller of running.get(conversationId) ?? []) controller.abort();
  await kv.put(flagKey(conversationId), String(Date.now()), { expirationTtl: FLAG_TTL_SECONDS });
}
