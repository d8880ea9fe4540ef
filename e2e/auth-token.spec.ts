import { expect, test } from "@playwright/test";
import { DEMO_TOKEN } from "./stand-ins/sentry/fixtures.ts";
import { localKvValue } from "./support/local-kv.ts";
import { sessionCookie, signInWithToken } from "./support/session.ts";
import { openaiStandIn, sentryStandIn } from "./support/stand-ins.ts";
import { APP_URL } from "./support/stack.ts";

test.beforeEach(async () => {
  await Promise.all([openaiStandIn.reset(), sentryStandIn.reset()]);
});

test("signs in with the stand-in's demo user auth token and chats as that user", async ({ page }) => {
  await signInWithToken(page, DEMO_TOKEN);
  await expect(page).toHaveURL(`${APP_URL}/`);
  await expect(page.getByRole("button", { name: "Account menu for Jane Doe" })).toBeVisible();

  await page.getByRole("combobox", { name: "Message" }).fill("Who am I?");
  await page.keyboard.press("Enter");
  const card = page.getByTestId("tool-card");
  await expect(card).toHaveAttribute("data-state", "done");
  await expect(page.getByTestId("message-assistant")).toContainText("jane@example.com");

  // Sentry was asked with the token itself; KV holds it encrypted, never in plain text.
  const tokenCalls = (await sentryStandIn.requests()).filter(
    (r) => (r.headers as Record<string, string>).authorization === `Bearer ${DEMO_TOKEN}`,
  );
  expect(tokenCalls.length).toBeGreaterThan(0);
  const stored = localKvValue("tokens:1");
  expect(stored).toMatch(/^v1\./);
  expect(stored).not.toContain("sntryu_");
  expect(stored).not.toContain(DEMO_TOKEN.slice("sntryu_".length));
});

test("a token Sentry does not accept gets an inline error, and no session", async ({ page, context }) => {
  await signInWithToken(page, `sntryu_${"0".repeat(64)}`);
  await expect(page.getByRole("alert").filter({ hasText: /Sentry did not accept this token/ })).toBeVisible();
  await expect(page).toHaveURL(/\/signin/);
  await expect(page.getByLabel("Sentry user auth token", { exact: true })).toBeVisible();
  expect(await sessionCookie(context)).toBeUndefined();
});
