import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startSentryStandIn, type SentryStandIn } from "../e2e/stand-ins/sentry/server.ts";
import type { ArtifactBundle } from "../e2e/stand-ins/sentry/state.ts";
import { readSourceMapUpload, uploadBrowserSourceMaps, uploadWorkerSourceMaps, type SourceMapUpload } from "./source-maps.ts";

// The real sentry-cli binary (installed by npm from @sentry/cli's platform package) uploads to
// the Sentry stand-in on loopback, as `npm run deploy` does to Sentry.

const RELEASE = "sentry-chat@1a2b3c";
let sentry: SentryStandIn;
let work: string;
let upload: SourceMapUpload;

beforeAll(async () => {
  sentry = await startSentryStandIn();
});
afterAll(async () => {
  await sentry.close();
});
beforeEach(async () => {
  await fetch(`${sentry.url}/__control/reset`, { method: "POST" });
  work = mkdtempSync(path.join(tmpdir(), "source-maps-"));
  upload = readSourceMapUpload(
    { SENTRY_UPLOAD_URL: sentry.url, SENTRY_AUTH_TOKEN: "sntrys_deploy-token", SENTRY_ORG: "the-interstellar-jurisdiction", SENTRY_PROJECT: "sentry-chat" },
    RELEASE,
  )!;
  return () => rmSync(work, { recursive: true, force: true });
});

/** A minified script and its source map, as a bundler writes them. */
function writeBundle(dir: string, name: string): string {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  writeFileSync(file, `function f(n){if(!n)throw new Error("no input");return n*2}f(1);\n//# sourceMappingURL=${name}.map\n`);
  const map = { version: 3, file: name, sources: ["../src/double.ts"], sourcesContent: ["export function f(n: number) {}"], names: ["f", "n"], mappings: "AAAA,SAASA,EAAEC" };
  writeFileSync(`${file}.map`, JSON.stringify(map));
  return file;
}

async function bundles(): Promise<ArtifactBundle[]> {
  return ((await (await fetch(`${sentry.url}/__control/artifact-bundles`)).json()) as { bundles: ArtifactBundle[] }).bundles;
}

describe("readSourceMapUpload", () => {
  const complete = { SENTRY_AUTH_TOKEN: "t", SENTRY_ORG: "o", SENTRY_PROJECT: "p" };

  it("uploads only with a token, an organization, a project and a release", () => {
    for (const missing of Object.keys(complete)) {
      expect(readSourceMapUpload({ ...complete, [missing]: "" }, RELEASE)).toBeNull();
    }
    expect(readSourceMapUpload(complete, undefined)).toBeNull();
  });

  it("goes to sentry.io unless SENTRY_UPLOAD_URL names another Sentry; the app's SENTRY_URL is not it", () => {
    expect(readSourceMapUpload({ ...complete, SENTRY_URL: "https://sentry.chat-target.example" }, RELEASE)).toEqual({
      url: "https://sentry.io",
      authToken: "t",
      org: "o",
      project: "p",
      release: RELEASE,
    });
    expect(readSourceMapUpload({ ...complete, SENTRY_UPLOAD_URL: "https://sentry.example.com" }, RELEASE)?.url).toBe("https://sentry.example.com");
  });
});

describe("uploading with sentry-cli", () => {
  it("browser chunks get debug ids, their maps are uploaded under the release, then removed from the assets", async () => {
    const chunks = path.join(work, "_next", "static");
    const chunk = writeBundle(path.join(chunks, "chunks"), "app-4f2a.js");

    await uploadBrowserSourceMaps(upload, chunks);

    const served = readFileSync(chunk, "utf8");
    const debugId = /\/\/# debugId=([0-9a-f-]{36})/.exec(served)?.[1];
    expect(debugId).toBeDefined();
    expect(served).toContain(`_sentryDebugIds[n]="${debugId}"`);
    expect(existsSync(`${chunk}.map`)).toBe(false);

    const [bundle, ...others] = await bundles();
    expect(others).toEqual([]);
    expect(bundle).toMatchObject({ organization: "the-interstellar-jurisdiction", projects: ["sentry-chat"], release: RELEASE });
    expect(bundle.files).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ url: "~/_next/static/chunks/app-4f2a.js", type: "minified_source", debugId, sourcemap: "app-4f2a.js.map" }),
        expect.objectContaining({ url: "~/_next/static/chunks/app-4f2a.js.map", type: "source_map", debugId, mapDebugId: debugId }),
      ]),
    );
  });

  it("the worker bundle's map is uploaded under the release, at the path the worker runs it from", async () => {
    const deployed = path.join(work, "deploy-bundle");
    writeBundle(deployed, "worker.js");

    await uploadWorkerSourceMaps(upload, deployed);

    const [bundle] = await bundles();
    expect(bundle).toMatchObject({ release: RELEASE, projects: ["sentry-chat"] });
    expect(bundle.files.map(({ url, type, sourcemap }) => ({ url, type, sourcemap }))).toEqual(
      expect.arrayContaining([
        { url: "~/worker.js", type: "minified_source", sourcemap: "worker.js.map" },
        { url: "~/worker.js.map", type: "source_map", sourcemap: null },
      ]),
    );
    expect(bundle.files.find((file) => file.type === "source_map")?.size).toBeGreaterThan(0);
  });
});
