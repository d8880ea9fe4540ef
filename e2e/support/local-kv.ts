/**
 * Reads the e2e stack's local KV the way an operator would, through wrangler, from the on-disk
 * state the running worker writes: what is really stored, not what the app says it stores.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { appServerPaths } from "./app-server.ts";
import { E2E_STACK_NAME } from "./stack.ts";

const root = path.resolve(import.meta.dirname, "../..");

function wranglerKv(args: string[]): string {
  const { stateDir, configFile } = appServerPaths(E2E_STACK_NAME);
  const result = spawnSync(
    path.join(root, "node_modules", ".bin", "wrangler"),
    ["kv", "key", ...args, "--local", "--persist-to", stateDir, "--binding", "KV", "--config", configFile],
    { cwd: root, encoding: "utf8", env: { ...process.env, WRANGLER_SEND_METRICS: "false" } },
  );
  if (result.status !== 0) throw new Error(`wrangler kv key ${args[0]} failed:\n${result.stderr}`);
  return result.stdout;
}

/** The keys stored under a prefix. */
export function localKvKeys(prefix: string): string[] {
  return (JSON.parse(wranglerKv(["list", "--prefix", prefix])) as Array<{ name: string }>).map((key) => key.name);
}

/** The raw stored value of a key, or null when there is none. */
export function localKvValue(key: string): string | null {
  return localKvKeys(key).includes(key) ? wranglerKv(["get", key]) : null;
}
