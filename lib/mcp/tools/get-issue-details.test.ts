import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { EXAMPLE_ORG, startToolHarness, type ToolHarness } from "@/lib/mcp/test-support";
import { getIssueDetails } from "./get-issue-details";

let harness: ToolHarness;
beforeAll(async () => (harness = await startToolHarness()));
beforeEach(() => harness.reset());
afterAll(() => harness.close());

const ISSUE_PATH = `/api/0/organizations/${EXAMPLE_ORG}/issues/PUMP-STATION-1/`;

describe("get_issue_details", () => {
  it("is a read-only tool", () => {
    expect(getIssueDetails.annotations).toMatchObject({ readOnlyHint: true, destructiveHint: false, openWorldHint: true });
  });

  it("shows the key facts, the tags and the latest event's stack trace", async () => {
    const { text, isError } = await harness.run(getIssueDetails, { organizationSlug: EXAMPLE_ORG, issueId: "PUMP-STATION-1" });
    expect(isError).toBe(false);
    expect(text).toMatch(/^# Issue `PUMP-STATION-1`: This is an example Python exception\n/);
    expect(text).toContain("- **Status**: unresolved (ongoing)");
    expect(text).toContain("- **Level**: error");
    expect(text).toContain("- **Project**: Pump Station (`pump-station`)");
    expect(text).toContain("- **First seen**: 2018-11-06T21:19:55Z");
    expect(text).toContain("- **Last seen**: 2018-12-06T21:19:55Z");
    expect(text).toContain("- **Events**: 150");
    expect(text).toContain("- **Users affected**: 12");
    expect(text).toContain("- **Assigned to**: John Doe \\<john.doe@example.com\\> (`user:1`)");
    expect(text).toContain("[Open in Sentry](https://sentry.io/the-interstellar-jurisdiction/pump-station/issues/1/)");
    expect(text).toContain("- `browser` (Browser): 150 events");
    // The latest event: its facts, then the exception and, with no in-app frame, the last frames.
    expect(text).toContain("- **Event id**: `9999aaaaca8b46d797c23c6077c6ff01`");
    expect(text).toContain("- **Environment**: `prod`");
    expect(text).toContain("- **Trace**: `da6caabcd90e45fdb81f6655824a5f88`");
    expect(text).toContain("**ForbiddenError**: GET /organizations/hellboy-meowmeow/users/ 403");
    expect(text).toContain("No frame is marked in-app; the last 2 of 2 frames");
    expect(text).toContain("/usr/src/getsentry/src/sentry/node_modules/@sentry/browser/esm/helpers.js:71:23 in ignoreOnError\n    return fn.apply(this, wrappedArguments);");
  });

  it("returns the issue's event counts and the latest event's stack trace as structured views", async () => {
    const { structured } = await harness.run(getIssueDetails, { organizationSlug: EXAMPLE_ORG, issueId: "PUMP-STATION-1" });
    expect(structured).toEqual({
      views: [
        {
          kind: "time-series",
          title: "Events, last 24 hours",
          unit: "events",
          series: [{ name: "Events", points: [{ time: "2018-11-05T21:00:00.000Z", value: 557 }, { time: "2018-11-05T22:00:00.000Z", value: 473 }] }],
        },
        {
          kind: "time-series",
          title: "Events, last 30 days",
          unit: "events",
          series: [{ name: "Events", points: [{ time: "2018-10-07T00:00:00.000Z", value: 565 }, { time: "2018-10-08T00:00:00.000Z", value: 12862 }] }],
        },
        {
          kind: "stack-trace",
          url: expect.stringMatching(new RegExp(`/organizations/${EXAMPLE_ORG}/issues/1/events/9999aaaaca8b46d797c23c6077c6ff01/$`)),
          exceptions: [
            {
              type: "ForbiddenError",
              value: "GET /organizations/hellboy-meowmeow/users/ 403",
              handled: expect.anything(),
              mechanism: expect.anything(),
              frames: [
                expect.objectContaining({ function: "ignoreOnError", lineNo: 71, colNo: 23, inApp: false, context: [] }),
                expect.objectContaining({ function: "apply", lineNo: 74, colNo: 24, inApp: false, context: [] }),
              ],
              omittedFrames: 0,
            },
          ],
        },
      ],
    });
  });

  it("asks Sentry for the issue and its latest event", async () => {
    await harness.run(getIssueDetails, { organizationSlug: EXAMPLE_ORG, issueId: "PUMP-STATION-1" });
    const paths = (await harness.requests()).map((r) => `${r.method} ${r.path}`);
    expect(paths).toContain(`GET ${ISSUE_PATH}`);
    expect(paths).toContain(`GET ${ISSUE_PATH}events/latest/`);
  });

  it("refuses an issue of another project when a project is given", async () => {
    const { text, isError } = await harness.run(getIssueDetails, { organizationSlug: EXAMPLE_ORG, issueId: "1", projectSlug: "prime-mover" });
    expect(isError).toBe(true);
    expect(text).toBe(`Issue PUMP-STATION-1 is not in project prime-mover of organization ${EXAMPLE_ORG} (it belongs to pump-station).`);
  });

  it("still shows the issue when its latest event is gone", async () => {
    await harness.fault({ path: `${ISSUE_PATH}events/latest/`, status: 404 });
    const { text, isError } = await harness.run(getIssueDetails, { organizationSlug: EXAMPLE_ORG, issueId: "PUMP-STATION-1" });
    expect(isError).toBe(false);
    expect(text).toContain("Sentry has no event to show for this issue");
  });

  it("reports an unknown issue as an error a model can act on", async () => {
    await harness.fault({ path: ISSUE_PATH, status: 404, count: 2 });
    expect(await harness.run(getIssueDetails, { organizationSlug: EXAMPLE_ORG, issueId: "PUMP-STATION-1" })).toEqual({
      isError: true,
      text: `Sentry found nothing at ${ISSUE_PATH}. Check the organization, project or id.`,
    });
  });

  it("reports Sentry being down", async () => {
    await harness.fault({ path: ISSUE_PATH, status: 500, match: "exact" });
    const { text, isError } = await harness.run(getIssueDetails, { organizationSlug: EXAMPLE_ORG, issueId: "PUMP-STATION-1" });
    expect(isError).toBe(true);
    expect(text).toBe(`Sentry answered 500 for ${ISSUE_PATH}. Try again shortly.`);
  });
});
