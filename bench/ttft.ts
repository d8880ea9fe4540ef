/**
 * Time to first token: through the app (POST /api/chat on workerd → OpenAI stand-in) against the
 * stand-in answered directly, interleaved in the same run so both see the same machine noise.
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

/** The floor of the local setup: the same worker answering a request that does no work (GET /api/chat → 405). */
async function floor(): Promise<number> {
  const started = performance.now();
  await (await fetch(`${stack.app.url}/api/chat`)).text();
  return performance.now() - started;
}

const stack = await startStack({
  name: "bench",
  rateLimits: { CHAT_RATE_LIMITER: 100_000 },
  log: process.env.BENCH_APP_LOG ? (line) => process.stderr.write(line) : undefined,
});
try {
  await scriptReply({ match: PROMPT, text: "The first token, then the rest of the reply.", firstTokenDelayMs: FIRST_TOKEN_DELAY_MS });
  const cookie = await signInOverHttp(stack.app.url);
  for (let i = 0; i < WARMUP; i++) {
    await directDeltas(PROMPT);
    await appDeltas(stack.app.url, cookie, PROMPT);
  }
  const directSamples: number[] = [];
  const appSamples: number[] = [];
  const added: number[] = [];
  const floorSamples: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const [d] = await directDeltas(PROMPT);
    const [a] = await appDeltas(stack.app.url, cookie, PROMPT);
    directSamples.push(d);
    appSamples.push(a);
    added.push(a - d);
    floorSamples.push(await floor());
  }
  printTable(`Time to first token (model stand-in delays its first token by ${FIRST_TOKEN_DELAY_MS} ms)`, [
    { name: "OpenAI stand-in, direct", samples: directSamples },
    { name: "through the app (/api/chat)", samples: appSamples },
    { name: "added by the app (paired)", samples: added },
    { name: "floor: GET /api/chat → 405, no work", samples: floorSamples },
  ]);
} finally {
  await stack.stop();
}
