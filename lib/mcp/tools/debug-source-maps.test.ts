import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { EXAMPLE_ORG, EXAMPLE_PROJECT, startToolHarness, type ToolHarness } from "@/lib/mcp/test-support";
import { debugSourceMaps } from "./debug-source-maps";

let harness: ToolHarness;
beforeAll(async () => (harness = await startToolHarness()));
beforeEach(() => harness.reset());
afterAll(() => harness.close());

const EVENT_ID = "9999aaaaca8b46d797c23c6077c6ff01";
const DEBUG_PATH = `/api/0/projects/${EXAMPLE_ORG}/${EXAMPLE_PROJECT}/events/${EVENT_ID}/source-map-debug/`;
const args = { organizationSlug: EXAMPLE_ORG, projectSlug: EXAMPLE_PROJECT, eventId: EVENT_ID };

const debugBody = (frame: Record<string, unknown>, overrides: Record<string, unknown> = {}) => ({
  dist: null,
  release: "web@2.0.0",
  exceptions: [{ frames: [frame] }],
  has_debug_ids: false,
  min_debug_id_sdk_version: "7.56.0",
  sdk_version: "7.40.0",
  project_has_some_artifact_bundle: true,
  release_has_some_artifact: true,
  has_uploaded_some_artifact_with_a_debug_id: false,
  sdk_debug_id_support: "needs-upgrade",
  has_scraping_data: true,
  ...overrides,
});

const releaseProcess = (overrides: Record<string, unknown>) => ({
  abs_path: "https://shop.example/assets/app.min.js",
  matching_source_file_names: ["~/assets/app.min.js", "https://shop.example/assets/app.min.js"],
  matching_source_map_name: null,
  source_map_reference: "app.min.js.map",
  source_file_lookup_result: "found",
  source_map_lookup_result: "found",
  ...overrides,
});

describe("debug_source_maps", () => {
  it("is a read-only tool", () => {
    expect(debugSourceMaps.annotations).toMatchObject({ readOnlyHint: true, destructiveHint: false, openWorldHint: true });
  });

  it("says the documented event's frame is resolved, and why it may still look minified", async () => {
    const { text, isError } = await harness.run(debugSourceMaps, args);
    expect(isError).toBe(false);
    expect(text).toContain(`# Source maps of event \`${EVENT_ID}\` (release \`frontend@1.0.0\`, dist \`1.0.0\`)`);
    expect(text).toContain("Every frame (1) has its source map. If the trace still looks minified, the event arrived before the upload");
    expect(text).toContain("- `https://example.com/static/js/main.js`: resolved by debug ID.");
    expect(text).toMatch(/\[Open the event in Sentry\]\(http:\/\/127\.0\.0\.1:\d+\/organizations\/the-interstellar-jurisdiction\/projects\/pump-station\/events\/9999aaaaca8b46d797c23c6077c6ff01\/\)/);
    expect((await harness.requests()).some((r) => r.method === "GET" && r.path === DEBUG_PATH)).toBe(true);
  });

  it("explains a missing source map in the release, a failed fetch and an SDK too old for debug IDs", async () => {
    const frame = {
      debug_id_process: { debug_id: null, uploaded_source_file_with_correct_debug_id: false, uploaded_source_map_with_correct_debug_id: false },
      release_process: releaseProcess({ source_map_lookup_result: "unsuccessful" }),
      scraping_process: {
        source_file: { url: "https://shop.example/assets/app.min.js", status: "success" },
        source_map: { url: "https://shop.example/assets/app.min.js.map", status: "failure", reason: "not_found", details: null },
      },
    };
    await harness.fault({ path: DEBUG_PATH, status: 200, body: debugBody(frame) });
    const { text } = await harness.run(debugSourceMaps, args);
    expect(text).toContain("1 of 1 frames could not be un-minified.");
    expect(text).toContain("- The SDK (`7.40.0`) is too old for debug IDs: upgrade to `7.56.0` or later.");
    expect(text).toContain("- `https://shop.example/assets/app.min.js`: not resolved.");
    expect(text).toContain("  - The file points to `app.min.js.map`, but no such source map was uploaded to `web@2.0.0`.");
    expect(text).toContain("  - Fetching the source map from `https://shop.example/assets/app.min.js.map` failed (not_found).");
    expect(text).not.toContain("debug ID:");
  });

  it("points to the upload prefix when no artifact has the file's name, and to injection when debug IDs are supported", async () => {
    const frame = {
      debug_id_process: { debug_id: null, uploaded_source_file_with_correct_debug_id: false, uploaded_source_map_with_correct_debug_id: false },
      release_process: releaseProcess({ source_file_lookup_result: "unsuccessful", source_map_lookup_result: "unsuccessful" }),
      scraping_process: { source_file: null, source_map: null },
    };
    await harness.fault({ path: DEBUG_PATH, status: 200, body: debugBody(frame, { sdk_debug_id_support: "full", sdk_version: "8.1.0" }) });
    const { text } = await harness.run(debugSourceMaps, args);
    expect(text).toContain("  - The minified file carries no debug ID: inject one at build time");
    expect(text).toContain(
      "  - No artifact in `web@2.0.0` is named like the file (looked for `~/assets/app.min.js`, `https://shop.example/assets/app.min.js`): check the upload's `--url-prefix`.",
    );
    expect(text).not.toContain("too old");
  });

  it("tells a project that never uploaded anything how to start", async () => {
    const frame = { debug_id_process: null, release_process: null, scraping_process: null };
    const body = debugBody(frame, { project_has_some_artifact_bundle: false, release_has_some_artifact: false, sdk_debug_id_support: "full" });
    await harness.fault({ path: DEBUG_PATH, status: 200, body });
    const { text } = await harness.run(debugSourceMaps, args);
    expect(text).toContain("- No source maps were ever uploaded to this project. Set up the upload with `npx @sentry/wizard@latest -i sourcemaps`.");
  });

  it("says when the event has no frame that needs source maps", async () => {
    await harness.fault({ path: DEBUG_PATH, status: 200, body: debugBody({}, { exceptions: [] }) });
    const { text, isError } = await harness.run(debugSourceMaps, args);
    expect(isError).toBe(false);
    expect(text).toContain("Sentry found no minified JavaScript frame to check in this event");
  });

  it("reports an unknown organization as an error a model can act on", async () => {
    const { text, isError } = await harness.run(debugSourceMaps, { ...args, organizationSlug: "no-such-org" });
    expect(isError).toBe(true);
    expect(text).toMatch(/Sentry found nothing at \/api\/0\/organizations\/no-such-org\/.*Check the organization/);
  });

  it("names the missing scope when Sentry refuses", async () => {
    await harness.fault({ path: DEBUG_PATH, status: 403 });
    const { text, isError } = await harness.run(debugSourceMaps, args);
    expect(isError).toBe(true);
    expect(text).toBe(`Sentry refused ${DEBUG_PATH}: the token lacks the \`project:read\` scope or access to this organization or project.`);
  });
});
