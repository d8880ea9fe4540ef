import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { runTool } from "@/lib/mcp/run-tool";
import { EXAMPLE_ORG, startToolHarness, type ToolHarness } from "@/lib/mcp/test-support";
import { createSentryClient } from "@/lib/sentry/client";
import { findProjects } from "./find-projects";

let harness: ToolHarness;
beforeAll(async () => (harness = await startToolHarness()));
beforeEach(() => harness.reset());
afterAll(() => harness.close());

const PROJECTS_PATH = `/api/0/organizations/${EXAMPLE_ORG}/projects/`;

describe("find_projects", () => {
  it("is a read-only tool", () => {
    expect(findProjects.annotations).toMatchObject({ readOnlyHint: true, destructiveHint: false, openWorldHint: true });
  });

  it("lists the projects with slug, platform, team and a web link", async () => {
    const { text, isError } = await harness.run(findProjects, { organizationSlug: EXAMPLE_ORG });
    expect(isError).toBe(false);
    expect(text).toContain(`# Projects in \`${EXAMPLE_ORG}\` (1)`);
    expect(text).toMatch(/\[Prime Mover\]\(http:\/\/127\.0\.0\.1:\d+\/organizations\/the-interstellar-jurisdiction\/projects\/prime-mover\/\)/);
    // The documented project has an empty platform and has never received an event.
    expect(text).toContain("slug `prime-mover`, no platform set, team `powerful-abolitionist`, no events received yet");
  });

  it("sends the filter and page size to the organization's projects endpoint", async () => {
    await harness.run(findProjects, { organizationSlug: EXAMPLE_ORG, query: "prime", limit: 5 });
    const request = (await harness.requests()).find((r) => r.path === PROJECTS_PATH);
    expect(request).toMatchObject({ method: "GET", query: { query: "prime", per_page: "5" } });
  });

  it("hints at the next page when Sentry says there is one", async () => {
    // The stand-in always answers results="false"; this fetch turns its `next` link into a live one.
    const fetchWithNextPage: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      const link = response.headers.get("link");
      if (!link) return response;
      const headers = new Headers(response.headers);
      headers.set("link", link.replace(/rel="next"; results="false"/, 'rel="next"; results="true"'));
      return new Response(response.body, { status: response.status, headers });
    };
    const sentry = createSentryClient({ baseUrl: harness.standIn.url, token: harness.standIn.demoToken, fetch: fetchWithNextPage });
    const result = await runTool(findProjects, { organizationSlug: EXAMPLE_ORG, limit: 25 }, { sentry });
    expect(result.isError).toBeUndefined();
    expect(result.content[0].text).toContain('call again with `cursor: "0:100:0"` for the next page');
  });

  it("turns a rate limit into an error with the wait", async () => {
    await harness.fault({ path: PROJECTS_PATH, status: 429, retryAfter: 7 });
    expect(await harness.run(findProjects, { organizationSlug: EXAMPLE_ORG })).toEqual({
      isError: true,
      text: "Sentry rate-limited the request; retry after 7 s.",
    });
  });
});
