import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { EXAMPLE_ORG, EXAMPLE_PROJECT, startToolHarness, type ToolHarness } from "@/lib/mcp/test-support";
import { updateDsn } from "./update-dsn";

let harness: ToolHarness;
beforeAll(async () => (harness = await startToolHarness()));
beforeEach(() => harness.reset());
afterAll(() => harness.close());

const KEY_ID = "60120449b6b1d5e45f75561e6dabd80b";
const KEY_PATH = `/api/0/projects/${EXAMPLE_ORG}/${EXAMPLE_PROJECT}/keys/${KEY_ID}/`;
const args = { organizationSlug: EXAMPLE_ORG, projectSlug: EXAMPLE_PROJECT, keyId: KEY_ID };
const puts = async () => (await harness.requests()).filter((r) => r.method === "PUT");

describe("update_dsn", () => {
  it("is a write tool that can stop events", () => {
    expect(updateDsn.annotations).toEqual({ readOnlyHint: false, destructiveHint: true, openWorldHint: true });
  });

  it("sends only the changes and shows the key as Sentry now has it", async () => {
    const { text, isError } = await harness.run(updateDsn, { ...args, name: "Web", isActive: false });
    expect(isError).toBe(false);
    expect(text).toContain(`# DSN \`${KEY_ID}\` updated in \`${EXAMPLE_ORG}/${EXAMPLE_PROJECT}\``);
    expect(text).toContain("Changed: name → Web; disabled.");
    expect(text).toMatch(/\*\*Name\*\*: \[Web\]\(http:\/\/127\.0\.0\.1:\d+\/settings\/the-interstellar-jurisdiction\/projects\/pump-station\/keys\/60120449b6b1d5e45f75561e6dabd80b\/\)/);
    expect(text).toContain("**Status**: disabled — events sent with it are rejected");
    expect(text).toContain("**Rate limit**: 1000 events per 2 h");
    expect(text).not.toContain("bcd99b3790b3441c85ce4b1eaa854f66");
    const requests = await puts();
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ path: KEY_PATH, body: { name: "Web", isActive: false }, status: 200 });
  });

  it("sets a rate limit, and removes it with null", async () => {
    const limited = await harness.run(updateDsn, { ...args, rateLimit: { count: 500, window: 60 } });
    expect(limited.text).toContain("Changed: rate limit → 500 events per 1 min.");
    expect(limited.text).toContain("**Rate limit**: 500 events per 1 min");
    const removed = await harness.run(updateDsn, { ...args, rateLimit: null });
    expect(removed.text).toContain("Changed: rate limit → none.");
    expect(removed.text).toContain("**Rate limit**: none");
    expect((await puts()).map((request) => request.body)).toEqual([{ rateLimit: { count: 500, window: 60 } }, { rateLimit: null }]);
  });

  it("refuses a call that changes nothing, without asking Sentry", async () => {
    const { text, isError } = await harness.run(updateDsn, args);
    expect(isError).toBe(true);
    expect(text).toBe("Nothing to change: give at least one of `name`, `isActive` or `rateLimit`.");
    expect(await puts()).toHaveLength(0);
  });

  it("reports an unknown organization as an error a model can act on", async () => {
    const { text, isError } = await harness.run(updateDsn, { ...args, organizationSlug: "no-such-org", isActive: true });
    expect(isError).toBe(true);
    expect(text).toMatch(/Sentry found nothing at \/api\/0\/organizations\/no-such-org\/.*Check the organization/);
  });

  it("names the missing scope when Sentry refuses", async () => {
    await harness.fault({ path: KEY_PATH, status: 403 });
    const { text, isError } = await harness.run(updateDsn, { ...args, isActive: true });
    expect(isError).toBe(true);
    expect(text).toBe(`Sentry refused ${KEY_PATH}: the token lacks the \`project:write\` scope or access to this organization or project.`);
  });
});
