import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { EXAMPLE_ORG, startToolHarness, type ToolHarness } from "@/lib/mcp/test-support";
import { findOrganizations } from "./find-organizations";

let harness: ToolHarness;
beforeAll(async () => (harness = await startToolHarness()));
beforeEach(() => harness.reset());
afterAll(() => harness.close());

describe("find_organizations", () => {
  it("is a read-only tool", () => {
    expect(findOrganizations.annotations).toMatchObject({ readOnlyHint: true, destructiveHint: false });
  });

  it("lists the organizations with their slugs and web links", async () => {
    const { text, isError } = await harness.run(findOrganizations, {});
    expect(isError).toBe(false);
    expect(text).toContain(`\`${EXAMPLE_ORG}\``);
    expect(text).toMatch(/\[The Interstellar Jurisdiction\]\(http/);
    const [request] = await harness.requests();
    expect(request.path).toBe("/api/0/organizations/");
  });

  it("turns a Sentry failure into an error a model can act on", async () => {
    await harness.fault({ path: "/api/0/organizations/", status: 429, retryAfter: 12 });
    expect(await harness.run(findOrganizations, {})).toEqual({
      isError: true,
      text: "Sentry rate-limited the request; retry after 12 s.",
    });
  });
});
