import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { EXAMPLE_ORG, EXAMPLE_PROJECT, startToolHarness, type ToolHarness } from "@/lib/mcp/test-support";
import { getEventBreadcrumbs } from "./get-event-breadcrumbs";

let harness: ToolHarness;
beforeAll(async () => (harness = await startToolHarness()));
beforeEach(() => harness.reset());
afterAll(() => harness.close());

const EVENT_ID = "9999aaaaca8b46d797c23c6077c6ff01";
const EVENT_PATH = `/api/0/projects/${EXAMPLE_ORG}/${EXAMPLE_PROJECT}/events/${EVENT_ID}/`;
const args = { organizationSlug: EXAMPLE_ORG, projectSlug: EXAMPLE_PROJECT, eventId: EVENT_ID };

describe("get_event_breadcrumbs", () => {
  it("is a read-only tool", () => {
    expect(getEventBreadcrumbs.annotations).toMatchObject({ readOnlyHint: true, destructiveHint: false, openWorldHint: true });
  });

  it("lists the documented event's breadcrumbs oldest first, with time, level, category and what happened", async () => {
    const { text, isError } = await harness.run(getEventBreadcrumbs, args);
    expect(isError).toBe(false);
    expect(text).toContain(`# Breadcrumbs of event \`${EVENT_ID}\`: This is an example Python exception`);
    expect(text).toContain("All 3, oldest first; the event happened at 2020-06-17T22:26:56.098Z.");
    expect(text).toContain(
      [
        "- 2020-06-17T22:26:55.266Z **debug** `tracing` \\[Tracing\\] pushActivity: idleTransactionStarted#1",
        "- 2020-06-17T22:26:55.619Z `xhr` GET /api/0/internal/health/ → 200",
        "- 2020-06-17T22:26:55.945Z `sentry.transaction` 7787a027f3fb46c985aaa2287b3f4d09",
      ].join("\n"),
    );
    expect(text).toMatch(/\[Open the event in Sentry\]\(http:\/\/127\.0\.0\.1:\d+\/organizations\/the-interstellar-jurisdiction\/projects\/pump-station\/events\/9999aaaaca8b46d797c23c6077c6ff01\/\)/);
    expect((await harness.requests()).some((r) => r.method === "GET" && r.path === EVENT_PATH)).toBe(true);
  });

  it("keeps only the last N breadcrumbs", async () => {
    const { text } = await harness.run(getEventBreadcrumbs, { ...args, limit: 1 });
    expect(text).toContain("The last 1 of 3, oldest first");
    expect(text).toContain("`sentry.transaction`");
    expect(text).not.toContain("`xhr`");
  });

  it("reads epoch-second timestamps and escapes Markdown in messages", async () => {
    const crumbs = [{ timestamp: 1718000000.5, category: "console", level: "error", message: "[boom](http://evil.example) *now*" }];
    await harness.fault({ path: EVENT_PATH, status: 200, body: { eventID: EVENT_ID, entries: [{ type: "breadcrumbs", data: { values: crumbs } }] } });
    const { text } = await harness.run(getEventBreadcrumbs, args);
    expect(text).toContain("- 2024-06-10T06:13:20.500Z **error** `console` \\[boom\\](http://evil.example) \\*now\\*");
  });

  it("says so when the event has no breadcrumbs", async () => {
    await harness.fault({ path: EVENT_PATH, status: 200, body: { eventID: EVENT_ID, title: "Boom", entries: [] } });
    const { text, isError } = await harness.run(getEventBreadcrumbs, args);
    expect(isError).toBe(false);
    expect(text).toContain(`Event \`${EVENT_ID}\`: Boom has no breadcrumbs: the SDK recorded none, or they were turned off (\`maxBreadcrumbs: 0\`).`);
  });

  it("reports an unknown organization as an error a model can act on", async () => {
    const { text, isError } = await harness.run(getEventBreadcrumbs, { ...args, organizationSlug: "no-such-org" });
    expect(isError).toBe(true);
    expect(text).toMatch(/Sentry found nothing at \/api\/0\/organizations\/no-such-org\/.*Check the organization/);
  });

  it("names the missing scope when Sentry refuses", async () => {
    await harness.fault({ path: EVENT_PATH, status: 403 });
    const { text, isError } = await harness.run(getEventBreadcrumbs, args);
    expect(isError).toBe(true);
    expect(text).toBe(`Sentry refused ${EVENT_PATH}: the token lacks the \`event:read\` scope or access to this organization or project.`);
  });
});
