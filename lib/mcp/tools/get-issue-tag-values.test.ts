import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { EXAMPLE_ORG, startToolHarness, type ToolHarness } from "@/lib/mcp/test-support";
import { getIssueTagValues } from "./get-issue-tag-values";

let harness: ToolHarness;
beforeAll(async () => (harness = await startToolHarness()));
beforeEach(() => harness.reset());
afterAll(() => harness.close());

const TAG_PATH = `/api/0/organizations/${EXAMPLE_ORG}/issues/PUMP-STATION-1/tags/browser/`;
const args = { organizationSlug: EXAMPLE_ORG, issueId: "PUMP-STATION-1", tagKey: "browser" };

describe("get_issue_tag_values", () => {
  it("is a read-only tool", () => {
    expect(getIssueTagValues.annotations).toMatchObject({ readOnlyHint: true, destructiveHint: false, openWorldHint: true });
  });

  it("lists the most common values with counts and percentages of the tagged events", async () => {
    const { text, isError } = await harness.run(getIssueTagValues, args);
    expect(isError).toBe(false);
    expect(text).toMatch(/^# Tag `browser` on issue `PUMP-STATION-1`\n/);
    expect(text).toContain("3 events carry this tag, with 2 distinct values.");
    expect(text).toContain("- `strawberry`: 2 events (67%), last seen 2024-01-01T00:00:00Z\n- `vanilla`: 1 event (33%)");
    expect(text.indexOf("strawberry")).toBeLessThan(text.indexOf("chocolate"));
  });

  it("asks Sentry for the tag's totals and its values, most frequent first", async () => {
    await harness.run(getIssueTagValues, args);
    const requests = await harness.requests();
    expect(requests.some((r) => r.path === TAG_PATH)).toBe(true);
    expect(requests.find((r) => r.path === `${TAG_PATH}values/`)?.query).toMatchObject({ sort: "-count" });
  });

  it("explains an unknown tag or issue", async () => {
    await harness.fault({ path: TAG_PATH, status: 404, match: "exact" });
    expect(await harness.run(getIssueTagValues, args)).toEqual({
      isError: true,
      text: `Sentry found no tag browser on issue PUMP-STATION-1 in organization ${EXAMPLE_ORG} (or no such issue). get_issue_details lists the issue's tag keys.`,
    });
  });

  it("reports Sentry being down", async () => {
    await harness.fault({ path: TAG_PATH, status: 503, count: 2 });
    const { text, isError } = await harness.run(getIssueTagValues, args);
    expect(isError).toBe(true);
    expect(text).toMatch(/^Sentry answered 503 for \/api\/0\/organizations\/.+\/tags\/browser\/(values\/)?\. Try again shortly\.$/);
  });
});
