import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { EXAMPLE_ORG, startToolHarness, type ToolHarness } from "@/lib/mcp/test-support";
import { findDashboards } from "./find-dashboards";

let harness: ToolHarness;
beforeAll(async () => (harness = await startToolHarness()));
beforeEach(() => harness.reset());
afterAll(() => harness.close());

const DASHBOARDS_PATH = `/api/0/organizations/${EXAMPLE_ORG}/dashboards/`;

describe("find_dashboards", () => {
  it("is a read-only tool", () => {
    expect(findDashboards.annotations).toEqual({ readOnlyHint: true, destructiveHint: false, openWorldHint: true });
  });

  it("lists the dashboards with id, environments, creator and a link, then points to their details", async () => {
    const { text, isError } = await harness.run(findDashboards, { organizationSlug: EXAMPLE_ORG });
    expect(isError).toBe(false);
    expect(text).toContain(`# Dashboards in \`${EXAMPLE_ORG}\` (2)`);
    expect(text).toMatch(
      /- \[Dashboard\]\(http:\/\/127\.0\.0\.1:\d+\/organizations\/the-interstellar-jurisdiction\/dashboard\/1\/\) — id `1`, environment `alpha`, by Admin, created 2024-06-20T14:38:03\.498Z/,
    );
    expect(text).toContain("dashboard/2/) — id `2`");
    expect(text).toContain("call `get_dashboard_details` with its id");
  });

  it("sends the page size and cursor", async () => {
    await harness.run(findDashboards, { organizationSlug: EXAMPLE_ORG, limit: 10, cursor: "0:10:0" });
    const request = (await harness.requests()).find((r) => r.path === DASHBOARDS_PATH);
    expect(request).toMatchObject({ method: "GET", query: { per_page: "10", cursor: "0:10:0" } });
  });

  it("says where dashboards come from when there are none", async () => {
    await harness.fault({ path: DASHBOARDS_PATH, status: 200, body: [] });
    const { text, isError } = await harness.run(findDashboards, { organizationSlug: EXAMPLE_ORG });
    expect(isError).toBe(false);
    expect(text).toContain(`No custom dashboards in \`${EXAMPLE_ORG}\`.`);
  });

  it("reports an unknown organization as an error a model can act on", async () => {
    const { text, isError } = await harness.run(findDashboards, { organizationSlug: "no-such-org" });
    expect(isError).toBe(true);
    expect(text).toBe("Sentry found nothing at /api/0/organizations/no-such-org/. Check the organization, project or id.");
  });

  it("names the missing scope when Sentry refuses", async () => {
    await harness.fault({ path: DASHBOARDS_PATH, status: 403 });
    const { text, isError } = await harness.run(findDashboards, { organizationSlug: EXAMPLE_ORG });
    expect(isError).toBe(true);
    expect(text).toBe(`Sentry refused ${DASHBOARDS_PATH}: the token lacks the \`org:read\` scope or access to this organization or project.`);
  });
});
