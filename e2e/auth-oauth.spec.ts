import { expect, test } from "@playwright/test";
import { localKvValue } from "./support/local-kv.ts";
import { openAccountMenu, openConsentPage, sessionClaims, sessionCookie } from "./support/session.ts";
import { openaiStandIn, sentryStandIn } from "./support/stand-ins.ts";
import { APP_URL, SENTRY_STANDIN_URL } from "./support/stack.ts";

test.beforeEach(async () => {
  await Promise.all([openaiStandIn.reset(), sentryStandIn.reset()]);
});

test("the full OAuth round trip brings the person back to the page they asked for", async ({ page, context }) => {
  await page.goto("/?from=bookmark");
  await expect(page).toHaveURL(`${APP_URL}/signin?callbackUrl=${encodeURIComponent("/?from=bookmark")}`);
  await page.getByRole("button", { name: "Continue with Sentry" }).click();
  await page.getByRole("button", { name: "Approve" }).click();
  await expect(page).toHaveURL(`${APP_URL}/?from=bookmark`);
  await openAccountMenu(page, "Jane Doe");
  await expect(page.getByRole("menu")).toContainText("jane@example.com");
  await expect(page.getByRole("menu")).toContainText(`on ${new URL(SENTRY_STANDIN_URL).host}`);
  await expect(page.getByRole("menuitem", { name: "Sign out" })).toBeVisible();

  // Sentry saw PKCE (S256), a state, the scopes, and the code verifier at the exchange.
  const requests = await sentryStandIn.requests();
  const authorize = requests.find((r) => r.path === "/oauth/authorize/" && r.method === "GET")!;
  expect(authorize.query).toMatchObject({
    code_challenge_method: "S256",
    scope: "org:read project:read team:read member:read event:read event:write project:write team:write",
  });
  expect(authorize.query).toHaveProperty("state");
  const exchange = requests.find((r) => r.path === "/oauth/token/")!;
  expect(exchange.body).toMatchObject({ grant_type: "authorization_code", code_verifier: expect.any(String) });

  // The session cookie: HttpOnly, SameSite=Lax (not Secure over plain http), holding id and profile only.
  const cookie = await sessionCookie(context);
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", secure: false, path: "/" });
  const claims = await sessionClaims(context);
  expect(Object.keys(claims ?? {}).sort()).toEqual(["email", "exp", "iat", "jti", "name", "picture", "sub"]);
  expect(claims).toMatchObject({ sub: "1", name: "Jane Doe", email: "jane@example.com" });

  // The tokens are in KV, encrypted: the access token Sentry issued appears nowhere in the raw value.
  const issued = requests
    .filter((r) => r.path === "/api/0/auth/")
    .map((r) => /^Bearer (\S+)$/.exec(String((r.headers as Record<string, string>).authorization))?.[1]);
  expect(issued[0]).toMatch(/^[0-9a-f]{64}$/);
  const stored = localKvValue("tokens:1");
  expect(stored).toMatch(/^v1\.[\w-]+\.[\w-]+$/);
  expect(stored).not.toContain(issued[0]);
  // Neither does any other token-like run of hex (the refresh token is 64 hex characters too).
  expect(stored).not.toMatch(/[0-9a-f]{32}/);
});

test("choosing Deny on Sentry's consent page says so, and signs nobody in", async ({ page, context }) => {
  await openConsentPage(page, "/?q=1");
  await page.getByRole("button", { name: "Deny" }).click();
  await expect(page).toHaveURL(/\/signin\?/);
  await expect(page.getByRole("alert").filter({ hasText: /You chose Deny on Sentry, so you are not signed in/ })).toBeVisible();
  expect(new URL(page.url()).searchParams.get("callbackUrl")).toBe("/?q=1");
  expect(await sessionCookie(context)).toBeUndefined();

  // Trying again goes through, to the page first asked for.
  await page.getByRole("button", { name: "Continue with Sentry" }).click();
  await page.getByRole("button", { name: "Approve" }).click();
  await expect(page).toHaveURL(`${APP_URL}/?q=1`);
});

test("a callback for a sign-in started in another tab is refused as unverifiable", async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await openConsentPage(first);
  await openConsentPage(second); // replaces the browser's record of the first attempt

  await first.getByRole("button", { name: "Approve" }).click();
  await expect(first).toHaveURL(/\/signin\?error=state_mismatch/);
  await expect(first.getByRole("alert").filter({ hasText: /could not be verified: it was started in another tab or browser/ })).toBeVisible();
  expect(await sessionCookie(context)).toBeUndefined();

  // The attempt this browser did start still completes.
  await second.getByRole("button", { name: "Approve" }).click();
  await expect(second.getByRole("combobox", { name: "Message" })).toBeVisible();
});
