import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { EXAMPLE_ORG, EXAMPLE_PROJECT, startToolHarness, type ToolHarness } from "@/lib/mcp/test-support";
import { findUserFeedback } from "./find-user-feedback";

let harness: ToolHarness;
beforeAll(async () => (harness = await startToolHarness()));
beforeEach(() => harness.reset());
afterAll(() => harness.close());

const FEEDBACK_PATH = `/api/0/projects/${EXAMPLE_ORG}/${EXAMPLE_PROJECT}/user-feedback/`;
const args = { organizationSlug: EXAMPLE_ORG, projectSlug: EXAMPLE_PROJECT };

describe("find_user_feedback", () => {
  it("is a read-only tool", () => {
    expect(findUserFeedback.annotations).toMatchObject({ readOnlyHint: true, destructiveHint: false, openWorldHint: true });
  });

  it("lists who wrote what about which event, and where widget feedback is instead", async () => {
    const { text, isError } = await harness.run(findUserFeedback, args);
    expect(isError).toBe(false);
    expect(text).toContain(`# User feedback in \`${EXAMPLE_ORG}/${EXAMPLE_PROJECT}\` (1)`);
    expect(text).toContain("- 2018-11-06T21:20:11.468Z — **Jane Smith** (jane@example.com): “It broke!”\n  - About event `14bad9a2e3774046977a21440ddb39b2`");
    expect(text).toContain("find it with `search_issues` and `issue.category:feedback`");
    expect(text).toMatch(/\[User feedback in Sentry\]\(http:\/\/127\.0\.0\.1:\d+\/organizations\/the-interstellar-jurisdiction\/feedback\/\)/);
    const request = (await harness.requests()).find((r) => r.path === FEEDBACK_PATH);
    expect(request?.method).toBe("GET");
  });

  it("links the issue a report is about, and escapes what the user typed", async () => {
    const body = [{ id: "9", name: "Bo", email: "", comments: "[click](http://evil.example)\nplease", dateCreated: "2024-05-01T10:00:00Z", eventID: "abc", issue: { id: "1", shortId: "PUMP-STATION-1" } }];
    await harness.fault({ path: FEEDBACK_PATH, status: 200, body });
    const { text } = await harness.run(findUserFeedback, args);
    expect(text).toContain("**Bo**: “\\[click\\](http://evil.example) please”");
    expect(text).toMatch(/About issue \[PUMP-STATION-1\]\(http:\/\/127\.0\.0\.1:\d+\/organizations\/the-interstellar-jurisdiction\/issues\/1\/\), event `abc`/);
  });

  it("says so when there is no feedback", async () => {
    await harness.fault({ path: FEEDBACK_PATH, status: 200, body: [] });
    const { text, isError } = await harness.run(findUserFeedback, args);
    expect(isError).toBe(false);
    expect(text).toBe(
      `No user feedback in \`${EXAMPLE_ORG}/${EXAMPLE_PROJECT}\`. Feedback sent with the User Feedback widget is not listed here: find it with \`search_issues\` and \`issue.category:feedback\`.`,
    );
  });

  it("reports an unknown organization as an error a model can act on", async () => {
    const { text, isError } = await harness.run(findUserFeedback, { ...args, organizationSlug: "no-such-org" });
    expect(isError).toBe(true);
    expect(text).toMatch(/Sentry found nothing at \/api\/0\/organizations\/no-such-org\/.*Check the organization/);
  });

  it("names the missing scope when Sentry refuses", async () => {
    await harness.fault({ path: FEEDBACK_PATH, status: 403 });
    const { text, isError } = await harness.run(findUserFeedback, args);
    expect(isError).toBe(true);
    expect(text).toBe(`Sentry refused ${FEEDBACK_PATH}: the token lacks the \`project:read\` scope or access to this organization or project.`);
  });
});
