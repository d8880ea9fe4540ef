import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { EXAMPLE_ORG, EXAMPLE_PROJECT, startToolHarness, type ToolHarness } from "@/lib/mcp/test-support";
import { getIssueDetails } from "./get-issue-details";
import { updateIssue } from "./update-issue";

let harness: ToolHarness;
beforeAll(async () => (harness = await startToolHarness()));
beforeEach(() => harness.reset());
afterAll(() => harness.close());

const ISSUE_PATH = `/api/0/organizations/${EXAMPLE_ORG}/issues/PUMP-STATION-1/`;
const base = { organizationSlug: EXAMPLE_ORG, issueId: "PUMP-STATION-1" };

async function puts() {
  return (await harness.requests()).filter((r) => r.method === "PUT");
}

describe("update_issue", () => {
  it("is a destructive write tool", () => {
    expect(updateIssue.annotations).toEqual({ readOnlyHint: false, destructiveHint: true, openWorldHint: true });
  });

  it("resolves an issue in the next release and shows the resulting status", async () => {
    const { text, isError } = await harness.run(updateIssue, { ...base, status: "resolvedInNextRelease" });
    expect(isError).toBe(false);
    expect(text).toMatch(/^# Updated issue `PUMP-STATION-1`\n/);
    expect(text).toContain("- **Status**: resolved (in the next release)");
    expect(text).toContain("[This is an example Python exception](https://sentry.io/the-interstellar-jurisdiction/pump-station/issues/1/)");
    expect(await puts()).toEqual([expect.objectContaining({ path: ISSUE_PATH, body: { status: "resolvedInNextRelease" } })]);
  });

  it("assigns the issue to a user, and a later look shows it", async () => {
    const { text } = await harness.run(updateIssue, { ...base, assignedTo: "user:1" });
    expect(text).toContain("- **Assigned to**: Jane Doe \\<jane@example.com\\> (`user:1`)");
    expect((await puts())[0].body).toEqual({ assignedTo: "user:1" });
    const details = await harness.run(getIssueDetails, base);
    expect(details.text).toContain("- **Assigned to**: Jane Doe");
  });

  it("ignores for a number of minutes and assigns to a team in one call", async () => {
    const { text } = await harness.run(updateIssue, { ...base, status: "ignored", ignoreDuration: 60, assignedTo: "team:48531" });
    expect((await puts())[0].body).toEqual({
      status: "ignored",
      statusDetails: { ignoreDuration: 60 },
      substatus: "archived_until_condition_met",
      assignedTo: "team:48531",
    });
    expect(text).toContain("- **Status**: ignored (for 60 min, archived until condition met)");
    expect(text).toContain("- **Assigned to**: team ancient-gabelers (`team:48531`)");
  });

  it("unassigns with an empty string", async () => {
    const { text } = await harness.run(updateIssue, { ...base, assignedTo: "" });
    expect((await puts())[0].body).toEqual({ assignedTo: "" });
    expect(text).toContain("- **Assigned to**: unassigned");
  });

  it("refuses a call without any change, and ignoreDuration without ignored, before asking Sentry", async () => {
    expect(await harness.run(updateIssue, base)).toEqual({
      isError: true,
      text: "Nothing to update: give a `status`, an `assignedTo`, or both.",
    });
    expect(await harness.run(updateIssue, { ...base, status: "resolved", ignoreDuration: 5 })).toEqual({
      isError: true,
      text: '`ignoreDuration` only applies with `status: "ignored"`.',
    });
    expect(await puts()).toEqual([]);
  });

  it("refuses an issue of another project without changing it", async () => {
    const { text, isError } = await harness.run(updateIssue, { ...base, projectSlug: "prime-mover", status: "resolved" });
    expect(isError).toBe(true);
    expect(text).toContain("is not in project prime-mover");
    expect(await puts()).toEqual([]);
    const ok = await harness.run(updateIssue, { ...base, projectSlug: EXAMPLE_PROJECT, status: "resolved" });
    expect(ok.text).toContain("- **Status**: resolved");
  });

  it("explains an assignee Sentry does not know", async () => {
    const { text, isError } = await harness.run(updateIssue, { ...base, assignedTo: "nobody@example.com" });
    expect(isError).toBe(true);
    expect(text).toBe(
      "Sentry rejected the update of issue PUMP-STATION-1. Check `assignedTo`: use `user:<id>`, `team:<id>`, or the username or email of a member of the organization.",
    );
  });

  it("names the event:write scope when the token lacks it", async () => {
    await harness.fault({ path: ISSUE_PATH, method: "PUT", status: 403 });
    expect(await harness.run(updateIssue, { ...base, status: "resolved" })).toEqual({
      isError: true,
      text: `Sentry refused ${ISSUE_PATH}: the token lacks the \`event:write\` scope or access to this organization or project.`,
    });
  });
});
