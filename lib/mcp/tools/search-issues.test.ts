import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { runTool } from "@/lib/mcp/run-tool";
import { EXAMPLE_ORG, EXAMPLE_PROJECT, startToolHarness, type ToolHarness } from "@/lib/mcp/test-support";
import { createSentryClient } from "@/lib/sentry/client";
import { searchIssues } from "./search-issues";

let harness: ToolHarness;
beforeAll(async () => (harness = await startToolHarness()));
beforeEach(() => harness.reset());
afterAll(() => harness.close());

const ISSUES_PATH = `/api/0/organizations/${EXAMPLE_ORG}/issues/`;

describe("search_issues", () => {
  it("is a read-only tool", () => {
    expect(searchIssues.annotations).toMatchObject({ readOnlyHint: true, destructiveHint: false, openWorldHint: true });
  });

  it("lists matching issues with short id, linked title, culprit, level, status, counts and last seen", async () => {
    const { text, isError } = await harness.run(searchIssues, { organizationSlug: EXAMPLE_ORG, query: "is:unresolved level:error" });
    expect(isError).toBe(false);
    expect(text).toContain(`# Issues in \`${EXAMPLE_ORG}\` (1)`);
    expect(text).toContain("`PUMP-STATION-1` [This is an example Python exception](https://sentry.io/the-interstellar-jurisdiction/pump-station/issues/1/)");
    expect(text).toContain("culprit `raven.scripts.runner in main`");
    expect(text).toContain("level error");
    expect(text).toContain("status ignored (archived until condition met)");
    expect(text).toContain("150 events · 0 users · last seen 2018-12-06T21:19:55Z");
    expect(text).not.toContain("More results exist");
  });

  it("returns the same issues as a structured table", async () => {
    const { structured } = await harness.run(searchIssues, { organizationSlug: EXAMPLE_ORG });
    expect(structured).toEqual({
      views: [
        {
          kind: "issue-table",
          issues: [
            {
              shortId: "PUMP-STATION-1",
              title: "This is an example Python exception",
              culprit: "raven.scripts.runner in main",
              url: "https://sentry.io/the-interstellar-jurisdiction/pump-station/issues/1/",
              level: "error",
              status: "ignored (archived until condition met)",
              count: 150,
              userCount: 0,
              lastSeen: "2018-12-06T21:19:55Z",
            },
          ],
        },
      ],
    });
  });

  it("sends the search query, project, sort and limit to Sentry", async () => {
    await harness.run(searchIssues, {
      organizationSlug: EXAMPLE_ORG,
      projectSlug: EXAMPLE_PROJECT,
      query: "assigned:me firstSeen:-24h",
      sort: "freq",
      limit: 5,
    });
    const request = (await harness.requests()).find((r) => r.path === ISSUES_PATH);
    expect(request?.query).toMatchObject({ query: "assigned:me firstSeen:-24h", project: EXAMPLE_PROJECT, sort: "freq", limit: "5" });
  });

  it("defaults the query to unresolved issues", async () => {
    await harness.run(searchIssues, { organizationSlug: EXAMPLE_ORG });
    const request = (await harness.requests()).find((r) => r.path === ISSUES_PATH);
    expect(request?.query.query).toBe("is:unresolved");
  });

  it("gives a next-page hint when Sentry has more results", async () => {
    // The stand-in always says results="false"; this client sees Sentry announcing a next page.
    const sentry = createSentryClient({
      baseUrl: harness.standIn.url,
      token: harness.standIn.demoToken,
      fetch: async (input, init) => {
        const response = await fetch(input, init);
        const headers = new Headers(response.headers);
        const link = headers.get("link");
        if (link) headers.set("link", link.replace(/rel="next"; results="false"/, 'rel="next"; results="true"'));
        return new Response(response.body, { status: response.status, headers });
      },
    });
    const result = await runTool(searchIssues, z.object(searchIssues.inputSchema).parse({ organizationSlug: EXAMPLE_ORG }), { sentry });
    expect(result.content[0].text).toContain('call again with `cursor: "0:100:0"`');
  });

  it("says so when nothing matches", async () => {
    const { text, isError } = await harness.run(searchIssues, { organizationSlug: EXAMPLE_ORG, cursor: "0:100:0" });
    expect(isError).toBe(false);
    expect(text).toMatch(/^No issues match `is:unresolved` in `the-interstellar-jurisdiction`\. Try a broader query/);
  });

  it("reports an unknown organization as an error a model can act on", async () => {
    expect(await harness.run(searchIssues, { organizationSlug: "no-such-org" })).toEqual({
      isError: true,
      text: "Sentry found nothing at /api/0/organizations/no-such-org/. Check the organization, project or id.",
    });
  });

  it("names the missing scope when Sentry refuses", async () => {
    await harness.fault({ path: ISSUES_PATH, status: 403 });
    const { text, isError } = await harness.run(searchIssues, { organizationSlug: EXAMPLE_ORG });
    expect(isError).toBe(true);
    expect(text).toContain("`event:read`");
  });
});
