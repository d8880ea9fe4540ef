import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { EXAMPLE_ORG, EXAMPLE_PROJECT, startToolHarness, type ToolHarness } from "@/lib/mcp/test-support";
import { findTags } from "./find-tags";

let harness: ToolHarness;
beforeAll(async () => (harness = await startToolHarness()));
beforeEach(() => harness.reset());
afterAll(() => harness.close());

const TAGS_PATH = `/api/0/organizations/${EXAMPLE_ORG}/tags/`;

describe("find_tags", () => {
  it("is a read-only tool", () => {
    expect(findTags.annotations).toEqual({ readOnlyHint: true, destructiveHint: false, openWorldHint: true });
  });

  it("lists tag keys with their names and value counts, most used first", async () => {
    const { text, isError } = await harness.run(findTags, { organizationSlug: EXAMPLE_ORG });
    expect(isError).toBe(false);
    expect(text).toContain(`# Tags in \`${EXAMPLE_ORG}\` (6)`);
    expect(text).toContain("- `environment` — Environment (500 values)");
    expect(text).toContain("- `browser.name` — Browser Name (350 values)");
    expect(text).toContain("- `release` — Release (100 values)");
    expect(text.indexOf("`environment`")).toBeLessThan(text.indexOf("`release`"));
  });

  it("sends the project and dataset to the organization's tags endpoint", async () => {
    await harness.run(findTags, { organizationSlug: EXAMPLE_ORG, projectSlug: EXAMPLE_PROJECT, dataset: "search_issues" });
    const request = (await harness.requests()).find((r) => r.path === TAGS_PATH);
    expect(request).toMatchObject({ method: "GET", query: { project: EXAMPLE_PROJECT, dataset: "search_issues" } });
  });

  it("caps the list and says how many were left out", async () => {
    const { text } = await harness.run(findTags, { organizationSlug: EXAMPLE_ORG, limit: 2 });
    expect(text).toContain("(2 of 6)");
    expect(text).toContain("4 more tag keys not shown");
    expect(text).not.toContain("`release`");
  });

  it("turns a Sentry outage into an error a model can act on", async () => {
    await harness.fault({ path: TAGS_PATH, status: 500 });
    expect(await harness.run(findTags, { organizationSlug: EXAMPLE_ORG })).toEqual({
      isError: true,
      text: `Sentry answered 500 for ${TAGS_PATH}. Try again shortly.`,
    });
  });
});
