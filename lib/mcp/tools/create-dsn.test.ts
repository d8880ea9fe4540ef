import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { EXAMPLE_ORG, EXAMPLE_PROJECT, startToolHarness, type ToolHarness } from "@/lib/mcp/test-support";
import { createDsn } from "./create-dsn";

let harness: ToolHarness;
beforeAll(async () => (harness = await startToolHarness()));
beforeEach(() => harness.reset());
afterAll(() => harness.close());

const KEYS_PATH = `/api/0/projects/${EXAMPLE_ORG}/${EXAMPLE_PROJECT}/keys/`;
const PUBLIC_DSN = "https://a785682ddda742d7a8a4088810e67791@o4504765715316736.ingest.sentry.io/4505281256090153";

describe("create_dsn", () => {
  it("is a write tool that removes nothing", () => {
    expect(createDsn.annotations).toEqual({ readOnlyHint: false, destructiveHint: false, openWorldHint: true });
  });

  it("creates a named key and returns its public DSN, never the secret", async () => {
    const { text, isError } = await harness.run(createDsn, { organizationSlug: EXAMPLE_ORG, projectSlug: EXAMPLE_PROJECT, name: "Production" });
    expect(isError).toBe(false);
    expect(text).toContain(`# DSN created for \`${EXAMPLE_ORG}/${EXAMPLE_PROJECT}\``);
    expect(text).toContain(`**DSN**: \`${PUBLIC_DSN}\``);
    expect(text).toMatch(/\*\*Name\*\*: \[Production\]\(http:\/\/127\.0\.0\.1:\d+\/settings\/the-interstellar-jurisdiction\/projects\/pump-station\/keys\/\)/);
    expect(text).toContain("**Status**: active");
    expect(text).not.toContain("bcd99b3790b3441c85ce4b1eaa854f66");
    const requests = (await harness.requests()).filter((r) => r.method === "POST");
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ path: KEYS_PATH, body: { name: "Production" }, status: 201 });
  });

  it("reports an unknown project", async () => {
    const { text, isError } = await harness.run(createDsn, { organizationSlug: EXAMPLE_ORG, projectSlug: "no-such-project", name: "Production" });
    expect(isError).toBe(true);
    expect(text).toBe(`Sentry found nothing at /api/0/projects/${EXAMPLE_ORG}/no-such-project/keys/. Check the organization, project or id.`);
  });

  it("asks to try again when Sentry fails", async () => {
    await harness.fault({ path: KEYS_PATH, method: "POST", status: 500 });
    expect(await harness.run(createDsn, { organizationSlug: EXAMPLE_ORG, projectSlug: EXAMPLE_PROJECT, name: "Production" })).toEqual({
      isError: true,
      text: `Sentry answered 500 for ${KEYS_PATH}. Try again shortly.`,
    });
  });
});
