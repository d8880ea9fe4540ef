/**
 * Streaming through the app: how late each chunk arrives compared with the model stand-in answered
 * directly (same script, same run), and 50 concurrent chats against 50 concurrent direct requests.
 * The direct requests are the body the app sends the model (see lastAppModelRequest). The worker is
 * measured at its own address inside workerd, without wrangler's local dev proxy (see ttft.ts).
 * Run with `npm run bench:stream` after `npm run build:worker`.
 */
import { signInOverHttp } from "../e2e/support/oauth-login.ts";
import { startStack } from "../e2e/support/stack.ts";
import { appDeltas, directDeltas, lastAppModelRequest, noWorkRequest, scriptReply } from "./chat-client.ts";
import { listeningPid, mainThreadCpuMs } from "./runtime-cpu.ts";
import { percentile, printTable } from "./stats.ts";

const ROUNDS = Number(process.env.BENCH_SAMPLES ?? 20);
const CONCURRENT = 50;
const CHUNK_PROMPT = "bench chunks";
const LOAD_PROMPT = "bench load";
const WORDS = Array.from({ length: 30 }, (_, i) => `w${i}`).join(" ");

/** Each chunk's time after the first one: what the stream adds beyond the first-token delay. */
const afterFirst = (times: number[]) => times.map((t) => t - times[0]);

const stack = await startStack({ name: "bench", rateLimits: { CHAT_RATE_LIMITER: 100_000 }, exposeWorkerUrl: true });
try {
  await scriptReply({ match: CHUNK_PROMPT, text: WORDS, firstTokenDelayMs: 20, chunkDelayMs: 20 });
  await scriptReply({ match: LOAD_PROMPT, text: "A short answer under load.", firstTokenDelayMs: 50 });
  const cookie = await signInOverHttp(stack.app.url);
  const workerUrl = stack.app.workerUrl!;
  await appDeltas(workerUrl, cookie, CHUNK_PROMPT);
  const chunkRequest = await lastAppModelRequest();
  await appDeltas(workerUrl, cookie, LOAD_PROMPT);
  const loadRequest = await lastAppModelRequest();

  const chunkLag: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const direct = afterFirst(await directDeltas(chunkRequest));
    const app = afterFirst(await appDeltas(workerUrl, cookie, CHUNK_PROMPT));
    const n = Math.min(direct.length, app.length);
    for (let i = 1; i < n; i++) chunkLag.push(app[i] - direct[i]);
  }

  const runtime = listeningPid(workerUrl);
  /** The workerd thread's CPU time per request while `run` makes CONCURRENT of them. */
  const cpuPerRequest = async <T>(run: () => Promise<T>): Promise<[T, number]> => {
    const before = mainThreadCpuMs(runtime);
    const result = await run();
    return [result, (mainThreadCpuMs(runtime) - before) / CONCURRENT];
  };

  const directLoad = await Promise.all(Array.from({ length: CONCURRENT }, () => directDeltas(loadRequest).then((t) => t[0])));
  const [results, chatCpu] = await cpuPerRequest(() =>
    Promise.allSettled(Array.from({ length: CONCURRENT }, () => appDeltas(workerUrl, cookie, LOAD_PROMPT).then((t) => t[0]))),
  );
  const appLoad = results.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
  const errors = results.length - appLoad.length;
  // What the platform alone takes for as many requests at once: one local isolate serves them all.
  const [floorLoad, floorCpu] = await cpuPerRequest(() =>
    Promise.all(Array.from({ length: CONCURRENT }, () => noWorkRequest(workerUrl))),
  );

  printTable("Streaming: per-chunk lag behind the model stand-in, and 50 concurrent chats", [
    { name: "chunk arrival, app minus direct", samples: chunkLag },
    { name: `TTFT, ${CONCURRENT} concurrent direct`, samples: directLoad },
    { name: `TTFT, ${CONCURRENT} concurrent via app`, samples: appLoad },
    { name: `floor: ${CONCURRENT} concurrent GET → 405`, samples: floorLoad },
  ]);
  const addedP95 = percentile(appLoad, 95) - percentile(directLoad, 95);
  console.log(`\n${CONCURRENT} concurrent chats: ${errors} errors; p95 TTFT added by the app ${addedP95.toFixed(1)} ms`);
  console.log(
    `workerd's one thread (the app with its local D1, KV and rate-limiter emulations) spent ${chatCpu.toFixed(1)} ms CPU per chat ` +
      `and ${floorCpu.toFixed(1)} ms per no-work request: ${CONCURRENT} chats at once need ${(chatCpu * CONCURRENT).toFixed(0)} ms ` +
      `of it, ${CONCURRENT} no-work requests ${(floorCpu * CONCURRENT).toFixed(0)} ms.`,
  );
} finally {
  await stack.stop();
}
