/**
 * The deploy's source map upload to Sentry with sentry-cli (the binary npm installs from its
 * platform package). Browser chunks get debug ids injected before they are deployed, so events
 * match their maps whatever the URL; the worker bundle's map is matched by release and path.
 */
import { spawn } from "node:child_process";
import { readdirSync, rmSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const sentryCliBin = path.join(root, "node_modules", ".bin", "sentry-cli");

/** Where and under which release the maps go; null when the deploy should not upload. */
export type SourceMapUpload = { url: string; authToken: string; org: string; project: string; release: string };

/**
 * All of SENTRY_AUTH_TOKEN, SENTRY_ORG and SENTRY_PROJECT, and a release, or no upload.
 * SENTRY_UPLOAD_URL names a self-hosted Sentry; SENTRY_URL is not read, as it names the Sentry
 * people chat about, which need not be the one watching the app.
 */
export function readSourceMapUpload(env: Record<string, string | undefined>, release: string | undefined): SourceMapUpload | null {
  const { SENTRY_AUTH_TOKEN: authToken, SENTRY_ORG: org, SENTRY_PROJECT: project } = env;
  if (!authToken || !org || !project || !release) return null;
  return { url: env.SENTRY_UPLOAD_URL || "https://sentry.io", authToken, org, project, release };
}

async function sentryCli(upload: SourceMapUpload, args: string[]): Promise<void> {
  console.log(`$ sentry-cli ${args.join(" ")}`);
  const env = {
    ...process.env,
    SENTRY_URL: upload.url,
    SENTRY_AUTH_TOKEN: upload.authToken,
    SENTRY_ORG: upload.org,
    SENTRY_PROJECT: upload.project,
  };
  const child = spawn(sentryCliBin, args, { cwd: root, env, stdio: "inherit" });
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (exitCode, exitSignal) => resolve([exitCode, exitSignal]));
  });
  if (code !== 0) throw new Error(`sentry-cli ${args[0]} ${args[1]} failed (${code === null ? signal : `exit code ${code}`})`);
}

function removeSourceMaps(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith(".map")) rmSync(path.join(entry.parentPath, entry.name));
  }
}

/**
 * `dir` holds the chunks served under `/_next/static`: debug ids go into them, their maps are
 * uploaded, then removed so they are not served.
 */
export async function uploadBrowserSourceMaps(upload: SourceMapUpload, dir: string): Promise<void> {
  await sentryCli(upload, ["sourcemaps", "inject", dir]);
  await sentryCli(upload, ["sourcemaps", "upload", "--release", upload.release, "--url-prefix", "~/_next/static", dir]);
  removeSourceMaps(dir);
}

/** `dir` holds the worker bundle wrangler deployed, with its map. */
export async function uploadWorkerSourceMaps(upload: SourceMapUpload, dir: string): Promise<void> {
  await sentryCli(upload, ["sourcemaps", "upload", "--release", upload.release, "--url-prefix", "~/", dir]);
}
