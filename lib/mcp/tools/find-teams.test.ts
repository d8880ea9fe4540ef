import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { EXAMPLE_ORG, startToolHarness, type ToolHarness } from "@/lib/mcp/test-support";
import { findTeams } from "./find-teams";

let harness: ToolHarness;
beforeAll(async () => (harness = await startToolHarness()));
beforeEach(() => harness.reset());
afterAll(() => harness.close());

const TEAMS_PATH = `/api/0/organizations/${EXAMPLE_ORG}/teams/`;

describe("find_teams", () => {
  it("is a read-only tool", () => {
    expect(findTeams.annotations).toMatchObject({ readOnlyHint: true, destructiveHint: false, openWorldHint: true });
  });

  it("lists the teams with slugs, member counts, projects and settings links", async () => {
    const { text, isError } = await harness.run(findTeams, { organizationSlug: EXAMPLE_ORG });
    expect(isError).toBe(false);
    expect(text).toContain(`# Teams in \`${EXAMPLE_ORG}\` (2)`);
    expect(text).toMatch(/\[Ancient Gabelers\]\(http:\/\/127\.0\.0\.1:\d+\/settings\/the-interstellar-jurisdiction\/teams\/ancient-gabelers\/\) — slug `ancient-gabelers`, 2 members/);
    expect(text).toContain("slug `powerful-abolitionist`, 5 members");
    expect(text).toContain("Projects: `prime-mover`, `the-spoiled-yoghurt`");
    expect(text).not.toContain("More results exist");
  });

  it("sends the filter, page size and cursor to the organization's teams endpoint", async () => {
    await harness.run(findTeams, { organizationSlug: EXAMPLE_ORG, query: "aboli", limit: 10 });
    const request = (await harness.requests()).find((r) => r.path === TEAMS_PATH);
    expect(request).toMatchObject({ method: "GET", query: { query: "aboli", per_page: "10" } });
  });

  it("says so when a later page is empty", async () => {
    const { text, isError } = await harness.run(findTeams, { organizationSlug: EXAMPLE_ORG, cursor: "0:100:0" });
    expect(isError).toBe(false);
    expect(text).toMatch(/^No more teams in `the-interstellar-jurisdiction`/);
    const request = (await harness.requests()).find((r) => r.path === TEAMS_PATH);
    expect(request?.query.cursor).toBe("0:100:0");
  });

  it("names the missing scope when Sentry refuses", async () => {
    await harness.fault({ path: TEAMS_PATH, status: 403 });
    const { text, isError } = await harness.run(findTeams, { organizationSlug: EXAMPLE_ORG });
    expect(isError).toBe(true);
    expect(text).toContain("`team:read`");
  });

  it("reports an unknown organization", async () => {
    const { text, isError } = await harness.run(findTeams, { organizationSlug: "no-such-org" });
    expect(isError).toBe(true);
    expect(text).toContain("Sentry found nothing at /api/0/organizations/no-such-org/");
  });
});
