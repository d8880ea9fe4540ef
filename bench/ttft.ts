/**
 * Time to first token: through the app (POST /api/chat on workerd → OpenAI stand-in) against the
 * stand-in answered directly, interleaved in the same run so both see the same machine noise.
 * Run with `npm run bench:ttft` after `npm run build:worker`.
 */
import { randomUUID } from "node:crypto";
import { signInOverHttp } from "../e2e/support/oauth-login.ts";
import { OPENAI_STANDIN_URL, startStack } from "../e2e/support/stack.ts";
import { printTable } from "./stats.ts";

const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 60);
const WARMUP = 5;
const FIRST_TOKEN_DELAY_MS = 50;
const PROMPT = "bench ttft";

async function firstChunkAfter(response: Response, started: number, isFirstToken: (chunk: string) => boolean): Promise<number> {
  if (!response.ok || !response.body) throw new Error(`request failed with ${response.status}: ${await response.text()}`);
  const decoder = new TextDecoder();
  let buffered = "";
  let firstAt: number | null = null;
  const reader = response.body.getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    buffered += decoder.decode(chunk.value, { stream: true });
    if (firstAt === null && isFirstToken(buffered)) firstAt = performance.now() - started;
  }
  if (firstAt === null) throw new Error("the stream ended without a token");
  return firstAt;
}

async function direct(): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${OPENAI_STANDIN_URL}/v1/responses`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: "Bearer sk-bench" },
    body: JSON.stringify({ model: "gpt-4o", stream: true, input: [{ role: "user", content: PROMPT }] }),
  });
  return firstChunkAfter(response, started, (text) => text.includes("response.output_text.delta"));
}

async function throughApp(appUrl: string, cookie: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${appUrl}/api/chat`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie, origin: appUrl },
    body: JSON.stringify({
      id: randomUUID(),
      message: { id: `msg_${randomUUID().slice(0, 8)}`, role: "user", parts: [{ type: "text", text: PROMPT }] },
    }),
  });
  return firstChunkAfter(response, started, (text) => text.includes('"type":"text-delta"'));
}

const stack = await startStack({
  name: "bench",
  rateLimits: { CHAT_RATE_LIMITER: 100_000 },
  log: process.env.BENCH_APP_LOG ? (line) => process.stderr.write(line) : undefined,
});
try {
  await fetch(`${OPENAI_STANDIN_URL}/__control/script`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      rules: [{ match: PROMPT, steps: [{ text: "The first token, then the rest of the reply.", firstTokenDelayMs: FIRST_TOKEN_DELAY_MS }] }],
    }),
  });
  const cookie = await signInOverHttp(stack.app.url);
  for (let i = 0; i < WARMUP; i++) {
    await direct();
    await throughApp(stack.app.url, cookie);
  }
  const directSamples: number[] = [];
  const appSamples: number[] = [];
  const added: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const d = await direct();
    const a = await throughApp(stack.app.url, cookie);
    directSamples.push(d);
    appSamples.push(a);
    added.push(a - d);
  }
  printTable(`Time to first token (model stand-in delays its first token by ${FIRST_TOKEN_DELAY_MS} ms)`, [
    { name: "OpenAI stand-in, direct", samples: directSamples },
    { name: "through the app (/api/chat)", samples: appSamples },
    { name: "added by the app (paired)", samples: added },
  ]);
} finally {
  await stack.stop();
}
