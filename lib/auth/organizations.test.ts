import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { MemoryKV } from "@/lib/test-support/memory-kv";
import { grantFromUserAuthToken } from "./grant";
import {
  allowedOrganizations,
  forgetOrganizations,
  listUserOrganizations,
  ORGANIZATIONS_TTL_SECONDS,
} from "./organizations";
import { saveTokens } from "./token-store";
import { startAuthHarness, TEST_SECRET, type AuthHarness } from "./test-support";

let harness: AuthHarness;
let kv: MemoryKV;
beforeAll(async () => (harness = await startAuthHarness()));
afterAll(() => harness.close());
beforeEach(async () => {
  await harness.reset();
  kv = new MemoryKV();
});

async function signedIn(userId: "1" | "2") {
  await saveTokens(kv.binding, TEST_SECRET, userId, await harness.signIn(userId));
  await harness.clearRequests();
}

const organizationCalls = async () => (await harness.requests()).filter((r) => r.path === "/api/0/organizations/");

describe("allowedOrganizations", () => {
  it("filters a list of organizations", () => {
    const organizations = [
      { slug: "acme", name: "Acme" },
      { slug: "gamma", name: "Gamma" },
    ];
    expect(allowedOrganizations(organizations, ["gamma"])).toEqual([{ slug: "gamma", name: "Gamma" }]);
  });
});

describe("listUserOrganizations", () => {
  it("lists the user's organizations with the user's own token, then serves them from KV for 10 minutes", async () => {
    await signedIn("1");
    const organizations = await listUserOrganizations(kv.binding, harness.config, "1");
    expect(organizations).toContainEqual({ slug: "the-interstellar-jurisdiction", name: "The Interstellar Jurisdiction" });
    expect(kv.ttls.get("orgs:1")).toBe(ORGANIZATIONS_TTL_SECONDS);
    expect(await listUserOrganizations(kv.binding, harness.config, "1")).toEqual(organizations);
    const calls = await organizationCalls();
    expect(calls).toHaveLength(1);
  });

  it("asks Sentry again once the cached list is forgotten", async () => {
    await signedIn("1");
    await listUserOrganizations(kv.binding, harness.config, "1");
    await forgetOrganizations(kv.binding, "1");
    await listUserOrganizations(kv.binding, harness.config, "1");
    expect(await organizationCalls()).toHaveLength(2);
  });

  it("is empty for a user who belongs to no organization", async () => {
    await signedIn("2");
    expect(await listUserOrganizations(kv.binding, harness.config, "2")).toEqual([]);
  });

  it("asks for a new sign-in when Sentry no longer accepts the token", async () => {
    await saveTokens(kv.binding, TEST_SECRET, "1", grantFromUserAuthToken("sntryu_revoked"));
    await expect(listUserOrganizations(kv.binding, harness.config, "1")).rejects.toMatchObject({ code: "reauth_required" });
    expect(kv.values.has("orgs:1")).toBe(false);
  });

  it("caches nothing when Sentry fails", async () => {
    await signedIn("1");
    await harness.fault({ path: "/api/0/organizations/", status: 503 });
    await expect(listUserOrganizations(kv.binding, harness.config, "1")).rejects.toMatchObject({ code: "upstream_unavailable" });
    expect(kv.values.has("orgs:1")).toBe(false);
  });
});
