import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { EXAMPLE_ORG, startToolHarness, type ToolHarness } from "@/lib/mcp/test-support";
import { createProject } from "./create-project";

let harness: ToolHarness;
beforeAll(async () => (harness = await startToolHarness()));
beforeEach(() => harness.reset());
afterAll(() => harness.close());

const TEAM = "ancient-gabelers";
const CREATE_PATH = `/api/0/teams/${EXAMPLE_ORG}/${TEAM}/projects/`;
const posted = async () => (await harness.requests()).filter((r) => r.method === "POST" && r.path === CREATE_PATH);

describe("create_project", () => {
  it("is a write tool that removes nothing", () => {
    expect(createProject.annotations).toEqual({ readOnlyHint: false, destructiveHint: false, openWorldHint: true });
  });

  it("creates the project under the team and returns its slug, link and the way to its DSN", async () => {
    const { text, isError } = await harness.run(createProject, {
      organizationSlug: EXAMPLE_ORG,
      teamSlug: TEAM,
      name: "Billing API",
      platform: "python-django",
    });
    expect(isError).toBe(false);
    expect(text).toContain(`# Project created in \`${EXAMPLE_ORG}\``);
    expect(text).toMatch(/\[Billing API\]\(http:\/\/127\.0\.0\.1:\d+\/organizations\/the-interstellar-jurisdiction\/projects\/billing-api\/\)/);
    expect(text).toContain("**Slug**: `billing-api`");
    expect(text).toContain("**Platform**: `python-django`");
    expect(text).toContain(`**Team**: \`${TEAM}\``);
    // Sentry's project body has no DSN: the model is sent to find_dsns with the new slug.
    expect(text).not.toContain("**DSN**");
    expect(text).toContain('call `find_dsns` with `organizationSlug: "the-interstellar-jurisdiction"` and `projectSlug: "billing-api"`');
    const requests = await posted();
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ body: { name: "Billing API", platform: "python-django" }, status: 201 });
  });

  it("sends only the name when no platform or slug is given, and an explicit slug when one is", async () => {
    await harness.run(createProject, { organizationSlug: EXAMPLE_ORG, teamSlug: TEAM, name: "Worker" });
    await harness.run(createProject, { organizationSlug: EXAMPLE_ORG, teamSlug: TEAM, name: "Web App", slug: "web" });
    expect((await posted()).map((r) => r.body)).toEqual([{ name: "Worker" }, { name: "Web App", slug: "web" }]);
  });

  it("names the missing scope when Sentry refuses", async () => {
    await harness.fault({ path: CREATE_PATH, method: "POST", status: 403 });
    const { text, isError } = await harness.run(createProject, { organizationSlug: EXAMPLE_ORG, teamSlug: TEAM, name: "Billing API" });
    expect(isError).toBe(true);
    expect(text).toContain("`project:write`");
  });

  it("reports an unknown organization without creating anything", async () => {
    const { text, isError } = await harness.run(createProject, { organizationSlug: "no-such-org", teamSlug: TEAM, name: "Billing API" });
    expect(isError).toBe(true);
    expect(text).toContain("Sentry found nothing at /api/0/organizations/no-such-org/");
    expect((await harness.requests()).some((r) => r.method === "POST")).toBe(false);
  });
});
