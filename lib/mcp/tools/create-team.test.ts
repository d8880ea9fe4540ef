import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { EXAMPLE_ORG, startToolHarness, type ToolHarness } from "@/lib/mcp/test-support";
import { createTeam } from "./create-team";

let harness: ToolHarness;
beforeAll(async () => (harness = await startToolHarness()));
beforeEach(() => harness.reset());
afterAll(() => harness.close());

const TEAMS_PATH = `/api/0/organizations/${EXAMPLE_ORG}/teams/`;
const posted = async () => (await harness.requests()).filter((r) => r.method === "POST" && r.path === TEAMS_PATH);

describe("create_team", () => {
  it("is a write tool that removes nothing", () => {
    expect(createTeam.annotations).toEqual({ readOnlyHint: false, destructiveHint: false, openWorldHint: true });
  });

  it("creates the team from its name and returns the slug Sentry derived", async () => {
    const { text, isError } = await harness.run(createTeam, { organizationSlug: EXAMPLE_ORG, name: "Mobile Platform" });
    expect(isError).toBe(false);
    expect(text).toContain(`# Team created in \`${EXAMPLE_ORG}\``);
    expect(text).toMatch(/\*\*Name\*\*: \[Mobile Platform\]\(http:\/\/127\.0\.0\.1:\d+\/settings\/the-interstellar-jurisdiction\/teams\/mobile-platform\/\)/);
    expect(text).toContain("**Slug**: `mobile-platform`");
    expect(text).toContain('`teamSlug: "mobile-platform"`');
    const requests = await posted();
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ body: { name: "Mobile Platform" }, status: 201 });
  });

  it("sends an explicit slug and escapes the name in the Markdown", async () => {
    const { text } = await harness.run(createTeam, { organizationSlug: EXAMPLE_ORG, name: "Ops *on call*", slug: "ops" });
    expect(text).toContain("**Slug**: `ops`");
    expect(text).toContain("[Ops \\*on call\\*](");
    expect((await posted())[0].body).toEqual({ name: "Ops *on call*", slug: "ops" });
  });

  it("only takes slugs Sentry accepts (the MCP SDK checks the schema before the tool runs)", () => {
    const schema = z.object(createTeam.inputSchema);
    expect(schema.safeParse({ organizationSlug: EXAMPLE_ORG, name: "Ops", slug: "Ops Team" }).success).toBe(false);
    expect(schema.safeParse({ organizationSlug: EXAMPLE_ORG, name: "Ops", slug: "12345" }).success).toBe(false);
    expect(schema.safeParse({ organizationSlug: EXAMPLE_ORG, name: "Ops", slug: "ops_2" }).success).toBe(true);
  });

  it("names the missing scope when Sentry refuses", async () => {
    await harness.fault({ path: TEAMS_PATH, method: "POST", status: 403 });
    const { text, isError } = await harness.run(createTeam, { organizationSlug: EXAMPLE_ORG, name: "Mobile Platform" });
    expect(isError).toBe(true);
    expect(text).toContain("`team:write`");
  });
});
