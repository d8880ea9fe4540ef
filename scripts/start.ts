/**
 * `npm start`: build if needed, then serve the app on workerd at http://localhost:8787 with local
 * KV/D1 kept under .wrangler/local/. Without an OpenAI key or a Sentry OAuth client in .dev.vars,
 * the missing service is replaced by its offline stand-in and the UI shows an "Offline demo" banner.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { startAppServer } from "../e2e/support/app-server.ts";
import { APP_PORT, OPENAI_STANDIN_PORT, SENTRY_STANDIN_PORT } from "../e2e/support/stack.ts";
import { startOpenAIStandIn } from "../e2e/stand-ins/openai/server.ts";
import { startSentryStandIn } from "../e2e/stand-ins/sentry/server.ts";

const root = path.resolve(import.meta.dirname, "..");
const sources = ["app", "components", "lib", "public", "middleware.ts", "instrumentation.ts", "next.config.ts", "open-next.config.ts", "package-lock.json"];

function newestMtime(entry: string): number {
  const full = path.join(root, entry);
  if (!existsSync(full)) return 0;
  const stat = statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(full).map((child) => newestMtime(path.join(entry, child))));
}

function buildIfNeeded() {
  const worker = path.join(root, ".open-next", "worker.js");
  const built = existsSync(worker) ? statSync(worker).mtimeMs : 0;
  if (built >= Math.max(...sources.map(newestMtime))) return;
  console.log("Building the worker (OpenNext)…");
  const result = spawnSync(path.join(root, "node_modules", ".bin", "opennextjs-cloudflare"), ["build"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", WRANGLER_SEND_METRICS: "false" },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function readDevVars(): Record<string, string> {
  const file = path.join(root, ".dev.vars");
  if (!existsSync(file)) return {};
  const vars: Record<string, string> = {};
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const match = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (!match) continue;
    vars[match[1]] = match[2].replace(/^(["'])(.*)\1$/, "$2");
  }
  return vars;
}

/** A stable secret for local sessions when .dev.vars has none, so sign-ins survive restarts. */
function localAuthSecret(): string {
  const file = path.join(root, ".wrangler", "local", "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

buildIfNeeded();
const vars = readDevVars();
vars.AUTH_SECRET ||= localAuthSecret();
vars.APP_URL ||= `http://localhost:${APP_PORT}`;
const stops: Array<() => Promise<void>> = [];
const lines: string[] = [];

if (!vars.OPENAI_API_KEY) {
  const openai = await startOpenAIStandIn({ port: OPENAI_STANDIN_PORT });
  stops.push(openai.close);
  Object.assign(vars, { OPENAI_API_KEY: "sk-offline-demo", OPENAI_BASE_URL: `${openai.url}/v1`, OPENAI_API_STYLE: "responses" });
  lines.push(`OpenAI stand-in:  ${openai.url} (no OPENAI_API_KEY in .dev.vars)`);
}
if (!vars.SENTRY_CLIENT_ID) {
  const sentry = await startSentryStandIn({ port: SENTRY_STANDIN_PORT });
  stops.push(sentry.close);
  Object.assign(vars, { SENTRY_URL: sentry.url, SENTRY_CLIENT_ID: sentry.clientId, SENTRY_CLIENT_SECRET: sentry.clientSecret });
  lines.push(`Sentry stand-in:  ${sentry.url} (no SENTRY_CLIENT_ID in .dev.vars)`);
  lines.push(`Demo user auth token (acts as Jane Doe): ${sentry.demoToken}`);
  // The stand-in's Jane administers the demo, so /admin can be tried too.
  vars.ADMIN_EMAILS ||= "jane@example.com";
}
vars.OFFLINE_DEMO = String(stops.length > 0);

const app = await startAppServer({ name: "local", port: APP_PORT, vars, freshState: false });
stops.unshift(app.stop);
console.log([`\nSentry Chat:      ${app.url}${stops.length > 1 ? "  (offline demo)" : ""}`, ...lines, "Stop with Ctrl+C.\n"].join("\n"));

let stopping = false;
async function shutdown() {
  if (stopping) return;
  stopping = true;
  for (const stop of stops) await stop();
  process.exit(0);
}
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
