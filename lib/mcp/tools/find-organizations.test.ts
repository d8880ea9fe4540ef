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

describe("find_organizations under an organization allowlist", () => {
  it("lists only the allowed organizations, and org-scoped tools refuse the others", async () => {
    const { createSentryClient } = await import("@/lib/sentry/client");
    const { runTool } = await import("@/lib/mcp/run-tool");
    const { findProjects } = await import("./find-projects");
    const sentry = createSentryClient({
      baseUrl: harness.standIn.url,
      token: harness.standIn.demoToken,
      allowsOrganization: (organization) => organization === "acme",
    });
    const listed = await runTool(findOrganizations, {}, { sentry });
    expect(listed.content[0].text).toBe("You do not belong to any Sentry organization.");
    const refused = await runTool(findProjects, { organizationSlug: EXAMPLE_ORG }, { sentry });
    expect(refused.isError).toBe(true);
    expect(refused.content[0].text).toContain("not available in this Sentry Chat");
    expect((await harness.requests()).some((r) => r.path.includes("/projects/"))).toBe(false);
  });
});
