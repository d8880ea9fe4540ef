import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { EXAMPLE_ORG, startToolHarness, type ToolHarness } from "@/lib/mcp/test-support";
import { getDashboardDetails } from "./get-dashboard-details";

let harness: ToolHarness;
beforeAll(async () => (harness = await startToolHarness()));
beforeEach(() => harness.reset());
afterAll(() => harness.close());

const DASHBOARD_PATH = `/api/0/organizations/${EXAMPLE_ORG}/dashboards/1/`;

describe("get_dashboard_details", () => {
  it("is a read-only tool", () => {
    expect(getDashboardDetails.annotations).toEqual({ readOnlyHint: true, destructiveHint: false, openWorldHint: true });
  });

  it("shows the dashboard's filters and each widget's display type and query, with a link", async () => {
    const { text, isError } = await harness.run(getDashboardDetails, { organizationSlug: EXAMPLE_ORG, dashboardId: "1" });
    expect(isError).toBe(false);
    expect(text).toContain("# Dashboard Dashboard");
    expect(text).toMatch(/\[Open in Sentry\]\(http:\/\/127\.0\.0\.1:\d+\/organizations\/the-interstellar-jurisdiction\/dashboard\/1\/\)/);
    expect(text).toContain("- **Environments**: `alpha`");
    expect(text).toContain("- **Period**: `7d`");
    expect(text).toContain("## Widgets (1)");
    expect(text).toContain("- **Custom Widget** — `table` of `transaction-like` data");
    expect(text).toContain("  - fields `avg(transaction.duration)`, `transaction`, no filter, sorted by `-avg(transaction.duration)`");
  });

  it("asks Sentry for that dashboard", async () => {
    await harness.run(getDashboardDetails, { organizationSlug: EXAMPLE_ORG, dashboardId: "1" });
    expect((await harness.requests()).map((r) => `${r.method} ${r.path}`)).toContain(`GET ${DASHBOARD_PATH}`);
  });

  it("says so when the dashboard has no widgets", async () => {
    await harness.fault({ path: DASHBOARD_PATH, status: 200, body: { id: "1", title: "Empty board", widgets: [] } });
    const { text } = await harness.run(getDashboardDetails, { organizationSlug: EXAMPLE_ORG, dashboardId: "1" });
    expect(text).toContain("This dashboard has no widgets yet.");
  });

  it("reports an unknown dashboard as an error a model can act on", async () => {
    await harness.fault({ path: DASHBOARD_PATH, status: 404 });
    const { text, isError } = await harness.run(getDashboardDetails, { organizationSlug: EXAMPLE_ORG, dashboardId: "1" });
    expect(isError).toBe(true);
    expect(text).toBe(`Sentry found nothing at ${DASHBOARD_PATH}. Check the organization, project or id.`);
  });

  it("reports an unknown organization", async () => {
    const { text, isError } = await harness.run(getDashboardDetails, { organizationSlug: "no-such-org", dashboardId: "1" });
    expect(isError).toBe(true);
    expect(text).toBe("Sentry found nothing at /api/0/organizations/no-such-org/. Check the organization, project or id.");
  });

  it("names the missing scope when Sentry refuses", async () => {
    await harness.fault({ path: DASHBOARD_PATH, status: 403 });
    const { text, isError } = await harness.run(getDashboardDetails, { organizationSlug: EXAMPLE_ORG, dashboardId: "1" });
    expect(isError).toBe(true);
    expect(text).toBe(`Sentry refused ${DASHBOARD_PATH}: the token lacks the \`org:read\` scope or access to this organization or project.`);
  });
});
