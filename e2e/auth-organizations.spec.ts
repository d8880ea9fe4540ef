import { expect, test } from "@playwright/test";
import { signInWithSentry } from "./support/session.ts";
import { sentryStandIn } from "./support/stand-ins.ts";

test.beforeEach(async () => {
  await sentryStandIn.reset();
});

test("a person in no organization sees a page saying so instead of the chat", async ({ page }) => {
  await signInWithSentry(page, { user: "sam" });
  await expect(page.getByRole("heading", { name: "No organization to work with" })).toBeVisible();
  await expect(page.getByText("Your Sentry account (sam@example.com) does not belong to any Sentry organization yet.")).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Message" })).toHaveCount(0);

  // Checking again asks Sentry afresh (nothing changed), and another account can be used.
  await sentryStandIn.clearRequests();
  await page.getByRole("button", { name: "Check again" }).click();
  await expect(page.getByRole("heading", { name: "No organization to work with" })).toBeVisible();
  await expect.poll(async () => (await sentryStandIn.requests()).some((r) => r.path === "/api/0/organizations/")).toBe(true);
  await page.getByRole("button", { name: "Sign in with another account" }).click();
  await expect(page).toHaveURL(/\/signin/);
  await signInWithSentry(page, { user: "jane" });
  await expect(page.getByRole("combobox", { name: "Message" })).toBeVisible();
});
