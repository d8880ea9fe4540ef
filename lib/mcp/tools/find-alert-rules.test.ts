import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { EXAMPLE_ORG, startToolHarness, type ToolHarness } from "@/lib/mcp/test-support";
import { findAlertRules } from "./find-alert-rules";

let harness: ToolHarness;
beforeAll(async () => (harness = await startToolHarness()));
beforeEach(() => harness.reset());
afterAll(() => harness.close());

const WORKFLOWS_PATH = `/api/0/organizations/${EXAMPLE_ORG}/workflows/`;

describe("find_alert_rules", () => {
  it("is a read-only tool", () => {
    expect(findAlertRules.annotations).toEqual({ readOnlyHint: true, destructiveHint: false, openWorldHint: true });
  });

  it("says when each alert fires, whom it notifies, how often and when it last fired, with a link", async () => {
    const { text, isError } = await harness.run(findAlertRules, { organizationSlug: EXAMPLE_ORG });
    expect(isError).toBe(false);
    expect(text).toContain(`# Alerts in \`${EXAMPLE_ORG}\` (3)`);
    expect(text).toMatch(
      /- \[Send a notification for high priority issues\]\(http:\/\/127\.0\.0\.1:\d+\/organizations\/the-interstellar-jurisdiction\/monitors\/alerts\/123\/\) \(id `123`\)/,
    );
    expect(text).toContain(
      "— enabled, when new high priority issue or existing high priority issue, then email to issue owners, at most every 30 min per issue, never fired",
    );
    expect(text).toContain("when event frequency count over 100 in 1h, then email to team 1234567890, at most every 24 h per issue");
    expect(text).toContain("when event unique user frequency count over 100 in 1h, then email to user 123456");
  });

  it("sends the project, search, page size and cursor", async () => {
    await harness.run(findAlertRules, { organizationSlug: EXAMPLE_ORG, projectSlug: "pump-station", query: "billing", limit: 10, cursor: "0:10:0" });
    const request = (await harness.requests()).find((r) => r.path === WORKFLOWS_PATH);
    expect(request).toMatchObject({ method: "GET", query: { project: "pump-station", query: "billing", per_page: "10", cursor: "0:10:0" } });
  });

  it("marks disabled alerts and a condition group that must all hold", async () => {
    await harness.fault({
      path: WORKFLOWS_PATH,
      status: 200,
      body: [
        {
          id: "9",
          name: "Slack on regressions",
          enabled: false,
          environment: "production",
          lastTriggered: "2024-06-01T09:00:00Z",
          triggers: { logicType: "any-short", conditions: [{ type: "regression_event", comparison: true }] },
          actionFilters: [
            {
              logicType: "all",
              conditions: [{ type: "level", comparison: 40 }],
              actions: [{ type: "slack", config: { targetType: "specific", targetDisplay: "#alerts", targetIdentifier: "C123" }, status: "active" }],
            },
          ],
          config: { frequency: 5 },
          detectorIds: ["4"],
        },
      ],
    });
    const { text } = await harness.run(findAlertRules, { organizationSlug: EXAMPLE_ORG });
    expect(text).toContain("(1 — 1 disabled)");
    expect(text).toContain(
      "— **disabled**, environment `production`, when regression event; level 40, then slack to #alerts, at most every 5 min per issue, 1 connected monitor, last fired 2024-06-01T09:00:00Z",
    );
  });

  it("says nobody is notified when there are no alerts", async () => {
    await harness.fault({ path: WORKFLOWS_PATH, status: 200, body: [] });
    const { text, isError } = await harness.run(findAlertRules, { organizationSlug: EXAMPLE_ORG });
    expect(isError).toBe(false);
    expect(text).toContain(`No alerts in \`${EXAMPLE_ORG}\`. Nobody is notified of new issues`);
  });

  it("reports an unknown organization", async () => {
    const { text, isError } = await harness.run(findAlertRules, { organizationSlug: "no-such-org" });
    expect(isError).toBe(true);
    expect(text).toBe("Sentry found nothing at /api/0/organizations/no-such-org/. Check the organization, project or id.");
  });

  it("names the missing scope when Sentry refuses", async () => {
    await harness.fault({ path: WORKFLOWS_PATH, status: 403 });
    const { text, isError } = await harness.run(findAlertRules, { organizationSlug: EXAMPLE_ORG });
    expect(isError).toBe(true);
    expect(text).toBe(`Sentry refused ${WORKFLOWS_PATH}: the token lacks the \`alerts:read\` scope or access to this organization or project.`);
  });
});
