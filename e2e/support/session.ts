import { expect, type Page } from "@playwright/test";
import { APP_PORT } from "./stack.ts";

/** Signs in through the real OAuth round trip: our sign-in page, the Sentry stand-in's consent page, back. */
export async function signInWithSentry(page: Page, options: { user?: "jane" | "sam"; callbackUrl?: string } = {}) {
  await page.goto(options.callbackUrl ? `/signin?callbackUrl=${encodeURIComponent(options.callbackUrl)}` : "/signin");
  await page.getByRole("button", { name: "Continue with Sentry" }).click();
  await expect(page.getByRole("button", { name: "Approve" })).toBeVisible();
  // The stand-in's fixture users: Jane (id 1) belongs to every organization, Sam (id 2) to none.
  if (options.user) await page.getByLabel("Signed in as").selectOption(options.user === "sam" ? "2" : "1");
  await page.getByRole("button", { name: "Approve" }).click();
  await page.waitForURL((url) => url.pathname !== "/signin" && url.port === String(APP_PORT));
}
