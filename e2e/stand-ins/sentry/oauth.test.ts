import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startSentryStandIn } from "./server.ts";
import type { SentryStandIn } from "./server.ts";
import { REDIRECT_URI, api, authorize, control, hiddenFields, pkcePair, postToken, signIn } from "./test-helpers.ts";
import type { TokenResponse } from "./test-helpers.ts";

let sentry: SentryStandIn;
beforeAll(async () => {
  sentry = await startSentryStandIn();
});
afterAll(async () => {
  await sentry.close();
});
afterEach(async () => {
  // Config changes (token lifetime) must not leak into the next test.
  await control(sentry, "reset");
});

describe("GET /oauth/authorize/", () => {
  it("renders a consent page with the scopes, a user picker and Approve/Deny, escaping what it echoes", async () => {
    const { challenge } = pkcePair();
    const query = new URLSearchParams({
      response_type: "code",
      client_id: sentry.clientId,
      redirect_uri: REDIRECT_URI,
      scope: "org:read <script>",
      state: `"><b>x`,
      code_challenge: challenge,
      code_challenge_method: "S256",
    });
    const res = await fetch(`${sentry.url}/oauth/authorize/?${query}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/html");
    const page = await res.text();
    expect(page).toContain("Sentry Chat wants to access your Sentry account");
    expect(page).toContain("<li>org:read</li>");
    expect(page).toContain("&#60;script&#62;");
    expect(page).not.toContain("<script>");
    expect(page).not.toContain("<b>x");
    expect(page).toMatch(/<select name="user">.*Jane Doe.*Sam Other.*<\/select>/s);
    expect(page).toMatch(/<form method="post" action="\/oauth\/authorize\/">/);
    expect(page).toContain(">Approve</button>");
    expect(page).toContain(">Deny</button>");
    expect(hiddenFields(page)).toMatchObject({ state: `"><b>x`, code_challenge: challenge, redirect_uri: REDIRECT_URI });
  });

  it("answers 400 with an HTML page for an unknown client_id", async () => {
    const query = new URLSearchParams({ response_type: "code", client_id: "nope<i>", redirect_uri: REDIRECT_URI });
    const res = await fetch(`${sentry.url}/oauth/authorize/?${query}`);
    expect(res.status).toBe(400);
    const page = await res.text();
    expect(page).toContain("Invalid client_id");
    expect(page).toContain("nope&#60;i&#62;");
  });

  it("reports a bad response_type or a non-S256 challenge back to the redirect_uri", async () => {
    const base = { client_id: sentry.clientId, redirect_uri: REDIRECT_URI, state: "s1" };
    const wrongType = await fetch(`${sentry.url}/oauth/authorize/?${new URLSearchParams({ ...base, response_type: "token" })}`, {
      redirect: "manual",
    });
    expect(wrongType.status).toBe(302);
    const loc1 = new URL(wrongType.headers.get("location") ?? "");
    expect(loc1.searchParams.get("error")).toBe("unsupported_response_type");
    expect(loc1.searchParams.get("state")).toBe("s1");

    const plain = new URLSearchParams({ ...base, response_type: "code", code_challenge: "a".repeat(43), code_challenge_method: "plain" });
    const res = await fetch(`${sentry.url}/oauth/authorize/?${plain}`, { redirect: "manual" });
    expect(new URL(res.headers.get("location") ?? "").searchParams.get("error")).toBe("invalid_request");
  });
});

describe("authorization_code grant", () => {
  it("completes the full flow with PKCE and the token acts as the approving user", async () => {
    const { verifier, challenge } = pkcePair();
    const location = await authorize(sentry, { challenge, state: "st4te" });
    expect(location.origin + location.pathname).toBe(REDIRECT_URI);
    expect(location.searchParams.get("state")).toBe("st4te");
    const code = location.searchParams.get("code");
    expect(code).toBeTruthy();

    const res = await postToken(sentry, { grant_type: "authorization_code", code: code ?? "", redirect_uri: REDIRECT_URI, code_verifier: verifier });
    expect(res.status).toBe(200);
    const body = (await res.json()) as TokenResponse;
    expect(body).toMatchObject({
      token_type: "bearer",
      expires_in: 28800,
      scope: "org:read project:read event:read",
      user: { id: "1", name: "Jane Doe", email: "jane@example.com" },
    });
    expect(typeof body.access_token).toBe("string");
    expect(typeof body.refresh_token).toBe("string");
    const expiresAt = Date.parse(body.expires_at);
    expect(Math.abs(expiresAt - (Date.now() + 28800 * 1000))).toBeLessThan(10_000);

    const me = await api(sentry, "/api/0/auth/", body.access_token);
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ id: "1", email: "jane@example.com" });
  });

  it("accepts HTTP Basic client authentication and a JSON body", async () => {
    const { verifier, challenge } = pkcePair();
    const code = (await authorize(sentry, { challenge })).searchParams.get("code") ?? "";
    const res = await fetch(`${sentry.url}/oauth/token/`, {
      method: "POST",
      headers: {
        authorization: `Basic ${Buffer.from(`${sentry.clientId}:${sentry.clientSecret}`).toString("base64")}`,
        "content-type": "application/json",
      },
      body: JSON.stringify({ grant_type: "authorization_code", code, redirect_uri: REDIRECT_URI, code_verifier: verifier }),
    });
    expect(res.status).toBe(200);
  });

  it("rejects a wrong code_verifier with invalid_grant", async () => {
    const { challenge } = pkcePair();
    const code = (await authorize(sentry, { challenge })).searchParams.get("code") ?? "";
    const res = await postToken(sentry, {
      grant_type: "authorization_code",
      code,
      redirect_uri: REDIRECT_URI,
      code_verifier: pkcePair().verifier,
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: "invalid_grant", error_description: expect.any(String) });
  });

  it("rejects a redirect_uri different from the one given at authorize", async () => {
    const { verifier, challenge } = pkcePair();
    const code = (await authorize(sentry, { challenge })).searchParams.get("code") ?? "";
    const res = await postToken(sentry, {
      grant_type: "authorization_code",
      code,
      redirect_uri: "http://127.0.0.1:3000/elsewhere",
      code_verifier: verifier,
    });
    expect(res.status).toBe(400);
    expect((await res.json()) as unknown).toMatchObject({ error: "invalid_grant" });
  });

  it("accepts a code only once", async () => {
    const { verifier, challenge } = pkcePair();
    const code = (await authorize(sentry, { challenge })).searchParams.get("code") ?? "";
    const params = { grant_type: "authorization_code", code, redirect_uri: REDIRECT_URI, code_verifier: verifier };
    expect((await postToken(sentry, params)).status).toBe(200);
    const again = await postToken(sentry, params);
    expect(again.status).toBe(400);
    expect(await again.json()).toMatchObject({ error: "invalid_grant" });
  });

  it("rejects a bad client secret with 401 invalid_client", async () => {
    const res = await postToken(sentry, { grant_type: "authorization_code", code: "x", client_secret: "wrong" });
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: "invalid_client" });
  });

  it("redirects with access_denied when the user denies", async () => {
    const location = await authorize(sentry, { op: "deny", state: "deny-state" });
    expect(location.searchParams.get("error")).toBe("access_denied");
    expect(location.searchParams.get("error_description")).toBeTruthy();
    expect(location.searchParams.get("state")).toBe("deny-state");
    expect(location.searchParams.has("code")).toBe(false);
  });
});

describe("refresh_token grant and expiry", () => {
  it("rotates refresh tokens: a new pair each time, the old refresh token rejected", async () => {
    const first = await signIn(sentry);
    const res = await postToken(sentry, { grant_type: "refresh_token", refresh_token: first.refresh_token });
    expect(res.status).toBe(200);
    const second = (await res.json()) as TokenResponse;
    expect(second.access_token).not.toBe(first.access_token);
    expect(second.refresh_token).not.toBe(first.refresh_token);
    expect(second.user.id).toBe("1");

    const reused = await postToken(sentry, { grant_type: "refresh_token", refresh_token: first.refresh_token });
    expect(reused.status).toBe(400);
    expect(await reused.json()).toMatchObject({ error: "invalid_grant" });

    // The old access token keeps working until it expires; the new one works too.
    expect((await api(sentry, "/api/0/auth/", first.access_token)).status).toBe(200);
    expect((await api(sentry, "/api/0/auth/", second.access_token)).status).toBe(200);
    expect((await postToken(sentry, { grant_type: "refresh_token", refresh_token: second.refresh_token })).status).toBe(200);
  });

  it("issues tokens with the configured lifetime; expired tokens get 401, refresh still works", async () => {
    expect((await control(sentry, "config", { tokenExpiresIn: 1 })).status).toBe(200);
    const short = await signIn(sentry);
    expect(short.expires_in).toBe(1);
    await new Promise((r) => setTimeout(r, 1100));
    const late = await api(sentry, "/api/0/auth/", short.access_token);
    expect(late.status).toBe(401);
    expect(await late.json()).toEqual({ detail: "Invalid token" });

    await control(sentry, "config", { tokenExpiresIn: 3600 });
    const tokens = await signIn(sentry);
    expect((await api(sentry, "/api/0/auth/", tokens.access_token)).status).toBe(200);
    expect((await control(sentry, "expire-tokens")).status).toBe(200);
    expect((await api(sentry, "/api/0/auth/", tokens.access_token)).status).toBe(401);

    const refreshed = await postToken(sentry, { grant_type: "refresh_token", refresh_token: tokens.refresh_token });
    expect(refreshed.status).toBe(200);
    const fresh = (await refreshed.json()) as TokenResponse;
    expect(fresh.expires_in).toBe(3600);
    expect((await api(sentry, "/api/0/auth/", fresh.access_token)).status).toBe(200);
  });
});

describe("the second fixture user", () => {
  it("Sam sees no organizations and gets 403 on organization-scoped calls", async () => {
    const sam = await signIn(sentry, "2");
    expect(sam.user).toEqual({ id: "2", name: "Sam Other", email: "sam@example.com" });
    const orgs = await api(sentry, "/api/0/organizations/", sam.access_token);
    expect(orgs.status).toBe(200);
    expect(await orgs.json()).toEqual([]);
    const issues = await api(sentry, "/api/0/organizations/the-interstellar-jurisdiction/issues/", sam.access_token);
    expect(issues.status).toBe(403);
    expect(await issues.json()).toEqual({ detail: "You do not have permission to perform this action." });
    const project = await api(sentry, "/api/0/projects/the-interstellar-jurisdiction/pump-station/", sam.access_token);
    expect(project.status).toBe(403);
  });
});
