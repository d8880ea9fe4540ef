import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { EXAMPLE_ORG, EXAMPLE_PROJECT, startToolHarness, type ToolHarness } from "@/lib/mcp/test-support";
import { findEnvironments } from "./find-environments";

let harness: ToolHarness;
beforeAll(async () => (harness = await startToolHarness()));
beforeEach(() => harness.reset());
afterAll(() => harness.close());

const ORG_PATH = `/api/0/organizations/${EXAMPLE_ORG}/environments/`;
const PROJECT_PATH = `/api/0/projects/${EXAMPLE_ORG}/${EXAMPLE_PROJECT}/environments/`;

describe("find_environments", () => {
  it("is a read-only tool", () => {
    expect(findEnvironments.annotations).toMatchObject({ readOnlyHint: true, destructiveHint: false, openWorldHint: true });
  });

  it("lists the organization's environments with a link to each one's issues", async () => {
    const { text, isError } = await harness.run(findEnvironments, { organizationSlug: EXAMPLE_ORG });
    expect(isError).toBe(false);
    expect(text).toContain(`# Environments in \`${EXAMPLE_ORG}\` (2)`);
    expect(text).toMatch(/- `Production` — \[issues\]\(http:\/\/127\.0\.0\.1:\d+\/organizations\/the-interstellar-jurisdiction\/issues\/\?environment=Production\)/);
    expect(text).toContain("- `Staging` — [issues]");
    expect(text).toContain("Filter searches with e.g. `environment:Production`.");
    const request = (await harness.requests()).find((r) => r.path === ORG_PATH);
    expect(request?.query).toEqual({ visibility: "visible" });
  });

  it("lists a project's environments, marking hidden ones, when asked for hidden ones too", async () => {
    const { text } = await harness.run(findEnvironments, { organizationSlug: EXAMPLE_ORG, projectSlug: EXAMPLE_PROJECT, includeHidden: true });
    expect(text).toContain(`# Environments in \`${EXAMPLE_ORG}/${EXAMPLE_PROJECT}\` (2)`);
    expect(text).toContain("- `Staging` (hidden) — [issues]");
    expect(text).toMatch(/\[Manage environments in Sentry\]\(http:\/\/127\.0\.0\.1:\d+\/settings\/the-interstellar-jurisdiction\/projects\/pump-station\/environments\/\)/);
    const request = (await harness.requests()).find((r) => r.path === PROJECT_PATH);
    expect(request?.query).toEqual({ visibility: "all" });
  });

  it("explains how to get environments when there are none", async () => {
    await harness.fault({ path: ORG_PATH, status: 200, body: [] });
    const { text, isError } = await harness.run(findEnvironments, { organizationSlug: EXAMPLE_ORG });
    expect(isError).toBe(false);
    expect(text).toBe(
      `No visible environments in \`${EXAMPLE_ORG}\`: events sent so far carry no \`environment\`. Set the SDK's \`environment\` option to tell production from staging.`,
    );
  });

  it("reports an unknown organization as an error a model can act on", async () => {
    const { text, isError } = await harness.run(findEnvironments, { organizationSlug: "no-such-org" });
    expect(isError).toBe(true);
    expect(text).toMatch(/Sentry found nothing at \/api\/0\/organizations\/no-such-org\/.*Check the organization/);
  });

  it("names the missing scope when Sentry refuses", async () => {
    await harness.fault({ path: PROJECT_PATH, status: 403 });
    const { text, isError } = await harness.run(findEnvironments, { organizationSlug: EXAMPLE_ORG, projectSlug: EXAMPLE_PROJECT });
    expect(isError).toBe(true);
    expect(text).toBe(`Sentry refused ${PROJECT_PATH}: the token lacks the \`project:read\` scope or access to this organization or project.`);
  });
});
