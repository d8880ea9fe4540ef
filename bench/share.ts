/**
 * A shared link's cost: server time of GET /share/<id> for a 200-message conversation with tool
 * calls, against a static asset served by the same worker in the same run (interleaved, so both see
 * the same machine noise), and the gzip size of the JavaScript the page loads.
 * Budgets: p50 ≤ 50 ms for the page, ≤ 100 kB of gzipped JavaScript.
 * Run with `npm run bench:share` after `npm run build:worker`.
 */
import { randomUUID } from "node:crypto";
import { gzipSync } from "node:zlib";
import { signInOverHttp } from "../e2e/support/oauth-login.ts";
import { startStack } from "../e2e/support/stack.ts";
import { percentile, printTable } from "./stats.ts";

const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 60);
const WARMUP = 5;
/** Each round is a question, a whoami tool call and the reply: two stored messages. */
const ROUNDS = 100;
const STATIC_ASSET = "/favicon.svg";
const PAGE_BUDGET_MS = 50;
const JS_BUDGET_BYTES = 100 * 1024;

async function timedGet(url: string, cookie?: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, { headers: cookie ? { cookie } : {} });
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`);
  return performance.now() - started;
}

/** Seeds through the app's own API: every message, tool call and result is stored as the chat stores it. */
async function seedConversation(appUrl: string, cookie: string): Promise<string> {
  const id = randomUUID();
  for (let round = 0; round < ROUNDS; round++) {
    const response = await fetch(`${appUrl}/api/chat`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie, origin: appUrl },
      body: JSON.stringify({
        id,
        message: { id: `msg_${randomUUID().slice(0, 12)}`, role: "user", parts: [{ type: "text", text: `Who am I? (${round + 1})` }] },
      }),
    });
    const body = await response.text();
    if (!response.ok || !body.includes("tool-output-available")) throw new Error(`seeding round ${round} failed (${response.status}): ${body.slice(0, 300)}`);
  }
  return id;
}

async function scriptBytes(appUrl: string, html: string): Promise<{ files: number; raw: number; gzip: number }> {
  const sources = [...new Set([...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((match) => match[1]))];
  let raw = 0;
  let gzip = 0;
  for (const src of sources) {
    const bytes = Buffer.from(await (await fetch(new URL(src, appUrl))).arrayBuffer());
    raw += bytes.byteLength;
    gzip += gzipSync(bytes, { level: 9 }).byteLength;
  }
  return { files: sources.length, raw, gzip };
}

const stack = await startStack({
  name: "bench-share",
  rateLimits: { CHAT_RATE_LIMITER: 100_000, MCP_RATE_LIMITER: 100_000 },
  log: process.env.BENCH_APP_LOG ? (line) => process.stderr.write(line) : undefined,
});
try {
  const app = stack.app.url;
  const cookie = await signInOverHttp(app);
  const conversationId = await seedConversation(app, cookie);
  const created = await fetch(`${app}/api/shares`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie, origin: app },
    body: JSON.stringify({ conversationId, visibility: "public" }),
  });
  if (created.status !== 201) throw new Error(`sharing failed (${created.status}): ${await created.text()}`);
  const shareUrl = `${app}/share/${((await created.json()) as { share: { id: string } }).share.id}`;
  const html = await (await fetch(shareUrl)).text();
  const shown = (html.match(/data-testid="shared-message-/g) ?? []).length;
  if (shown !== ROUNDS * 2) throw new Error(`the page shows ${shown} messages, expected ${ROUNDS * 2}`);

  for (let i = 0; i < WARMUP; i++) {
    await timedGet(shareUrl);
    await timedGet(`${app}${STATIC_ASSET}`);
  }
  const page: number[] = [];
  const asset: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    page.push(await timedGet(shareUrl));
    asset.push(await timedGet(`${app}${STATIC_ASSET}`));
  }
  printTable(`GET /share/<id>, ${ROUNDS * 2} messages with ${ROUNDS} tool calls, signed out (${(html.length / 1024).toFixed(0)} kB of HTML)`, [
    { name: "the shared page", samples: page },
    { name: `static asset (${STATIC_ASSET})`, samples: asset },
    { name: "page minus asset (paired)", samples: page.map((p, i) => p - asset[i]) },
  ]);
  const js = await scriptBytes(app, html);
  console.log(`\nJavaScript the page loads: ${js.files} scripts, ${(js.raw / 1024).toFixed(1)} kB raw, ${(js.gzip / 1024).toFixed(1)} kB gzipped`);
  const p50 = percentile(page, 50);
  console.log(`Budgets: page p50 ${p50.toFixed(1)} ms (≤ ${PAGE_BUDGET_MS}) ${p50 <= PAGE_BUDGET_MS ? "OK" : "OVER"}; ` +
    `JavaScript ${(js.gzip / 1024).toFixed(1)} kB gzipped (≤ ${JS_BUDGET_BYTES / 1024}) ${js.gzip <= JS_BUDGET_BYTES ? "OK" : "OVER"}`);
} finally {
  await stack.stop();
}
