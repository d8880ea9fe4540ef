import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { MemoryKV } from "@/lib/test-support/memory-kv";
import { getAccessToken } from "./access-token";
import { grantFromUserAuthToken } from "./grant";
import { loadTokens, saveTokens, type StoredTokens } from "./token-store";
import { startAuthHarness, TEST_SECRET, type AuthHarness } from "./test-support";

const USER = "1";
const KEY = `tokens:${USER}`;
let harness: AuthHarness;
let kv: MemoryKV;

beforeAll(async () => (harness = await startAuthHarness()));
afterAll(() => harness.close());
beforeEach(async () => {
  await harness.reset();
  kv = new MemoryKV();
});

/** Signs in at the stand-in with tokens living `lifetime` seconds and stores the grant as the app does. */
async function signedIn(lifetime?: number): Promise<StoredTokens> {
  if (lifetime !== undefined) await harness.setTokenLifetime(lifetime);
  const grant = await harness.signIn(USER);
  await saveTokens(kv.binding, TEST_SECRET, USER, grant);
  await harness.clearRequests();
  return grant;
}

async function sentryAccepts(token: string): Promise<boolean> {
  const response = await fetch(`${harness.standIn.url}/api/0/auth/`, { headers: { authorization: `Bearer ${token}` } });
  return response.status === 200;
}

/** Another isolate: a fresh copy of the module, with its own in-memory state. */
async function otherIsolate(): Promise<typeof import("./access-token")> {
  vi.resetModules();
  return import("./access-token");
}

describe("getAccessToken", () => {
  it("hands out the stored token while more than 5 minutes remain", async () => {
    const grant = await signedIn();
    expect(await getAccessToken(kv.binding, harness.config, USER)).toBe(grant.accessToken);
    expect(await harness.refreshRequests()).toEqual([]);
  });

  it("refreshes when less than 5 minutes remain, and stores the rotated grant", async () => {
    const grant = await signedIn(240);
    const token = await getAccessToken(kv.binding, harness.config, USER);
    expect(token).not.toBe(grant.accessToken);
    expect(await sentryAccepts(token)).toBe(true);
    const stored = await loadTokens(kv.binding, TEST_SECRET, USER);
    expect(stored?.accessToken).toBe(token);
    expect(stored?.refreshToken).not.toBe(grant.refreshToken);
    const [request, ...others] = await harness.refreshRequests();
    expect(others).toEqual([]);
    expect(request.body?.refresh_token).toBe(grant.refreshToken);
  });

  it("makes exactly one refresh request for 10 concurrent calls", async () => {
    await signedIn(240);
    const tokens = await Promise.all(Array.from({ length: 10 }, () => getAccessToken(kv.binding, harness.config, USER)));
    expect(new Set(tokens).size).toBe(1);
    expect(await sentryAccepts(tokens[0])).toBe(true);
    expect(await harness.refreshRequests()).toHaveLength(1);
  });

  it("does not spend a rotated refresh token again when KV still serves the old grant", async () => {
    const grant = await signedIn(240);
    const sealed = kv.values.get(KEY)!;
    const first = await getAccessToken(kv.binding, harness.config, USER);
    kv.serveStale(KEY, [sealed]);
    const second = await getAccessToken(kv.binding, harness.config, USER);
    expect(second).toBe(first);
    expect(second).not.toBe(grant.accessToken);
    expect(await harness.refreshRequests()).toHaveLength(1);
  });

  describe("across isolates, when another isolate refreshed first", () => {
    it("uses the grant the other isolate stored once KV shows it", async () => {
      await signedIn(240);
      const sealed = kv.values.get(KEY)!;
      const isolateB = await otherIsolate();
      const fromB = await isolateB.getAccessToken(kv.binding, harness.config, USER);
      const storedByB = await loadTokens(kv.binding, TEST_SECRET, USER);

      // This isolate read the grant before B's write, then re-reads after Sentry says invalid_grant.
      kv.serveStale(KEY, [sealed]);
      const fromA = await getAccessToken(kv.binding, harness.config, USER);
      expect(fromA).toBe(fromB);
      expect((await harness.refreshRequests()).map((r) => r.status)).toEqual([200, 400]);
      expect(await loadTokens(kv.binding, TEST_SECRET, USER)).toEqual(storedByB);
    });

    it("keeps using its still-valid access token while KV does not show the write yet", async () => {
      const grant = await signedIn(240);
      const sealed = kv.values.get(KEY)!;
      const isolateB = await otherIsolate();
      await isolateB.getAccessToken(kv.binding, harness.config, USER);

      kv.serveStale(KEY, [sealed, sealed]);
      const fromA = await getAccessToken(kv.binding, harness.config, USER);
      expect(fromA).toBe(grant.accessToken);
      expect(await sentryAccepts(fromA)).toBe(true);
    });
  });

  it("asks for a new sign-in when the refresh token was rotated elsewhere and the token is about to expire", async () => {
    const grant = await signedIn(30);
    // Someone else spends the refresh token; Sentry rotates it.
    const stolen = await fetch(`${harness.standIn.url}/oauth/token/`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        grant_type: "refresh_token",
        refresh_token: grant.refreshToken!,
        client_id: harness.config.sentryClientId,
        client_secret: harness.config.sentryClientSecret,
      }),
    });
    expect(stolen.status).toBe(200);
    await expect(getAccessToken(kv.binding, harness.config, USER)).rejects.toMatchObject({ code: "reauth_required", status: 401 });
  });

  it("keeps using a still-valid token while Sentry fails to renew it", async () => {
    const grant = await signedIn(240);
    await harness.fault({ method: "POST", path: "/oauth/token/", status: 503, count: 5 });
    expect(await getAccessToken(kv.binding, harness.config, USER)).toBe(grant.accessToken);
  });

  it("reports Sentry as unavailable when it fails to renew a token about to expire", async () => {
    await signedIn(30);
    await harness.fault({ method: "POST", path: "/oauth/token/", status: 503, count: 5 });
    await expect(getAccessToken(kv.binding, harness.config, USER)).rejects.toMatchObject({ code: "upstream_unavailable" });
  });

  it("uses a user auth token as it is: it has no expiry and nothing to refresh", async () => {
    await saveTokens(kv.binding, TEST_SECRET, USER, grantFromUserAuthToken(harness.standIn.demoToken));
    expect(await getAccessToken(kv.binding, harness.config, USER)).toBe(harness.standIn.demoToken);
    expect(await harness.requests()).toEqual([]);
  });

  it("asks for a new sign-in when nothing is stored (signed out)", async () => {
    await expect(getAccessToken(kv.binding, harness.config, USER)).rejects.toMatchObject({ code: "reauth_required" });
  });
});
