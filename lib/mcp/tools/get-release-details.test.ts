import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { EXAMPLE_ORG, startToolHarness, type ToolHarness } from "@/lib/mcp/test-support";
import { documentedExamples } from "@/lib/sentry/openapi-examples";
import { getReleaseDetails } from "./get-release-details";

let harness: ToolHarness;
beforeAll(async () => (harness = await startToolHarness()));
beforeEach(() => harness.reset());
afterAll(() => harness.close());

const VERSION = "control@abc123";
const RELEASE_PATH = `/api/0/organizations/${EXAMPLE_ORG}/releases/${encodeURIComponent(VERSION)}/`;

describe("get_release_details", () => {
  it("is a read-only tool", () => {
    expect(getReleaseDetails.annotations).toEqual({ readOnlyHint: true, destructiveHint: false, openWorldHint: true });
  });

  it("shows the release's facts, latest commits and deploys with a link", async () => {
    const { text, isError } = await harness.run(getReleaseDetails, { organizationSlug: EXAMPLE_ORG, version: VERSION });
    expect(isError).toBe(false);
    expect(text).toContain("# Release `control@abc123`");
    expect(text).toMatch(/\[Open in Sentry\]\(http:\/\/127\.0\.0\.1:\d+\/organizations\/the-interstellar-jurisdiction\/releases\/control%40abc123\/\)/);
    expect(text).toContain("- **Created**: 2024-05-21T11:26:16.190Z");
    expect(text).toContain("- **Released**: not marked released");
    expect(text).toContain("- **New issues**: 0");
    expect(text).toContain("- **Commits**: 2");
    expect(text).toContain("- **Authors**: Raj's Raspberries");
    expect(text).toContain("- **Projects**: `sentry`");
    expect(text).toContain("- **Last deploy**: `canary-test-control` at 2024-05-21T11:26:17.597Z");
    // Commits: short SHA and first line of the message.
    expect(text).toContain("## Latest commits (1 of 2)");
    expect(text).toContain("- `a1b2c3d` fix: handle empty release version");
    // Deploys: environment and when it finished.
    expect(text).toContain("## Deploys (2)");
    expect(text).toContain("- `production`: finished 2024-05-30T14:05:12Z — Deploy control@abc123 to production");
    expect(text).toContain("`release:control@abc123`");
  });

  it("asks Sentry for the release with its health, its commits and its deploys, with the version encoded", async () => {
    await harness.run(getReleaseDetails, { organizationSlug: EXAMPLE_ORG, version: VERSION });
    const requests = await harness.requests();
    expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual(
      expect.arrayContaining([`GET ${RELEASE_PATH}`, `GET ${RELEASE_PATH}commits/`, `GET ${RELEASE_PATH}deploys/`]),
    );
    expect(requests.find((r) => r.path === RELEASE_PATH)?.query).toEqual({ health: "1" });
  });

  it("has no health view when no project sends sessions, as in the documented release", async () => {
    const { text, structured } = await harness.run(getReleaseDetails, { organizationSlug: EXAMPLE_ORG, version: VERSION });
    expect(text).not.toContain("## Health");
    expect(structured).toEqual({ views: [] });
  });

  it("shows each project's crash-free sessions and users, in the text and as a view", async () => {
    const [release] = documentedExamples("getOrganizationRelease") as Array<{ projects: Array<Record<string, unknown>> }>;
    const health = { crashFreeSessions: 98.5, crashFreeUsers: 99.25, totalSessions: 1200, totalUsers: 300 };
    const projects = release.projects.map((project) => ({ ...project, hasHealthData: true, healthData: { ...(project.healthData as object), ...health } }));
    await harness.fault({ path: RELEASE_PATH, match: "exact", status: 200, body: { ...release, projects } });
    const { text, structured } = await harness.run(getReleaseDetails, { organizationSlug: EXAMPLE_ORG, version: VERSION });
    expect(text).toContain("## Health\n\n- `sentry`: crash-free sessions 98.5 %, crash-free users 99.25 %");
    expect(structured).toEqual({
      views: [
        { kind: "release-health", version: VERSION, projects: [{ project: "sentry", crashFreeSessions: 98.5, crashFreeUsers: 99.25, sessions: 1200, users: 300 }] },
      ],
    });
  });

  it("reports an unknown release as an error a model can act on", async () => {
    await harness.fault({ path: RELEASE_PATH, match: "exact", status: 404 });
    const { text, isError } = await harness.run(getReleaseDetails, { organizationSlug: EXAMPLE_ORG, version: VERSION });
    expect(isError).toBe(true);
    expect(text).toBe(`Sentry found nothing at ${RELEASE_PATH}. Check the organization, project or id.`);
  });

  it("reports a Sentry outage while listing deploys", async () => {
    await harness.fault({ path: `${RELEASE_PATH}deploys/`, status: 503 });
    const { text, isError } = await harness.run(getReleaseDetails, { organizationSlug: EXAMPLE_ORG, version: VERSION });
    expect(isError).toBe(true);
    expect(text).toBe(`Sentry answered 503 for ${RELEASE_PATH}deploys/. Try again shortly.`);
  });
});
