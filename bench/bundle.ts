/**
 * What the app ships: the gzipped JavaScript of the chat page (/c/<id>, signed in, showing a
 * conversation with an issue's details, drawn as charts and a stack trace, and a Markdown reply) and the worker Cloudflare would upload
 * (`wrangler deploy --dry-run`, offline: no Cloudflare login needed).
 * Budgets (DESIGN §5): chat page JavaScript ≤ 250 kB gzip before it is interactive (its
 * `<script>`s, the "first load JS" Next reports); worker upload ≤ 3 MiB gzip. Lazily loaded code
 * preloaded for what the page shows (the Markdown renderer, the tool views) is printed beside it.
 * Run with `npm run bench:bundle` after `npm run build:worker`.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { signInOverHttp } from "../e2e/support/oauth-login.ts";
import { startStack } from "../e2e/support/stack.ts";
import { kB, pageScripts, total, type ScriptFile } from "./page-scripts.ts";
import { seedConversation, VIEW_QUESTIONS } from "./seed.ts";

const CHAT_JS_BUDGET_BYTES = 250 * 1024;
const WORKER_BUDGET_KIB = 3 * 1024;
/** esbuild's record of what OpenNext put in the server function (most of the worker). */
const SERVER_METAFILE = ".open-next/server-functions/default/handler.mjs.meta.json";
const verdict = (ok: boolean) => (ok ? "OK" : "OVER");

function workerUpload(): { raw: number; gzip: number } {
  const outdir = mkdtempSync(path.join(tmpdir(), "bench-bundle-"));
  try {
    const result = spawnSync("npx", ["wrangler", "deploy", "--dry-run", "--outdir", outdir], {
      encoding: "utf8",
      env: { ...process.env, WRANGLER_SEND_METRICS: "false" },
    });
    const sizes = /Total Upload: ([\d.]+) KiB \/ gzip: ([\d.]+) KiB/.exec(result.stdout);
    if (result.status !== 0 || !sizes) throw new Error(`wrangler deploy --dry-run failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
    return { raw: Number(sizes[1]), gzip: Number(sizes[2]) };
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

/** The packages (and app chunks) taking most of the server function, by minified bytes. */
function largestServerParts(count: number): Array<[string, number]> {
  const metafile = JSON.parse(readFileSync(SERVER_METAFILE, "utf8")) as { outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }> };
  const parts = new Map<string, number>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules\/)/.exec(input);
      const part = input.includes("/.next/") ? "app chunks (.next/server)" : (inPackage?.[1] ?? input);
      parts.set(part, (parts.get(part) ?? 0) + bytesInOutput);
    }
  }
  return [...parts].sort((a, b) => b[1] - a[1]).slice(0, count);
}

const listFiles = (files: ScriptFile[]) => {
  for (const file of files) console.log(`  ${kB(file.gzip).padStart(9)}  ${file.src}`);
};

const stack = await startStack({ name: "bench-bundle", log: process.env.BENCH_APP_LOG ? (line) => process.stderr.write(line) : undefined });
let chat: Awaited<ReturnType<typeof pageScripts>>;
try {
  const app = stack.app.url;
  const cookie = await signInOverHttp(app);
  const conversationId = await seedConversation(app, cookie, 1, VIEW_QUESTIONS);
  const response = await fetch(`${app}/c/${conversationId}`, { headers: { cookie } });
  const html = await response.text();
  if (!response.ok || !html.includes(`data-testid="message-assistant"`)) throw new Error(`the chat page did not show the conversation (${response.status})`);
  if (!html.includes(`data-testid="tool-view-time-series"`)) throw new Error("the chat page did not draw the issue's charts");
  chat = await pageScripts(app, html);
} finally {
  await stack.stop();
}
const initial = total(chat.scripts);
const preloaded = total(chat.preloaded);
console.log(`\nChat page (/c/<id>) scripts, gzipped, before it is interactive: ${initial.files} files, ${kB(initial.raw)} raw, ${kB(initial.gzip)} gzipped`);
listFiles(chat.scripts);
console.log(`Loaded after it for the content shown (lazy, preloaded): ${preloaded.files} files, ${kB(preloaded.raw)} raw, ${kB(preloaded.gzip)} gzipped`);
listFiles(chat.preloaded);

const worker = workerUpload();
console.log(`\nWorker upload (wrangler deploy --dry-run): ${worker.raw.toFixed(0)} KiB raw, ${worker.gzip.toFixed(0)} KiB gzipped`);
console.log("Largest parts of the server function (minified KiB):");
for (const [part, bytes] of largestServerParts(8)) console.log(`  ${(bytes / 1024).toFixed(0).padStart(7)}  ${part}`);

console.log(
  `\nBudgets: chat page JavaScript ${kB(initial.gzip)} (≤ ${CHAT_JS_BUDGET_BYTES / 1024} kB) ${verdict(initial.gzip <= CHAT_JS_BUDGET_BYTES)}; ` +
    `worker upload ${(worker.gzip / 1024).toFixed(2)} MiB gzip (≤ ${WORKER_BUDGET_KIB / 1024} MiB) ${verdict(worker.gzip <= WORKER_BUDGET_KIB)}`,
);
