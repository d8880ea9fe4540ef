/**
 * Time to first token: through the app (POST /api/chat on workerd → OpenAI stand-in) against the
 * stand-in answered directly, interleaved in the same run so both see the same machine noise. The
 * direct request is the very body the app sends (system prompt and tool definitions included), so
 * the model's own time for it is not counted as the app's; a minimal request is timed too, for
 * reference. The worker is measured at its own address inside workerd (the budget) and through
 * wrangler's local dev proxy in front of it (for reference: that hop does not exist in production).
 * Run with `npm run bench:ttft` after `npm run build:worker`.
 */
import { signInOverHttp } from "../e2e/support/oauth-login.ts";
import { startStack } from "../e2e/support/stack.ts";
import { appDeltas, directDeltas, lastAppModelRequest, minimalModelRequest, noWorkRequest, scriptReply } from "./chat-client.ts";
import { printTable } from "./stats.ts";

const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 60);
const WARMUP = 5;
const FIRST_TOKEN_DELAY_MS = 50;
const PROMPT = "bench ttft";

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
  const minimal = minimalModelRequest(PROMPT);
  for (let i = 0; i < WARMUP; i++) {
    await directDeltas(minimal);
    await appDeltas(workerUrl, cookie, PROMPT);
    await appDeltas(stack.app.url, cookie, PROMPT);
  }
  const appRequest = await lastAppModelRequest();
  const samples = { direct: [] as number[], minimal: [] as number[], worker: [] as number[], proxy: [] as number[] };
  const added = { worker: [] as number[], overMinimal: [] as number[], proxy: [] as number[] };
  const floors = { worker: [] as number[], proxy: [] as number[] };
  for (let i = 0; i < SAMPLES; i++) {
    const [d] = await directDeltas(appRequest);
    const [m] = await directDeltas(minimal);
    const [w] = await appDeltas(workerUrl, cookie, PROMPT);
    const [p] = await appDeltas(stack.app.url, cookie, PROMPT);
    samples.direct.push(d);
    samples.minimal.push(m);
    samples.worker.push(w);
    samples.proxy.push(p);
    added.worker.push(w - d);
    added.overMinimal.push(w - m);
    added.proxy.push(p - d);
    floors.worker.push(await noWorkRequest(workerUrl));
    floors.proxy.push(await noWorkRequest(stack.app.url));
  }
  printTable(`Time to first token (model stand-in delays its first token by ${FIRST_TOKEN_DELAY_MS} ms; budget: added ≤ 15 ms p50, ≤ 40 ms p95)`, [
    { name: "stand-in direct, the app's request", samples: samples.direct },
    { name: "through the app (/api/chat)", samples: samples.worker },
    { name: "added by the app (paired)", samples: added.worker },
    { name: "floor: GET /api/chat → 405, no work", samples: floors.worker },
  ]);
  printTable("For reference: against a minimal request (no system prompt, no tools), the model's time for the app's tools counts as added", [
    { name: "stand-in direct, minimal request", samples: samples.minimal },
    { name: "added over the minimal request", samples: added.overMinimal },
  ]);
  printTable("The same through wrangler's local dev proxy (an extra hop that only exists locally)", [
    { name: "through the dev proxy", samples: samples.proxy },
    { name: "added incl. the proxy (paired)", samples: added.proxy },
    { name: "floor via the dev proxy", samples: floors.proxy },
  ]);
} finally {
  await stack.stop();
}
