import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { EXAMPLE_ORG, startToolHarness, type ToolHarness } from "@/lib/mcp/test-support";
import { findMonitors } from "./find-monitors";

let harness: ToolHarness;
beforeAll(async () => (harness = await startToolHarness()));
beforeEach(() => harness.reset());
afterAll(() => harness.close());

const MONITORS_PATH = `/api/0/organizations/${EXAMPLE_ORG}/monitors/`;

describe("find_monitors", () => {
  it("is a read-only tool", () => {
    expect(findMonitors.annotations).toEqual({ readOnlyHint: true, destructiveHint: false, openWorldHint: true });
  });

  it("lists the monitors with status, schedule, last check-in and a link, failing ones first named", async () => {
    const { text, isError } = await harness.run(findMonitors, { organizationSlug: EXAMPLE_ORG });
    expect(isError).toBe(false);
    expect(text).toContain(`# Cron monitors in \`${EXAMPLE_ORG}\` (2)`);
    expect(text).toContain("**1 failing:** `cache-warmer`");
    expect(text).toMatch(
      /- \[Nightly Billing Job\]\(http:\/\/127\.0\.0\.1:\d+\/organizations\/the-interstellar-jurisdiction\/crons\/prime-mover\/nightly-billing-job\/\) — slug `nightly-billing-job`, project `prime-mover`, crontab `0 2 \* \* \*` in `UTC`/,
    );
    expect(text).toContain("  - `production` `ok`, last check-in 2024-06-01T02:00:41Z, next expected 2024-06-02T02:00:00Z");
    expect(text).toContain("slug `cache-warmer`, project `prime-mover`, every 15 minutes");
    expect(text).toContain("  - `production` `error`, last check-in 2024-06-01T09:15:03Z");
  });

  it("sends the project, query, page size and cursor to the organization's monitors endpoint", async () => {
    await harness.run(findMonitors, { organizationSlug: EXAMPLE_ORG, projectSlug: "prime-mover", query: "billing", limit: 10, cursor: "0:0:0" });
    const request = (await harness.requests()).find((r) => r.path === MONITORS_PATH);
    expect(request).toMatchObject({ method: "GET", query: { project: "prime-mover", query: "billing", per_page: "10", cursor: "0:0:0" } });
  });

  it("caps the list at the limit", async () => {
    const { text } = await harness.run(findMonitors, { organizationSlug: EXAMPLE_ORG, limit: 1 });
    expect(text).toContain("(1)");
    expect(text).not.toContain("Cache Warmer");
  });

  it("names the missing scope when Sentry refuses", async () => {
    await harness.fault({ path: MONITORS_PATH, status: 403 });
    const { text, isError } = await harness.run(findMonitors, { organizationSlug: EXAMPLE_ORG });
    expect(isError).toBe(true);
    expect(text).toBe(`Sentry refused ${MONITORS_PATH}: the token lacks the \`org:read\` scope or access to this organization or project.`);
  });
});
