import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { EXAMPLE_ORG, EXAMPLE_PROJECT, startToolHarness, type ToolHarness } from "@/lib/mcp/test-support";
import { getOrganizationStats } from "./get-organization-stats";

let harness: ToolHarness;
beforeAll(async () => (harness = await startToolHarness()));
beforeEach(() => harness.reset());
afterAll(() => harness.close());

const STATS_PATH = `/api/0/organizations/${EXAMPLE_ORG}/stats_v2/`;

const group = (outcome: string, category: string, series: number[]) => ({
  by: { outcome, category },
  totals: { "sum(quantity)": series.reduce((a, b) => a + b, 0) },
  series: { "sum(quantity)": series },
});

/** Two daily buckets: errors partly rate-limited, a few transactions. */
const TWO_DAYS = {
  start: "2024-05-01T00:00:00Z",
  end: "2024-05-03T00:00:00Z",
  intervals: ["2024-05-01T00:00:00Z", "2024-05-02T00:00:00Z"],
  groups: [group("rate_limited", "error", [0, 25]), group("accepted", "error", [50, 20]), group("accepted", "transaction", [3, 2])],
};

describe("get_organization_stats", () => {
  it("is a read-only tool", () => {
    expect(getOrganizationStats.annotations).toMatchObject({ readOnlyHint: true, destructiveHint: false, openWorldHint: true });
  });

  it("shows the documented counts, asking Sentry by outcome and category, daily over 14 days by default", async () => {
    const { text, isError } = await harness.run(getOrganizationStats, { organizationSlug: EXAMPLE_ORG });
    expect(isError).toBe(false);
    expect(text).toContain(`# Event volume in \`${EXAMPLE_ORG}\`, last 14d`);
    expect(text).toContain("2022-02-14T19:00:00Z to 2022-02-28T18:03:00Z: 165665 in all, 165665 (100%) not accepted.");
    expect(text).toContain("| Category | invalid |\n| --- | --- |\n| all | 165665 |");
    expect(text).toContain("## Per 1d interval\n\n| Interval start | invalid |\n| --- | --- |\n| 2022-02-28T00:00:00Z | 165665 |");
    expect(text).toMatch(/\[Usage stats in Sentry\]\(http:\/\/127\.0\.0\.1:\d+\/organizations\/the-interstellar-jurisdiction\/stats\/\)/);
    const request = (await harness.requests()).find((r) => r.path === STATS_PATH);
    expect(request?.query).toEqual({ groupBy: ["outcome", "category"], field: "sum(quantity)", statsPeriod: "14d", interval: "1d" });
  });

  it("asks for hourly buckets over a short period, for the category asked about", async () => {
    await harness.run(getOrganizationStats, { organizationSlug: EXAMPLE_ORG, period: "24h", category: "error" });
    const request = (await harness.requests()).find((r) => r.path === STATS_PATH);
    expect(request?.query).toMatchObject({ statsPeriod: "24h", interval: "1h", category: "error" });
  });

  it("narrows to one project by its id, which Sentry's stats take instead of a slug", async () => {
    const { text, isError } = await harness.run(getOrganizationStats, { organizationSlug: EXAMPLE_ORG, projectSlug: EXAMPLE_PROJECT });
    expect(isError).toBe(false);
    expect(text).toContain(`# Event volume in \`${EXAMPLE_ORG}\`, project \`${EXAMPLE_PROJECT}\`, last 14d`);
    const project = (await harness.requests()).find((r) => r.path === `/api/0/projects/${EXAMPLE_ORG}/${EXAMPLE_PROJECT}/`);
    const request = (await harness.requests()).find((r) => r.path === STATS_PATH);
    expect(project).toBeDefined();
    expect(request?.query).toMatchObject({ project: expect.stringMatching(/^\d+$/) });
  });

  it("reports an unknown project as an error a model can act on", async () => {
    const { text, isError } = await harness.run(getOrganizationStats, { organizationSlug: EXAMPLE_ORG, projectSlug: "no-such-project" });
    expect(isError).toBe(true);
    expect(text).toContain("no-such-project");
  });

  it("tabulates outcomes by category and per interval, accepted first", async () => {
    await harness.fault({
      path: STATS_PATH,
      status: 200,
      body: TWO_DAYS,
    });
    const { text } = await harness.run(getOrganizationStats, { organizationSlug: EXAMPLE_ORG, period: "2d", interval: "1d" });
    expect(text).toContain("100 in all, 25 (25%) not accepted.");
    expect(text).toContain("| Category | accepted | rate limited |\n| --- | --- | --- |\n| error | 70 | 25 |\n| transaction | 5 | 0 |");
    expect(text).toContain("| 2024-05-01T00:00:00Z | 53 | 0 |\n| 2024-05-02T00:00:00Z | 22 | 25 |");
  });

  it("returns the period as a chart, one stacked series per outcome, accepted first", async () => {
    await harness.fault({
      path: STATS_PATH,
      status: 200,
      body: TWO_DAYS,
    });
    const { structured } = await harness.run(getOrganizationStats, { organizationSlug: EXAMPLE_ORG, period: "2d", interval: "1d" });
    expect(structured).toEqual({
      views: [
        {
          kind: "time-series",
          title: `Event volume in ${EXAMPLE_ORG}, last 2d, per 1d`,
          unit: "events",
          series: [
            { name: "accepted", points: [{ time: "2024-05-01T00:00:00.000Z", value: 53 }, { time: "2024-05-02T00:00:00.000Z", value: 22 }] },
            { name: "rate limited", points: [{ time: "2024-05-01T00:00:00.000Z", value: 0 }, { time: "2024-05-02T00:00:00.000Z", value: 25 }] },
          ],
        },
      ],
    });
  });

  it("says when nothing arrived in the period", async () => {
    await harness.fault({ path: STATS_PATH, status: 200, body: { start: "2024-05-01T00:00:00Z", end: "2024-05-02T00:00:00Z", intervals: [], groups: [] } });
    const { text, isError } = await harness.run(getOrganizationStats, { organizationSlug: EXAMPLE_ORG, period: "24h", category: "replay" });
    expect(isError).toBe(false);
    expect(text).toContain("Sentry received no replay events in this period. Check that the SDKs have a DSN and send events, or try a longer `period`.");
  });

  it("refuses a period Sentry cannot read", async () => {
    await expect( harness.run(getOrganizationStats, { organizationSlug: EXAMPLE_ORG, period: "last week" })).rejects.toThrow(/`24h`, `14d` or `4w`/);
  });

  it("reports an unknown organization as an error a model can act on", async () => {
    const { text, isError } = await harness.run(getOrganizationStats, { organizationSlug: "no-such-org" });
    expect(isError).toBe(true);
    expect(text).toMatch(/Sentry found nothing at \/api\/0\/organizations\/no-such-org\/.*Check the organization/);
  });

  it("names the missing scope when Sentry refuses", async () => {
    await harness.fault({ path: STATS_PATH, status: 403 });
    const { text, isError } = await harness.run(getOrganizationStats, { organizationSlug: EXAMPLE_ORG });
    expect(isError).toBe(true);
    expect(text).toBe(`Sentry refused ${STATS_PATH}: the token lacks the \`org:read\` scope or access to this organization or project.`);
  });
});
