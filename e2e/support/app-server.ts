/**
 * Runs the built worker under `opennextjs-cloudflare preview` (workerd) with its own wrangler
 * config copy, `.dev.vars` and on-disk KV/D1 state under `.wrangler/<name>/`, so a test or demo
 * run never reads or touches the developer's own `.dev.vars` or state.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);

export type AppServer = {
  url: string;
  /**
   * The worker's own address inside workerd, behind wrangler's dev proxy (which exists only locally,
   * to hold requests during reloads); set when asked for with `exposeWorkerUrl`.
   */
  workerUrl?: string;
  stop(): Promise<void>;
};

/** Wrangler's debug log names the address its dev proxy forwards to once the worker is loaded. */
const USER_WORKER_URL = /"userWorkerUrl":\{"protocol":"(https?:)","hostname":"([^"]+)","port":"(\d+)"\}/;

/** Where a named app server keeps its wrangler config copy and its local KV/D1 state. */
export function appServerPaths(name: string) {
  const dir = path.join(root, ".wrangler", name);
  return { dir, stateDir: path.join(dir, "state"), configFile: path.join(dir, "wrangler.jsonc") };
}

function writeWranglerConfig(dir: string, rateLimits: Record<string, number>): string {
  const source = readFileSync(path.join(root, "wrangler.jsonc"), "utf8");
  // The project's wrangler.jsonc keeps comments on their own lines.
  const config = JSON.parse(source.replace(/^\s*\/\/.*$/gm, ""));
  config.main = path.join(root, config.main);
  for (const [name, target] of Object.entries(config.alias ?? {})) config.alias[name] = path.join(root, target as string);
  config.assets.directory = path.join(root, config.assets.directory);
  for (const db of config.d1_databases) db.migrations_dir = path.join(root, db.migrations_dir);
  for (const limiter of config.ratelimits) limiter.simple.limit = rateLimits[limiter.name] ?? limiter.simple.limit;
  const file = path.join(dir, "wrangler.jsonc");
  writeFileSync(file, JSON.stringify(config, null, 2));
  return file;
}

function toDevVars(vars: Record<string, string>): string {
  return Object.entries(vars)
    .map(([key, value]) => `${key}=${JSON.stringify(value)}`)
    .join("\n");
}

async function waitUntilServing(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`preview exited with code ${child.exitCode}`);
    try {
      await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(2000) });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error(`the app did not answer at ${url} within ${timeoutMs / 1000} s`);
}

export async function startAppServer(options: {
  name: string;
  port: number;
  vars: Record<string, string>;
  freshState: boolean;
  /** Per-binding request limits instead of wrangler.jsonc's, e.g. for load benchmarks. */
  rateLimits?: Record<string, number>;
  /** Benchmarks measure the worker itself too, without the dev proxy's hop. */
  exposeWorkerUrl?: boolean;
  log?: (line: string) => void;
  /** A PEM file of certificates the worker's outgoing https requests trust (workerd reads NODE_EXTRA_CA_CERTS through miniflare). */
  trustedCertificates?: string;
}): Promise<AppServer> {
  const { dir, stateDir } = appServerPaths(options.name);
  if (options.freshState) rmSync(stateDir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const configFile = writeWranglerConfig(dir, options.rateLimits ?? {});
  writeFileSync(path.join(dir, ".dev.vars"), toDevVars(options.vars), { mode: 0o600 });

  const env = {
    ...process.env,
    CI: "true",
    NEXT_TELEMETRY_DISABLED: "1",
    WRANGLER_SEND_METRICS: "false",
    CLOUDFLARE_CF_FETCH_ENABLED: "false",
    ...(options.exposeWorkerUrl ? { WRANGLER_LOG: "debug" } : {}),
    ...(options.trustedCertificates ? { NODE_EXTRA_CA_CERTS: options.trustedCertificates } : {}),
  };
  const migrate = spawnSync(
    bin("wrangler"),
    ["d1", "migrations", "apply", "DB", "--local", "--config", configFile, "--persist-to", stateDir],
    { cwd: root, env, encoding: "utf8" },
  );
  if (migrate.status !== 0) throw new Error(`D1 migrations failed:\n${migrate.stdout}\n${migrate.stderr}`);

  const child = spawn(
    bin("opennextjs-cloudflare"),
    ["preview", "--config", configFile, "--port", String(options.port), "--persist-to", stateDir],
    // Its own process group, so stopping it also stops wrangler and workerd below it.
    { cwd: root, env, detached: true, stdio: ["ignore", "pipe", "pipe"] },
  );
  // Lets .ci/run stop the whole group by id even if this process dies first.
  writeFileSync(path.join(dir, "preview.pid"), String(child.pid));
  const log = options.log ?? (() => {});
  let workerUrl: string | undefined;
  const watch = (chunk: string) => {
    const match = USER_WORKER_URL.exec(chunk);
    if (match) workerUrl = `${match[1]}//${match[2]}:${match[3]}`;
    log(chunk);
  };
  child.stdout?.setEncoding("utf8").on("data", watch);
  child.stderr?.setEncoding("utf8").on("data", watch);

  const url = `http://localhost:${options.port}`;
  const stop = async () => {
    if (child.exitCode !== null || child.pid === undefined) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      return;
    }
    const timer = setTimeout(() => child.pid && process.kill(-child.pid, "SIGKILL"), 5000);
    await exited;
    clearTimeout(timer);
    rmSync(path.join(dir, "preview.pid"), { force: true });
  };
  try {
    await waitUntilServing(`${url}/signin`, child, 120_000);
    if (options.exposeWorkerUrl && !workerUrl) throw new Error("wrangler's debug log did not name the worker's address");
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, workerUrl, stop };
}
