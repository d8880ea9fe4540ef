import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { EXAMPLE_ORG, startToolHarness, type ToolHarness } from "@/lib/mcp/test-support";
import { findMembers } from "./find-members";

let harness: ToolHarness;
beforeAll(async () => (harness = await startToolHarness()));
beforeEach(() => harness.reset());
afterAll(() => harness.close());

const MEMBERS_PATH = `/api/0/organizations/${EXAMPLE_ORG}/members/`;

describe("find_members", () => {
  it("is a read-only tool", () => {
    expect(findMembers.annotations).toMatchObject({ readOnlyHint: true, destructiveHint: false, openWorldHint: true });
  });

  it("lists each member's name, email, role and whether they joined, linked to their settings page", async () => {
    const { text, isError } = await harness.run(findMembers, { organizationSlug: EXAMPLE_ORG, query: "role:member" });
    expect(isError).toBe(false);
    expect(text).toContain(`# Members of \`${EXAMPLE_ORG}\` (2)`);
    expect(text).toMatch(
      /- \[Sir Penguin\]\(http:\/\/127\.0\.0\.1:\d+\/settings\/the-interstellar-jurisdiction\/members\/57377908164\/\) — sirpenguin@antarcticarocks\.com, role `member`, last active 2021-08-02T21:32:18\.836Z \(id `57377908164`\)/,
    );
    expect(text).toContain("Rockhopper](");
    expect(text).toContain("rockhopper@antarcticarocks.com, role `member`, invited, not joined yet (id `57377908165`)");
    const request = (await harness.requests()).find((r) => r.path === MEMBERS_PATH);
    expect(request?.query).toEqual({ query: "role:member" });
  });

  it("shows a member's teams when Sentry lists them", async () => {
    await harness.fault({ path: MEMBERS_PATH, status: 200, body: [{ id: "7", name: "Jane", email: "jane@example.com", orgRole: "admin", teams: ["backend", "mobile"] }] });
    const { text } = await harness.run(findMembers, { organizationSlug: EXAMPLE_ORG });
    expect(text).toContain("jane@example.com, role `admin`, teams `backend`, `mobile` (id `7`)");
  });

  it("says when nobody matches the query", async () => {
    await harness.fault({ path: MEMBERS_PATH, status: 200, body: [] });
    const { text, isError } = await harness.run(findMembers, { organizationSlug: EXAMPLE_ORG, query: "zed" });
    expect(isError).toBe(false);
    expect(text).toBe(`No member of \`${EXAMPLE_ORG}\` matches \`zed\`. Try part of a name or email, or omit \`query\`.`);
  });

  it("reports an unknown organization as an error a model can act on", async () => {
    const { text, isError } = await harness.run(findMembers, { organizationSlug: "no-such-org" });
    expect(isError).toBe(true);
    expect(text).toMatch(/Sentry found nothing at \/api\/0\/organizations\/no-such-org\/.*Check the organization/);
  });

  it("names the missing scope when Sentry refuses", async () => {
    await harness.fault({ path: MEMBERS_PATH, status: 403 });
    const { text, isError } = await harness.run(findMembers, { organizationSlug: EXAMPLE_ORG });
    expect(isError).toBe(true);
    expect(text).toBe(`Sentry refused ${MEMBERS_PATH}: the token lacks the \`member:read\` scope or access to this organization or project.`);
  });
});
