import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { EXAMPLE_ORG, startToolHarness, type ToolHarness } from "@/lib/mcp/test-support";
import { findReplays } from "./find-replays";

let harness: ToolHarness;
beforeAll(async () => (harness = await startToolHarness()));
beforeEach(() => harness.reset());
afterAll(() => harness.close());

const REPLAYS_PATH = `/api/0/organizations/${EXAMPLE_ORG}/replays/`;

describe("find_replays", () => {
  it("is a read-only tool", () => {
    expect(findReplays.annotations).toEqual({ readOnlyHint: true, destructiveHint: false, openWorldHint: true });
  });

  it("lists each replay's user, duration, errors, clicks and first page with a link to watch it", async () => {
    const { text, isError } = await harness.run(findReplays, { organizationSlug: EXAMPLE_ORG });
    expect(isError).toBe(false);
    expect(text).toContain(`# Replays in \`${EXAMPLE_ORG}\` over \`7d\` (1)`);
    expect(text).toMatch(
      /- \[John Doe\]\(http:\/\/127\.0\.0\.1:\d+\/organizations\/the-interstellar-jurisdiction\/replays\/7e07485f-12f9-416b-8b14-26260799b51f\/\) \(`7e07485f-12f9-416b-8b14-26260799b51f`\)/,
    );
    expect(text).toContain(
      "— 9 min 36 s, 1 error, 1 rage click, 6 dead clicks, started 2022-07-07T14:05:57.909Z, `production`, Chome 103.0.38 on iOS 16.2, from `/organizations/abc123/issues`",
    );
    expect(text).toContain("call `get_replay_details` with its id");
  });

  it("sends the project, environment, query, period, newest-first order and page", async () => {
    await harness.run(findReplays, {
      organizationSlug: EXAMPLE_ORG,
      projectSlug: "pump-station",
      environment: "production",
      query: "count_errors:>0",
      statsPeriod: "24h",
      limit: 5,
      cursor: "0:5:0",
    });
    const request = (await harness.requests()).find((r) => r.path === REPLAYS_PATH);
    expect(request).toMatchObject({
      method: "GET",
      query: { project: "pump-station", environment: "production", query: "count_errors:>0", statsPeriod: "24h", sort: "-started_at", per_page: "5", cursor: "0:5:0" },
    });
  });

  it("offers the next page when a page comes back full", async () => {
    const { text } = await harness.run(findReplays, { organizationSlug: EXAMPLE_ORG, limit: 1 });
    expect(text).toContain('call again with `cursor: "0:1:0"` for the next page');
  });

  it("suggests widening the search when nothing matches", async () => {
    await harness.fault({ path: REPLAYS_PATH, status: 200, body: { data: [] } });
    const { text, isError } = await harness.run(findReplays, { organizationSlug: EXAMPLE_ORG, query: "user.email:nobody@example.com" });
    expect(isError).toBe(false);
    expect(text).toBe(`No replay in \`${EXAMPLE_ORG}\` over \`7d\` matches. Try a longer \`statsPeriod\` or a looser \`query\`.`);
  });

  it("reports an unknown organization", async () => {
    const { text, isError } = await harness.run(findReplays, { organizationSlug: "no-such-org" });
    expect(isError).toBe(true);
    expect(text).toBe("Sentry found nothing at /api/0/organizations/no-such-org/. Check the organization, project or id.");
  });

  it("names the missing scope when Sentry refuses", async () => {
    await harness.fault({ path: REPLAYS_PATH, status: 403 });
    const { text, isError } = await harness.run(findReplays, { organizationSlug: EXAMPLE_ORG });
    expect(isError).toBe(true);
    expect(text).toBe(`Sentry refused ${REPLAYS_PATH}: the token lacks the \`event:read\` scope or access to this organization or project.`);
  });
});
