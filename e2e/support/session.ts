import { expect, type BrowserContext, type Page } from "@playwright/test";
import { decode } from "next-auth/jwt";
import { APP_PORT, TEST_AUTH_SECRET } from "./stack.ts";

/** Signs in through the real OAuth round trip: our sign-in page, the Sentry stand-in's consent page, back. */
export async function signInWithSentry(page: Page, options: { user?: "jane" | "sam"; callbackUrl?: string } = {}) {
  await openConsentPage(page, options.callbackUrl);
  // The stand-in's fixture users: Jane (id 1) belongs to every organization, Sam (id 2) to none.
  if (options.user) await page.getByLabel("Signed in as").selectOption(options.user === "sam" ? "2" : "1");
  await page.getByRole("button", { name: "Approve" }).click();
  await page.waitForURL((url) => url.pathname !== "/signin" && url.port === String(APP_PORT));
}

/** Our sign-in page, "Continue with Sentry", and the stand-in's consent page showing. */
export async function openConsentPage(page: Page, callbackUrl?: string) {
  await page.goto(callbackUrl === undefined ? "/signin" : `/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  await page.getByRole("button", { name: "Continue with Sentry" }).click();
  await expect(page.getByRole("button", { name: "Approve" })).toBeVisible();
}

/** Signs in with a Sentry user auth token on our sign-in page. */
export async function signInWithToken(page: Page, token: string) {
  await page.goto("/signin");
  await page.getByLabel("Sentry user auth token", { exact: true }).fill(token);
  await page.getByRole("button", { name: "Sign in with token" }).click();
}

export const SESSION_COOKIE = "authjs.session-token";

export async function sessionCookie(context: BrowserContext) {
  return (await context.cookies()).find((cookie) => cookie.name === SESSION_COOKIE);
}

/** What the session cookie carries, decrypted with the test stack's secret. */
export async function sessionClaims(context: BrowserContext): Promise<Record<string, unknown> | null> {
  const cookie = await sessionCookie(context);
  if (!cookie) return null;
  return decode({ token: cookie.value, secret: TEST_AUTH_SECRET, salt: SESSION_COOKIE });
}

/** Opens the account menu; a click that lands before hydration opens nothing, so it is retried. */
export async function openAccountMenu(page: Page, name: string) {
  await expect(async () => {
    await page.getByRole("button", { name: `Account menu for ${name}` }).click();
    await expect(page.getByRole("menu")).toBeVisible({ timeout: 1000 });
  }).toPass();
}
