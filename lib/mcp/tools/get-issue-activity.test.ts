import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { EXAMPLE_ORG, EXAMPLE_PROJECT, startToolHarness, type ToolHarness } from "@/lib/mcp/test-support";
import { addIssueNote } from "./add-issue-note";
import { getIssueActivity } from "./get-issue-activity";

let harness: ToolHarness;
beforeAll(async () => (harness = await startToolHarness()));
beforeEach(() => harness.reset());
afterAll(() => harness.close());

const ISSUE_PATH = `/api/0/organizations/${EXAMPLE_ORG}/issues/1/`;
const args = { organizationSlug: EXAMPLE_ORG, issueId: "1" };

const withActivity = (activity: unknown[]) => ({ id: "1", shortId: "PUMP-STATION-1", title: "Boom", project: { id: "2", slug: EXAMPLE_PROJECT }, activity });

describe("get_issue_activity", () => {
  it("is a read-only tool", () => {
    expect(getIssueActivity.annotations).toMatchObject({ readOnlyHint: true, destructiveHint: false, openWorldHint: true });
  });

  it("shows the documented issue's history, linked to its activity page", async () => {
    const { text, isError } = await harness.run(getIssueActivity, args);
    expect(isError).toBe(false);
    expect(text).toContain("# Activity of issue `PUMP-STATION-1`: This is an example Python exception");
    expect(text).toContain("- 2018-11-06T21:19:55Z — Sentry first saw it");
    expect(text).toMatch(/\[Issue activity in Sentry\]\(http:\/\/127\.0\.0\.1:\d+\/organizations\/the-interstellar-jurisdiction\/issues\/1\/activity\/\)/);
    expect((await harness.requests()).some((r) => r.method === "GET" && r.path === ISSUE_PATH)).toBe(true);
  });

  it("shows a note added with add_issue_note first, with its author", async () => {
    await harness.run(addIssueNote, { ...args, text: "Looking into it with *payments*." });
    const { text } = await harness.run(getIssueActivity, args);
    expect(text).toMatch(/- \S+ — Jane Doe commented: “Looking into it with \\\*payments\\\*\.”\n- 2018-11-06T21:19:55Z — Sentry first saw it/);
  });

  it("describes status changes, assignments and regressions in words", async () => {
    const activity = [
      { id: "5", type: "set_resolved_in_release", data: { version: "web@1.2.0" }, dateCreated: "2024-05-05T10:00:00Z", user: { name: "Ana" } },
      { id: "4", type: "assigned", data: { assignee: "3", assigneeEmail: "bo@example.com", assigneeType: "user" }, dateCreated: "2024-05-04T10:00:00Z", user: { name: "Ana" } },
      { id: "3", type: "set_regression", data: { version: "web@1.1.0" }, dateCreated: "2024-05-03T10:00:00Z", user: null },
      { id: "2", type: "set_priority", data: { priority: "high" }, dateCreated: "2024-05-02T10:00:00Z", user: null },
      { id: "1", type: "mark_reviewed", data: {}, dateCreated: "2024-05-01T10:00:00Z", user: { email: "cy@example.com" } },
    ];
    await harness.fault({ path: ISSUE_PATH, match: "exact", status: 200, body: withActivity(activity) });
    const { text } = await harness.run(getIssueActivity, args);
    expect(text).toContain(
      [
        "- 2024-05-05T10:00:00Z — Ana marked it resolved in release `web@1.2.0`",
        "- 2024-05-04T10:00:00Z — Ana assigned it to bo@example.com",
        "- 2024-05-03T10:00:00Z — Sentry saw it regress in release `web@1.1.0`",
        "- 2024-05-02T10:00:00Z — Sentry set its priority to `high`",
        "- 2024-05-01T10:00:00Z — cy@example.com `mark reviewed`",
      ].join("\n"),
    );
  });

  it("shows the newest N and says how many older ones are left out", async () => {
    const activity = [
      { type: "set_unresolved", dateCreated: "2024-05-02T10:00:00Z" },
      { type: "set_resolved", dateCreated: "2024-05-01T10:00:00Z" },
    ];
    await harness.fault({ path: ISSUE_PATH, match: "exact", status: 200, body: withActivity(activity) });
    const { text } = await harness.run(getIssueActivity, { ...args, limit: 1 });
    expect(text).toContain("- 2024-05-02T10:00:00Z — Sentry marked it unresolved");
    expect(text).not.toContain("marked it resolved");
    expect(text).toContain("1 older item not shown; raise `limit` to see it.");
  });

  it("says so when the issue has no activity", async () => {
    await harness.fault({ path: ISSUE_PATH, match: "exact", status: 200, body: withActivity([]) });
    const { text, isError } = await harness.run(getIssueActivity, args);
    expect(isError).toBe(false);
    expect(text).toContain("Issue `PUMP-STATION-1` has no activity yet. Comment on it with `add_issue_note`.");
  });

  it("refuses an issue of another project than the one asked for", async () => {
    const { text, isError } = await harness.run(getIssueActivity, { ...args, projectSlug: "prime-mover" });
    expect(isError).toBe(true);
    expect(text).toBe(`Issue PUMP-STATION-1 is not in project prime-mover of organization ${EXAMPLE_ORG} (it belongs to pump-station).`);
  });

  it("reports an unknown organization as an error a model can act on", async () => {
    const { text, isError } = await harness.run(getIssueActivity, { ...args, organizationSlug: "no-such-org" });
    expect(isError).toBe(true);
    expect(text).toMatch(/Sentry found nothing at \/api\/0\/organizations\/no-such-org\/.*Check the organization/);
  });

  it("names the missing scope when Sentry refuses", async () => {
    await harness.fault({ path: ISSUE_PATH, match: "exact", status: 403 });
    const { text, isError } = await harness.run(getIssueActivity, args);
    expect(isError).toBe(true);
    expect(text).toBe(`Sentry refused ${ISSUE_PATH}: the token lacks the \`event:read\` scope or access to this organization or project.`);
  });
});
