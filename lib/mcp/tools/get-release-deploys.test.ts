import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { EXAMPLE_ORG, startToolHarness, type ToolHarness } from "@/lib/mcp/test-support";
import { getReleaseDeploys } from "./get-release-deploys";

let harness: ToolHarness;
beforeAll(async () => (harness = await startToolHarness()));
beforeEach(() => harness.reset());
afterAll(() => harness.close());

const VERSION = "control@abc123";
const DEPLOYS_PATH = `/api/0/organizations/${EXAMPLE_ORG}/releases/${encodeURIComponent(VERSION)}/deploys/`;

describe("get_release_deploys", () => {
  it("is a read-only tool", () => {
    expect(getReleaseDeploys.annotations).toEqual({ readOnlyHint: true, destructiveHint: false, openWorldHint: true });
  });

  it("lists each deploy's environment, start, finish and how long it took", async () => {
    const { text, isError } = await harness.run(getReleaseDeploys, { organizationSlug: EXAMPLE_ORG, version: VERSION });
    expect(isError).toBe(false);
    expect(text).toMatch(/^# Deploys of release \[control@abc123\]\(http:\/\/127\.0\.0\.1:\d+\/organizations\/the-interstellar-jurisdiction\/releases\/control%40abc123\/\) \(2\)/);
    expect(text).toContain("Reached `production`, `staging`.");
    expect(text).toContain(
      "- `production`: started 2024-05-30T14:00:00Z, finished 2024-05-30T14:05:12Z, took 5 min 12 s — Deploy control@abc123 to production",
    );
    expect(text).toContain("- `staging`: started 2024-05-30T12:00:00Z, finished 2024-05-30T12:03:40Z, took 3 min 40 s");
  });

  it("sends the cursor to the release's deploys endpoint", async () => {
    await harness.run(getReleaseDeploys, { organizationSlug: EXAMPLE_ORG, version: VERSION, cursor: "0:100:0" });
    const request = (await harness.requests()).find((r) => r.path === DEPLOYS_PATH);
    expect(request).toMatchObject({ method: "GET", query: { cursor: "0:100:0" } });
  });

  it("links a deploy's own URL", async () => {
    await harness.fault({
      path: DEPLOYS_PATH,
      status: 200,
      body: [{ id: "7", environment: "production", dateStarted: null, dateFinished: "2024-06-01T08:00:00Z", name: null, url: "https://ci.example.com/runs/7" }],
    });
    const { text } = await harness.run(getReleaseDeploys, { organizationSlug: EXAMPLE_ORG, version: VERSION });
    expect(text).toContain("- `production`: finished 2024-06-01T08:00:00Z — [deploy](https://ci.example.com/runs/7)");
  });

  it("says how deploys get recorded when there are none", async () => {
    await harness.fault({ path: DEPLOYS_PATH, status: 200, body: [] });
    const { text, isError } = await harness.run(getReleaseDeploys, { organizationSlug: EXAMPLE_ORG, version: VERSION });
    expect(isError).toBe(false);
    expect(text).toContain("has no deploys recorded. Deploys are reported with sentry-cli `deploys new`.");
  });

  it("reports an unknown organization", async () => {
    const { text, isError } = await harness.run(getReleaseDeploys, { organizationSlug: "no-such-org", version: VERSION });
    expect(isError).toBe(true);
    expect(text).toBe("Sentry found nothing at /api/0/organizations/no-such-org/. Check the organization, project or id.");
  });

  it("names the missing scope when Sentry refuses", async () => {
    await harness.fault({ path: DEPLOYS_PATH, status: 403 });
    const { text, isError } = await harness.run(getReleaseDeploys, { organizationSlug: EXAMPLE_ORG, version: VERSION });
    expect(isError).toBe(true);
    expect(text).toBe(`Sentry refused ${DEPLOYS_PATH}: the token lacks the \`project:read\` scope or access to this organization or project.`);
  });
});
