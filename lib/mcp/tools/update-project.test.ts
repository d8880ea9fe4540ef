import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { EXAMPLE_ORG, EXAMPLE_PROJECT, startToolHarness, type ToolHarness } from "@/lib/mcp/test-support";
import { updateProject } from "./update-project";

let harness: ToolHarness;
beforeAll(async () => (harness = await startToolHarness()));
beforeEach(() => harness.reset());
afterAll(() => harness.close());

const PROJECT_PATH = `/api/0/projects/${EXAMPLE_ORG}/${EXAMPLE_PROJECT}/`;
const puts = async () => (await harness.requests()).filter((r) => r.method === "PUT");

describe("update_project", () => {
  it("is a write tool that overwrites data", () => {
    expect(updateProject.annotations).toEqual({ readOnlyHint: false, destructiveHint: true, openWorldHint: true });
  });

  it("sends only the fields to change and shows the project as Sentry now has it", async () => {
    const { text, isError } = await harness.run(updateProject, {
      organizationSlug: EXAMPLE_ORG,
      projectSlug: EXAMPLE_PROJECT,
      name: "Pump Station v2",
      platform: "python-fastapi",
    });
    expect(isError).toBe(false);
    expect(text).toContain(`# Project \`${EXAMPLE_PROJECT}\` updated in \`${EXAMPLE_ORG}\``);
    expect(text).toContain("Changed: name → Pump Station v2; platform → `python-fastapi`.");
    expect(text).toMatch(/\*\*Name\*\*: \[Pump Station v2\]\(http:\/\/127\.0\.0\.1:\d+\/organizations\/the-interstellar-jurisdiction\/projects\/pump-station\/\)/);
    expect(text).toContain("**Platform**: `python-fastapi`");
    expect(text).not.toContain("use it instead of");
    const requests = await puts();
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ path: PROJECT_PATH, body: { name: "Pump Station v2", platform: "python-fastapi" }, status: 200 });
  });

  it("tells the model to use the new slug after a rename", async () => {
    const { text } = await harness.run(updateProject, { organizationSlug: EXAMPLE_ORG, projectSlug: EXAMPLE_PROJECT, slug: "pumps" });
    expect(text).toContain("The project's slug is now `pumps`: use it instead of `pump-station` in later calls.");
    expect((await puts())[0].body).toEqual({ slug: "pumps" });
  });

  it("refuses a call that changes nothing, without calling Sentry", async () => {
    expect(await harness.run(updateProject, { organizationSlug: EXAMPLE_ORG, projectSlug: EXAMPLE_PROJECT })).toEqual({
      isError: true,
      text: "Nothing to change: give at least one of `name`, `slug` or `platform`.",
    });
    expect(await puts()).toHaveLength(0);
  });

  it("reports an unknown project", async () => {
    const { text, isError } = await harness.run(updateProject, { organizationSlug: EXAMPLE_ORG, projectSlug: "no-such-project", name: "X" });
    expect(isError).toBe(true);
    expect(text).toBe(`Sentry found nothing at /api/0/projects/${EXAMPLE_ORG}/no-such-project/. Check the organization, project or id.`);
  });

  it("names the missing scope when Sentry refuses", async () => {
    await harness.fault({ path: PROJECT_PATH, method: "PUT", status: 403 });
    const { text, isError } = await harness.run(updateProject, { organizationSlug: EXAMPLE_ORG, projectSlug: EXAMPLE_PROJECT, name: "X" });
    expect(isError).toBe(true);
    expect(text).toContain("`project:write`");
  });
});
