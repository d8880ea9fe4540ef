/**
 * Time to first token: through the app (POST /api/chat on workerd → OpenAI stand-in) against the
 * stand-in answered directly, interleaved in the same run so both see the same machine noise. The
 * worker is measured at its own address inside workerd (the budget) and through wrangler's local
 * dev proxy in front of it (for reference: that hop does not exist in production).
 * Run with `npm run bench:ttft` after `npm run build:worker`.
 */
import { signInOverHttp } from "../e2e/support/oauth-login.ts";
import { startStack } from "../e2e/support/stack.ts";
import { appDeltas, directDeltas, scriptReply } from "./chat-client.ts";
import { printTable } from "./stats.ts";

const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 60);
const WARMUP = 5;
const FIRST_TOKEN_DELAY_MS = 50;
const PROMPT = "bench ttft";

/** The floor: the worker answering a request that does no work (GET /api/chat → 405). */
async function floor(baseUrl: string): Promise<number> {
  const started = performance.now();
  await (await fetch(`${baseUrl}/api/chat`)).text();
  return performance.now() - started;
}

const stack = await startStack({
  name: "bench",
  rateLimits: { CHAT_RATE_LIMITER: 100_000 },
  exposeWorkerUrl: true,
  log: process.env.BENCH_APP_LOG ? (line) => process.stderr.write(line) : undefined,
});
try {
  const workerUrl = stack.app.workerUrl!;
  await scriptReply({ match: PROMPT, text: "The first token, then the rest of the reply.", firstTokenDelayMs: FIRST_TOKEN_DELAY_MS });
  const cookie = await signInOverHttp(stack.app.url);
  for (let i = 0; i < WARMUP; i++) {
    await directDeltas(PROMPT);
    await appDeltas(workerUrl, cookie, PROMPT);
    await appDeltas(stack.app.url, cookie, PROMPT);
  }
  const samples = { direct: [] as number[], worker: [] as number[], proxy: [] as number[] };
  const added = { worker: [] as number[], proxy: [] as number[] };
  const floors = { worker: [] as number[], proxy: [] as number[] };
  for (let i = 0; i < SAMPLES; i++) {
    const [d] = await directDeltas(PROMPT);
    const [w] = await appDeltas(workerUrl, cookie, PROMPT);
    const [p] = await appDeltas(stack.app.url, cookie, PROMPT);
    samples.direct.push(d);
    samples.worker.push(w);
    samples.proxy.push(p);
    added.worker.push(w - d);
    added.proxy.push(p - d);
    floors.worker.push(await floor(workerUrl));
    floors.proxy.push(await floor(stack.app.url));
  }
  printTable(`Time to first token (model stand-in delays its first token by ${FIRST_TOKEN_DELAY_MS} ms; budget: added ≤ 15 ms p50, ≤ 40 ms p95)`, [
    { name: "OpenAI stand-in, direct", samples: samples.direct },
    { name: "through the app (/api/chat)", samples: samples.worker },
    { name: "added by the app (paired)", samples: added.worker },
    { name: "floor: GET /api/chat → 405, no work", samples: floors.worker },
  ]);
  printTable("The same through wrangler's local dev proxy (an extra hop that only exists locally)", [
    { name: "through the dev proxy", samples: samples.proxy },
    { name: "added incl. the proxy (paired)", samples: added.proxy },
    { name: "floor via the dev proxy", samples: floors.proxy },
  ]);
} finally {
  await stack.stop();
}
