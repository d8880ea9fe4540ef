import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { EXAMPLE_ORG, startToolHarness, type ToolHarness } from "@/lib/mcp/test-support";
import { getMonitorDetails } from "./get-monitor-details";

let harness: ToolHarness;
beforeAll(async () => (harness = await startToolHarness()));
beforeEach(() => harness.reset());
afterAll(() => harness.close());

const MONITOR_PATH = `/api/0/organizations/${EXAMPLE_ORG}/monitors/cache-warmer/`;

describe("get_monitor_details", () => {
  it("is a read-only tool", () => {
    expect(getMonitorDetails.annotations).toEqual({ readOnlyHint: true, destructiveHint: false, openWorldHint: true });
  });

  it("shows the schedule, status per environment and the latest check-ins, naming the failures", async () => {
    const { text, isError } = await harness.run(getMonitorDetails, { organizationSlug: EXAMPLE_ORG, monitorSlug: "cache-warmer" });
    expect(isError).toBe(false);
    expect(text).toContain("# Cron monitor Cache Warmer");
    expect(text).toMatch(/\[Open in Sentry\]\(http:\/\/127\.0\.0\.1:\d+\/organizations\/the-interstellar-jurisdiction\/crons\/prime-mover\/cache-warmer\/\)/);
    expect(text).toContain("- **Schedule**: every 15 minutes");
    expect(text).toContain("- **Check-in margin**: 2 min");
    expect(text).toContain("- **Max runtime**: 10 min");
    expect(text).toContain("- **Owner**: Powerful Abolitionist");
    expect(text).toContain("- `production` `error`, last check-in 2024-06-01T09:15:03Z, next expected 2024-06-01T09:30:00Z");
    expect(text).toContain("**2 of the last 3 check-ins failed** (`error`, `missed`).");
    expect(text).toContain("- 2024-06-01T09:15:03Z `error` in `production`, took 8 s");
    expect(text).toContain("- 2024-06-01T09:00:00Z `missed` in `production`\n");
    expect(text).toContain("`monitor.slug:cache-warmer`");
  });

  it("reads a crontab schedule with its timezone and says when every check-in was fine", async () => {
    const { text } = await harness.run(getMonitorDetails, { organizationSlug: EXAMPLE_ORG, monitorSlug: "nightly-billing-job" });
    expect(text).toContain("- **Schedule**: crontab `0 2 * * *` in `UTC`");
    expect(text).toContain("All of the last 2 check-ins were fine.");
    expect(text).toContain("- 2024-06-01T02:00:41Z `ok` in `production`, took 41 s");
  });

  it("asks for the monitor, then as many of its check-ins as the limit", async () => {
    await harness.run(getMonitorDetails, { organizationSlug: EXAMPLE_ORG, monitorSlug: "cache-warmer", limit: 5 });
    const requests = (await harness.requests()).filter((r) => r.path.startsWith(MONITOR_PATH));
    expect(requests.map((r) => r.path)).toEqual([MONITOR_PATH, `${MONITOR_PATH}checkins/`]);
    expect(requests[1].query).toMatchObject({ per_page: "5" });
  });

  it("says so when the monitor has no check-ins", async () => {
    await harness.fault({ path: `${MONITOR_PATH}checkins/`, status: 200, body: [] });
    const { text } = await harness.run(getMonitorDetails, { organizationSlug: EXAMPLE_ORG, monitorSlug: "cache-warmer" });
    expect(text).toContain("## Latest check-ins\n\nNo check-ins recorded.");
  });

  it("reports an unknown monitor as an error a model can act on", async () => {
    const path = `/api/0/organizations/${EXAMPLE_ORG}/monitors/no-such-job/`;
    const { text, isError } = await harness.run(getMonitorDetails, { organizationSlug: EXAMPLE_ORG, monitorSlug: "no-such-job" });
    expect(isError).toBe(true);
    expect(text).toBe(`Sentry found nothing at ${path}. Check the organization, project or id.`);
  });

  it("reports an unknown organization", async () => {
    const { text, isError } = await harness.run(getMonitorDetails, { organizationSlug: "no-such-org", monitorSlug: "cache-warmer" });
    expect(isError).toBe(true);
    expect(text).toBe("Sentry found nothing at /api/0/organizations/no-such-org/. Check the organization, project or id.");
  });

  it("names the missing scope when Sentry refuses the check-ins", async () => {
    await harness.fault({ path: `${MONITOR_PATH}checkins/`, status: 403 });
    const { text, isError } = await harness.run(getMonitorDetails, { organizationSlug: EXAMPLE_ORG, monitorSlug: "cache-warmer" });
    expect(isError).toBe(true);
    expect(text).toBe(`Sentry refused ${MONITOR_PATH}checkins/: the token lacks the \`org:read\` scope or access to this organization or project.`);
  });
});
