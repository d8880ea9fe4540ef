import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { EXAMPLE_ORG, startToolHarness, type ToolHarness } from "@/lib/mcp/test-support";
import { addIssueNote } from "./add-issue-note";
import { getIssueDetails } from "./get-issue-details";

let harness: ToolHarness;
beforeAll(async () => (harness = await startToolHarness()));
beforeEach(() => harness.reset());
afterAll(() => harness.close());

const NOTES_PATH = `/api/0/organizations/${EXAMPLE_ORG}/issues/PUMP-STATION-1/comments/`;
const base = { organizationSlug: EXAMPLE_ORG, issueId: "PUMP-STATION-1" };

describe("add_issue_note", () => {
  it("is a write tool that removes nothing", () => {
    expect(addIssueNote.annotations).toEqual({ readOnlyHint: false, destructiveHint: false, openWorldHint: true });
  });

  it("posts the note and confirms it with its id", async () => {
    const { text, isError } = await harness.run(addIssueNote, { ...base, text: "  Investigating with the *payments* team.  " });
    expect(isError).toBe(false);
    const posts = (await harness.requests()).filter((r) => r.method === "POST");
    expect(posts).toEqual([expect.objectContaining({ path: NOTES_PATH, body: { text: "Investigating with the *payments* team." } })]);
    expect(text).toMatch(/^# Note added to issue `PUMP-STATION-1`\n/);
    expect(text).toMatch(/- \*\*Note id\*\*: `\d+`/);
    expect(text).toContain("- **Author**: Jane Doe");
    expect(text).toMatch(/\[Issue activity in Sentry\]\(http:\/\/127\.0\.0\.1:\d+\/organizations\/the-interstellar-jurisdiction\/issues\/PUMP-STATION-1\/activity\/\)/);
    expect(text).toContain("> Investigating with the \\*payments\\* team.");
    // Sentry counts it: the issue now has one comment.
    expect((await harness.run(getIssueDetails, base)).text).toContain("- **Comments**: 1");
  });

  it("accepts only notes of 1 to 5000 characters", () => {
    const schema = z.object(addIssueNote.inputSchema);
    expect(schema.safeParse({ ...base, text: "   " }).success).toBe(false);
    expect(schema.safeParse({ ...base, text: "x".repeat(5001) }).success).toBe(false);
    expect(schema.safeParse({ ...base, text: "x".repeat(5000) }).success).toBe(true);
  });

  it("names the event:write scope when the token lacks it", async () => {
    await harness.fault({ path: NOTES_PATH, method: "POST", status: 403 });
    expect(await harness.run(addIssueNote, { ...base, text: "hello" })).toEqual({
      isError: true,
      text: `Sentry refused ${NOTES_PATH}: the token lacks the \`event:write\` scope or access to this organization or project.`,
    });
  });

  it("reports an unknown issue", async () => {
    await harness.fault({ path: NOTES_PATH, method: "POST", status: 404 });
    const { text, isError } = await harness.run(addIssueNote, { ...base, text: "hello" });
    expect(isError).toBe(true);
    expect(text).toBe(`Sentry found nothing at ${NOTES_PATH}. Check the organization, project or id.`);
  });
});
