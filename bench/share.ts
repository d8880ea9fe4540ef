/**
 * A shared link's cost: server time of GET /share/<id> for a 200-message conversation whose tool
 * calls are drawn (issue charts and stack traces, trace waterfalls, issue tables), against a static asset served by the same worker in the same run (interleaved, so both see
 * the same machine noise), and the gzip size of the JavaScript the page loads.
 * Budgets (DESIGN §5): the page adds ≤ 50 ms p50 over the asset; ≤ 100 kB of gzipped JavaScript.
 * (The chat page's JavaScript is measured by bench/bundle.ts.)
 * Run with `npm run bench:share` after `npm run build:worker`.
 */
import { signInOverHttp } from "../e2e/support/oauth-login.ts";
import { startStack } from "../e2e/support/stack.ts";
import { kB, pageScripts, total } from "./page-scripts.ts";
import { seedConversation, VIEW_QUESTIONS } from "./seed.ts";
import { percentile, printTable } from "./stats.ts";

const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 60);
const WARMUP = 5;
/** Each round is a question, its tool calls and the reply: two stored messages. */
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

const stack = await startStack({
  name: "bench-share",
  rateLimits: { CHAT_RATE_LIMITER: 100_000, MCP_RATE_LIMITER: 100_000 },
  log: process.env.BENCH_APP_LOG ? (line) => process.stderr.write(line) : undefined,
});
try {
  const app = stack.app.url;
  const cookie = await signInOverHttp(app);
  const conversationId = await seedConversation(app, cookie, ROUNDS, VIEW_QUESTIONS);
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
  const drawn = (html.match(/data-testid="tool-view-/g) ?? []).length;
  printTable(`GET /share/<id>, ${ROUNDS * 2} messages with ${drawn} views drawn, signed out (${(html.length / 1024).toFixed(0)} kB of HTML)`, [
    { name: "the shared page", samples: page },
    { name: `static asset (${STATIC_ASSET})`, samples: asset },
    { name: "page minus asset (paired)", samples: page.map((p, i) => p - asset[i]) },
  ]);
  const { scripts, preloaded } = await pageScripts(app, html);
  const js = total([...scripts, ...preloaded]);
  console.log(`\nJavaScript the shared page loads: ${js.files} scripts, ${kB(js.raw)} raw, ${kB(js.gzip)} gzipped`);
  const added = percentile(page.map((p, i) => p - asset[i]), 50);
  const verdict = (ok: boolean) => (ok ? "OK" : "OVER");
  console.log(
    `Budgets: page adds ${added.toFixed(1)} ms p50 (≤ ${PAGE_BUDGET_MS}) ${verdict(added <= PAGE_BUDGET_MS)}; ` +
      `shared page JavaScript ${kB(js.gzip)} (≤ ${JS_BUDGET_BYTES / 1024}) ${verdict(js.gzip <= JS_BUDGET_BYTES)}`,
  );
} finally {
  await stack.stop();
}
