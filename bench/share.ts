/**
 * A shared link's cost: server time of GET /share/<id> for a 200-message conversation with tool
 * calls, against a static asset served by the same worker in the same run (interleaved, so both see
 * the same machine noise), and the gzip size of the JavaScript the page loads — and, measured the
 * same way, the JavaScript of the chat page showing that conversation.
 * Budgets (DESIGN §5): the page adds ≤ 50 ms p50 over the asset; ≤ 100 kB of gzipped JavaScript for
 * the shared page, ≤ 250 kB for the chat page.
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
const CHAT_JS_BUDGET_BYTES = 250 * 1024;

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

/** The scripts a browser fetches for the page: `nomodule` ones (polyfills for browsers without modules) are skipped by every current one. */
async function scriptBytes(appUrl: string, html: string): Promise<{ files: number; raw: number; gzip: number }> {
  const tags = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"[^>]*>/g)].filter((match) => !/\snoModule/i.test(match[0]));
  const sources = [...new Set(tags.map((match) => match[1]))];
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
  const chatJs = await scriptBytes(app, await (await fetch(`${app}/c/${conversationId}`, { headers: { cookie } })).text());
  const describe = (bytes: typeof js) => `${bytes.files} scripts, ${(bytes.raw / 1024).toFixed(1)} kB raw, ${(bytes.gzip / 1024).toFixed(1)} kB gzipped`;
  console.log(`\nJavaScript the shared page loads: ${describe(js)}`);
  console.log(`JavaScript the chat page (/c/<id>, signed in) loads: ${describe(chatJs)}`);
  const added = percentile(page.map((p, i) => p - asset[i]), 50);
  const verdict = (ok: boolean) => (ok ? "OK" : "OVER");
  console.log(
    `Budgets: page adds ${added.toFixed(1)} ms p50 (≤ ${PAGE_BUDGET_MS}) ${verdict(added <= PAGE_BUDGET_MS)}; ` +
      `shared page JavaScript ${(js.gzip / 1024).toFixed(1)} kB (≤ ${JS_BUDGET_BYTES / 1024}) ${verdict(js.gzip <= JS_BUDGET_BYTES)}; ` +
      `chat page JavaScript ${(chatJs.gzip / 1024).toFixed(1)} kB (≤ ${CHAT_JS_BUDGET_BYTES / 1024}) ${verdict(chatJs.gzip <= CHAT_JS_BUDGET_BYTES)}`,
  );
} finally {
  await stack.stop();
}
