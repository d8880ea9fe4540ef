/**
 * `npm run deploy`: applies the D1 migrations remotely, builds with OpenNext and deploys. With
 * SENTRY_AUTH_TOKEN, SENTRY_ORG and SENTRY_PROJECT set, it also uploads the source maps of the
 * browser bundle (debug ids injected before the deploy, the maps kept out of the public assets)
 * and of the worker bundle (matched by SENTRY_RELEASE) with sentry-cli (scripts/source-maps.ts);
 * without them it skips that.
 */
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { readSourceMapUpload, uploadBrowserSourceMaps, uploadWorkerSourceMaps } from "./source-maps.ts";

const root = path.resolve(import.meta.dirname, "..");
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);
const clientChunks = path.join(root, ".open-next", "assets", "_next", "static");
const workerBundle = path.join(root, ".wrangler", "deploy-bundle");

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  console.log(`$ ${path.basename(command)} ${args.join(" ")}`);
  const result = spawnSync(command, args, { cwd: root, env, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function git(args: string[]): string | undefined {
  const result = spawnSync("git", args, { cwd: root, encoding: "utf8" });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

// The release the worker reports (SENTRY_RELEASE, set as a variable of the worker too) names the maps.
const upload = readSourceMapUpload(process.env, process.env.SENTRY_RELEASE ?? git(["rev-parse", "HEAD"]));

run(bin("wrangler"), ["d1", "migrations", "apply", "DB", "--remote"]);
run(bin("opennextjs-cloudflare"), ["build"], { ...process.env, SENTRY_SOURCE_MAPS: upload ? "true" : "false" });

if (!upload) {
  console.log("Source maps are not uploaded to Sentry (set SENTRY_AUTH_TOKEN, SENTRY_ORG, SENTRY_PROJECT and SENTRY_RELEASE or a git checkout).");
  run(bin("opennextjs-cloudflare"), ["deploy"]);
  process.exit(0);
}

await uploadBrowserSourceMaps(upload, clientChunks);
// Worker: wrangler writes the bundle it deploys, with its source map, to the outdir.
rmSync(workerBundle, { recursive: true, force: true });
run(bin("opennextjs-cloudflare"), ["deploy", "--", "--outdir", workerBundle, "--upload-source-maps", "--var", `SENTRY_RELEASE:${upload.release}`]);
await uploadWorkerSourceMaps(upload, workerBundle);
