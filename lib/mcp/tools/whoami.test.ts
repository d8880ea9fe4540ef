import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startToolHarness, type ToolHarness } from "@/lib/mcp/test-support";
import { whoami } from "./whoami";

let harness: ToolHarness;
beforeAll(async () => (harness = await startToolHarness()));
afterAll(() => harness.close());

describe("whoami", () => {
  it("names the user the token belongs to", async () => {
    const { text } = await harness.run(whoami, {});
    expect(text).toContain("**Jane Doe**");
    expect(text).toContain("jane@example.com");
  });

  it("fails clearly when Sentry rejects the token", async () => {
    await harness.fault({ path: "/api/0/auth/", status: 401 });
    const { text, isError } = await harness.run(whoami, {});
    expect(isError).toBe(true);
    expect(text).toMatch(/did not accept the token/);
  });
});
