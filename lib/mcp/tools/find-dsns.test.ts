import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { EXAMPLE_ORG, EXAMPLE_PROJECT, startToolHarness, type ToolHarness } from "@/lib/mcp/test-support";
import { findDsns } from "./find-dsns";

let harness: ToolHarness;
beforeAll(async () => (harness = await startToolHarness()));
beforeEach(() => harness.reset());
afterAll(() => harness.close());

const KEYS_PATH = `/api/0/projects/${EXAMPLE_ORG}/${EXAMPLE_PROJECT}/keys/`;
const PUBLIC_DSN = "https://a785682ddda742d7a8a4088810e67791@o4504765715316736.ingest.sentry.io/4505281256090153";

describe("find_dsns", () => {
  it("is a read-only tool", () => {
    expect(findDsns.annotations).toMatchObject({ readOnlyHint: true, destructiveHint: false, openWorldHint: true });
  });

  it("lists each key's name, public DSN and state, never the secret", async () => {
    const { text, isError } = await harness.run(findDsns, { organizationSlug: EXAMPLE_ORG, projectSlug: EXAMPLE_PROJECT });
    expect(isError).toBe(false);
    expect(text).toContain(`# DSNs of \`${EXAMPLE_ORG}/${EXAMPLE_PROJECT}\` (2)`);
    expect(text).toContain("**Liked Pegasus** (active) — id `60120449b6b1d5e45f75561e6dabd80b`");
    expect(text).toContain("**Bold Oarfish** (active)");
    expect(text).toContain(`DSN: \`${PUBLIC_DSN}\``);
    expect(text).not.toContain("bcd99b3790b3441c85ce4b1eaa854f66");
    expect(text).toMatch(/\[Manage client keys in Sentry\]\(http:\/\/127\.0\.0\.1:\d+\/settings\/the-interstellar-jurisdiction\/projects\/pump-station\/keys\/\)/);
    const request = (await harness.requests()).find((r) => r.path === KEYS_PATH);
    expect(request?.method).toBe("GET");
  });

  it("reports an unknown project", async () => {
    const { text, isError } = await harness.run(findDsns, { organizationSlug: EXAMPLE_ORG, projectSlug: "no-such-project" });
    expect(isError).toBe(true);
    expect(text).toBe(`Sentry found nothing at /api/0/projects/${EXAMPLE_ORG}/no-such-project/keys/. Check the organization, project or id.`);
  });

  it("names the missing scope when Sentry refuses", async () => {
    await harness.fault({ path: KEYS_PATH, status: 403 });
    const { text, isError } = await harness.run(findDsns, { organizationSlug: EXAMPLE_ORG, projectSlug: EXAMPLE_PROJECT });
    expect(isError).toBe(true);
    expect(text).toContain("`project:read`");
  });
});
