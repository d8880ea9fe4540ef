/**
 * Changes the e2e stack's local D1 database the way an operator would, through wrangler, in the
 * on-disk state the running worker reads: for rows the app itself would never write.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { appServerPaths } from "./app-server.ts";
import { E2E_STACK_NAME } from "./stack.ts";

const root = path.resolve(import.meta.dirname, "../..");

export function executeLocalD1(sql: string): void {
  const { stateDir, configFile } = appServerPaths(E2E_STACK_NAME);
  const result = spawnSync(
    path.join(root, "node_modules", ".bin", "wrangler"),
    ["d1", "execute", "DB", "--local", "--persist-to", stateDir, "--config", configFile, "--command", sql],
    { cwd: root, encoding: "utf8", env: { ...process.env, WRANGLER_SEND_METRICS: "false" } },
  );
  if (result.status !== 0) throw new Error(`wrangler d1 execute failed:\n${result.stderr}`);
}
