import NextAuth from "next-auth";
import { decode, encode } from "next-auth/jwt";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { CookieJar } from "@/lib/test-support/cookie-jar";
import { MemoryKV } from "@/lib/test-support/memory-kv";
import { buildAuthConfig } from "./auth-config";
import { explainCallbackFailure } from "./callback-failures";
import { loadTokens } from "./token-store";
import { startAuthHarness, TEST_SECRET, type AuthHarness } from "./test-support";

const APP = "http://localhost:3000";
let harness: AuthHarness;
let kv: MemoryKV;
let users: unknown[][];

beforeAll(async () => (harness = await startAuthHarness()));
afterAll(() => harness.close());
beforeEach(async () => {
  await harness.reset();
  kv = new MemoryKV();
  users = [];
});

/** The worker's environment; D1 only records the user upsert the sign-in makes. */
function env(vars: Record<string, string> = {}): CloudflareEnv {
  const db = { prepare: () => ({ bind: (...args: unknown[]) => ({ run: async () => void users.push(args) }) }) };
  return {
    AUTH_SECRET: TEST_SECRET,
    SENTRY_URL: harness.standIn.url,
    SENTRY_CLIENT_ID: harness.standIn.clientId,
    SENTRY_CLIENT_SECRET: harness.standIn.clientSecret,
    KV: kv.binding,
    DB: db,
    ...vars,
  } as unknown as CloudflareEnv;
}

/** Auth.js's route handlers as the app mounts them, plus the errors it reported per request. */
function app(vars?: Record<string, string>) {
  const errors = new Map<Request, Error>();
  let current: Request | undefined;
  const { handlers } = NextAuth(buildAuthConfig(env(vars), { onError: (error) => current && errors.set(current, error) }));
  return async (jar: CookieJar, path: string, init: RequestInit = {}) => {
    const request = new Request(`${APP}${path}`, { ...init, redirect: "manual", headers: { ...init.headers, cookie: jar.header() } });
    current = request;
    const method = (init.method ?? "GET") as "GET" | "POST";
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- handlers are typed for NextRequest
    const response = jar.remember(await handlers[method](request as any));
    return method === "GET" ? explainCallbackFailure(request, response, errors.get(request)) : response;
  };
}

/** Starts "Continue with Sentry": the authorization URL Auth.js sends the browser to. */
async function startSignIn(call: ReturnType<typeof app>, jar: CookieJar, callbackUrl = "/"): Promise<URL> {
  const { csrfToken } = (await (await call(jar, "/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await call(jar, "/api/auth/signin/sentry", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, callbackUrl }),
  });
  return new URL(response.headers.get("location")!);
}

/** The person's answer on the stand-in's consent page: the URL Sentry redirects back to. */
async function consent(authorize: URL, op: "approve" | "deny", user = "1"): Promise<URL> {
  const form = new URLSearchParams(authorize.searchParams);
  form.set("op", op);
  form.set("user", user);
  const response = await fetch(`${harness.standIn.url}/oauth/authorize/`, { method: "POST", redirect: "manual", body: form });
  return new URL(response.headers.get("location")!);
}

const callbackPath = (url: URL) => `${url.pathname}${url.search}`;

describe("Sentry OAuth through Auth.js", () => {
  it("asks Sentry with PKCE (S256), state and the read and write scopes", async () => {
    const authorize = await startSignIn(app(), new CookieJar());
    expect(`${authorize.origin}${authorize.pathname}`).toBe(`${harness.standIn.url}/oauth/authorize/`);
    expect(authorize.searchParams.get("code_challenge_method")).toBe("S256");
    expect(authorize.searchParams.get("code_challenge")).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(authorize.searchParams.get("state")).toBeTruthy();
    expect(authorize.searchParams.get("redirect_uri")).toBe(`${APP}/api/auth/callback/sentry`);
    expect(authorize.searchParams.get("scope")).toBe("org:read project:read team:read member:read event:read event:write project:write team:write");
  });

  it("asks for the read scopes only when write tools are not allowed", async () => {
    const authorize = await startSignIn(app({ ALLOW_WRITE_TOOLS: "false" }), new CookieJar());
    expect(authorize.searchParams.get("scope")).toBe("org:read project:read team:read member:read event:read");
  });

  it("signs in: a session cookie holding the user's id and profile only, the tokens encrypted in KV", async () => {
    const call = app();
    const jar = new CookieJar();
    const back = await consent(await startSignIn(call, jar, "/c/42?x=1"), "approve");
    const response = await call(jar, callbackPath(back));
    expect(response.headers.get("location")).toBe(`${APP}/c/42?x=1`);

    const claims = await decode({ token: jar.values.get("authjs.session-token"), secret: TEST_SECRET, salt: "authjs.session-token" });
    expect(Object.keys(claims ?? {}).sort()).toEqual(["email", "exp", "iat", "jti", "name", "picture", "sub"]);
    expect(claims).toMatchObject({ sub: "1", name: "Jane Doe", email: "jane@example.com", picture: null });

    const [exchange] = (await harness.requests()).filter((r) => r.path === "/oauth/token/");
    expect(exchange.body).toMatchObject({ grant_type: "authorization_code", code_verifier: expect.stringMatching(/^[\w.~-]{43,128}$/) });
    const sealed = kv.values.get("tokens:1")!;
    expect(sealed).toMatch(/^v1\./);
    expect(sealed).not.toMatch(/[0-9a-f]{32}/);
    const stored = await loadTokens(kv.binding, TEST_SECRET, "1");
    expect(stored?.refreshToken).toMatch(/^[0-9a-f]{64}$/);
    expect(stored?.expiresAt).toBeGreaterThan(Date.now());
    expect(users).toEqual([["1", "Jane Doe", "jane@example.com", null, expect.any(Number)]]);
  });

  it("signing out through Auth.js's own endpoint forgets the Sentry tokens too", async () => {
    const call = app();
    const jar = new CookieJar();
    await call(jar, callbackPath(await consent(await startSignIn(call, jar), "approve")));
    await kv.put("orgs:1", "[]");
    expect(kv.values.has("tokens:1")).toBe(true);
    const { csrfToken } = (await (await call(jar, "/api/auth/csrf")).json()) as { csrfToken: string };
    await call(jar, "/api/auth/signout", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken }),
    });
    expect(jar.values.has("authjs.session-token")).toBe(false);
    expect([...kv.values.keys()]).toEqual([]);
  });

  it("says the person denied access when they chose Deny, and keeps where they were going", async () => {
    const call = app();
    const jar = new CookieJar();
    const back = await consent(await startSignIn(call, jar, "/c/42"), "deny");
    const response = await call(jar, callbackPath(back));
    expect(response.headers.get("location")).toBe(`${APP}/signin?error=consent_denied&callbackUrl=%2Fc%2F42`);
    expect(kv.values.size).toBe(0);
  });

  it("refuses a callback for a sign-in another tab started (state mismatch)", async () => {
    const call = app();
    const jar = new CookieJar();
    const first = await startSignIn(call, jar);
    await startSignIn(call, jar); // a second attempt replaces this browser's state
    const response = await call(jar, callbackPath(await consent(first, "approve")));
    expect(new URL(response.headers.get("location")!).searchParams.get("error")).toBe("state_mismatch");
    expect(kv.values.size).toBe(0);
  });

  it("refuses a callback this browser never started (no state cookie)", async () => {
    const back = await consent(await startSignIn(app(), new CookieJar()), "approve");
    const response = await app()(new CookieJar(), callbackPath(back));
    expect(new URL(response.headers.get("location")!).searchParams.get("error")).toBe("state_mismatch");
    expect(kv.values.size).toBe(0);
  });

  it("does not follow a callbackUrl to another site", async () => {
    const call = app();
    const jar = new CookieJar();
    const back = await consent(await startSignIn(call, jar, "https://evil.example/steal"), "approve");
    expect((await call(jar, callbackPath(back))).headers.get("location")).toBe(`${APP}/`);
  });
});

describe("sign-in with a Sentry user auth token", () => {
  async function submitToken(token: string) {
    const call = app();
    const jar = new CookieJar();
    const { csrfToken } = (await (await call(jar, "/api/auth/csrf")).json()) as { csrfToken: string };
    const response = await call(jar, "/api/auth/callback/sentry-token", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken, token, callbackUrl: "/" }),
    });
    return { jar, location: new URL(response.headers.get("location")!) };
  }

  it("accepts a token Sentry accepts, and stores it encrypted like an OAuth grant", async () => {
    const { jar, location } = await submitToken(harness.standIn.demoToken);
    expect(location.pathname).toBe("/");
    const claims = await decode({ token: jar.values.get("authjs.session-token"), secret: TEST_SECRET, salt: "authjs.session-token" });
    expect(claims).toMatchObject({ sub: "1", name: "Jane Doe", email: "jane@example.com" });
    expect(kv.values.get("tokens:1")).not.toContain(harness.standIn.demoToken.slice(7));
    expect(await loadTokens(kv.binding, TEST_SECRET, "1")).toEqual({
      accessToken: harness.standIn.demoToken,
      refreshToken: null,
      expiresAt: null,
      scope: null,
    });
  });

  it("refuses a token Sentry does not accept, saying why", async () => {
    const { jar, location } = await submitToken(`sntryu_${"0".repeat(64)}`);
    expect(location.pathname).toBe("/signin");
    expect(location.searchParams.get("code")).toBe("unauthorized");
    expect(jar.values.has("authjs.session-token")).toBe(false);
    expect(kv.values.size).toBe(0);
  });

  it("tells a Sentry outage apart from a bad token", async () => {
    await harness.fault({ path: "/api/0/auth/", status: 503 });
    const { location } = await submitToken(harness.standIn.demoToken);
    expect(location.searchParams.get("code")).toBe("upstream_unavailable");
  });
});

describe("session cookie flags", () => {
  async function sessionCookie(origin: string, name: string) {
    const token = await encode({ token: { sub: "1", name: "Jane Doe" }, secret: TEST_SECRET, salt: name });
    const { handlers } = NextAuth(buildAuthConfig(env()));
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- handlers are typed for NextRequest
    const response = await handlers.GET(new Request(`${origin}/api/auth/session`, { headers: { cookie: `${name}=${token}` } }) as any);
    const jar = new CookieJar();
    jar.remember(response);
    expect(((await response.json()) as { user: unknown }).user).toMatchObject({ id: "1", name: "Jane Doe" });
    return jar.attributes(name);
  }

  it("over HTTPS: __Secure- prefixed, HttpOnly, Secure, SameSite=Lax", async () => {
    const attributes = await sessionCookie("https://chat.example.com", "__Secure-authjs.session-token");
    expect(attributes).toEqual(expect.arrayContaining(["httponly", "secure", "samesite=lax", "path=/"]));
  });

  it("over plain HTTP (local development): HttpOnly, SameSite=Lax, not Secure", async () => {
    const attributes = await sessionCookie("http://localhost:8787", "authjs.session-token");
    expect(attributes).toEqual(expect.arrayContaining(["httponly", "samesite=lax", "path=/"]));
    expect(attributes).not.toContain("secure");
  });
});
