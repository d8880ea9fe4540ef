import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { EXAMPLE_ORG, EXAMPLE_PROJECT, startToolHarness, type ToolHarness } from "@/lib/mcp/test-support";
import { searchIssueEvents } from "./search-issue-events";

let harness: ToolHarness;
beforeAll(async () => (harness = await startToolHarness()));
beforeEach(() => harness.reset());
afterAll(() => harness.close());

const EVENTS_PATH = `/api/0/organizations/${EXAMPLE_ORG}/issues/PUMP-STATION-1/events/`;

describe("search_issue_events", () => {
  it("is a read-only tool", () => {
    expect(searchIssueEvents.annotations).toMatchObject({ readOnlyHint: true, destructiveHint: false, openWorldHint: true });
  });

  it("lists the issue's events with id, date, title, release and environment", async () => {
    const { text, isError } = await harness.run(searchIssueEvents, { organizationSlug: EXAMPLE_ORG, issueId: "PUMP-STATION-1" });
    expect(isError).toBe(false);
    expect(text).toContain("# Events of issue `PUMP-STATION-1` (1)");
    expect(text).toMatch(
      /- `9fac2ceed9344f2bbfdd1fdacb0ed9b1` \[This is an example Python exception\]\(http:\/\/127\.0\.0\.1:\d+\/organizations\/the-interstellar-jurisdiction\/issues\/1889724436\/events\/9fac2ceed9344f2bbfdd1fdacb0ed9b1\/\)/,
    );
    expect(text).toContain(
      "2020-09-11T17:46:36Z · release `17642328ead24b51867165985996d04b29310337` · environment `production` · at `example.py:123`",
    );
  });

  it("sends the search query and page size to Sentry", async () => {
    await harness.run(searchIssueEvents, { organizationSlug: EXAMPLE_ORG, issueId: "PUMP-STATION-1", query: "environment:production", limit: 25 });
    const request = (await harness.requests()).find((r) => r.path === EVENTS_PATH);
    expect(request?.query).toMatchObject({ query: "environment:production", per_page: "25" });
  });

  it("checks the issue's project when one is given", async () => {
    const ok = await harness.run(searchIssueEvents, { organizationSlug: EXAMPLE_ORG, issueId: "PUMP-STATION-1", projectSlug: EXAMPLE_PROJECT });
    expect(ok.isError).toBe(false);
    const refused = await harness.run(searchIssueEvents, { organizationSlug: EXAMPLE_ORG, issueId: "PUMP-STATION-1", projectSlug: "prime-mover" });
    expect(refused).toEqual({
      isError: true,
      text: `Issue PUMP-STATION-1 is not in project prime-mover of organization ${EXAMPLE_ORG} (it belongs to pump-station).`,
    });
  });

  it("says so when no event matches", async () => {
    const { text } = await harness.run(searchIssueEvents, {
      organizationSlug: EXAMPLE_ORG,
      issueId: "PUMP-STATION-1",
      query: "release:9.9.9",
      cursor: "0:100:0",
    });
    expect(text).toBe("No events of issue `PUMP-STATION-1` match `release:9.9.9`. Try a broader query, or none.");
  });

  it("reports a rate limit with the time to wait", async () => {
    await harness.fault({ path: EVENTS_PATH, status: 429, retryAfter: 30 });
    expect(await harness.run(searchIssueEvents, { organizationSlug: EXAMPLE_ORG, issueId: "PUMP-STATION-1" })).toEqual({
      isError: true,
      text: "Sentry rate-limited the request; retry after 30 s.",
    });
  });
});
