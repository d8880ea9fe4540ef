import { expect, test, type Page } from "@playwright/test";
import { OFFLINE_HELP_TEXT } from "./stand-ins/openai/script.ts";
import { ask } from "./support/chat.ts";
import { signInWithSentry } from "./support/session.ts";
import { openaiStandIn, sentryStandIn } from "./support/stand-ins.ts";

/** The phrases the demo model's help text advertises (README lists the same). */
const HELP_PHRASES = [...OFFLINE_HELP_TEXT.matchAll(/\*\*"([^"]+)"\*\*/g)].map((m) => m[1]);
/** The empty state's suggestions (components/chat/starters.tsx), read off the page itself. */
const STARTER_COUNT = 4;

test.beforeEach(async ({ page }) => {
  await Promise.all([openaiStandIn.reset(), sentryStandIn.reset()]);
  await signInWithSentry(page);
});

/** Waits for the reply to end (approving any write on the way) and checks it answered, not failed. */
async function expectAnswered(page: Page) {
  const cards = page.getByTestId("tool-card");
  await expect(cards.first()).toBeVisible();
  const approve = page.getByRole("button", { name: "Approve" });
  const send = page.getByRole("button", { name: "Send" });
  await expect(approve.or(send).first()).toBeVisible();
  if (await approve.isVisible()) await approve.click();
  await expect(send).toBeVisible();
  for (const card of await cards.all()) await expect(card).toHaveAttribute("data-state", "done");
  const answer = page.getByTestId("message-assistant").last();
  await expect(answer).not.toBeEmpty();
  await expect(answer).not.toContainText(/MCP error|Input validation|tool failed|not available/i);
}

test("the help text advertises phrases", () => {
  expect(HELP_PHRASES.length).toBeGreaterThanOrEqual(5);
});

for (const phrase of HELP_PHRASES) {
  test(`"${phrase}" answers with Sentry data`, async ({ page }) => {
    await ask(page, phrase);
    await expectAnswered(page);
  });
}

for (let index = 0; index < STARTER_COUNT; index++) {
  test(`empty-state suggestion ${index + 1} answers with Sentry data`, async ({ page }) => {
    const emptyState = page.getByRole("heading", { name: "What do you want to know about your Sentry data?" }).locator("..");
    const starters = emptyState.getByRole("button");
    await expect(starters).toHaveCount(STARTER_COUNT);
    await starters.nth(index).click();
    await expectAnswered(page);
  });
}

test("/favicon.ico and the app icons answer with images", async ({ page, request }) => {
  const favicon = await request.get("/favicon.ico");
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()["content-type"]).toMatch(/^image\//);
  await page.goto("/");
  for (const rel of ["icon", "apple-touch-icon"]) {
    const href = await page.locator(`link[rel="${rel}"]`).last().getAttribute("href");
    const response = await request.get(href!);
    expect(response.status(), `${rel} ${href}`).toBe(200);
    expect(response.headers()["content-type"]).toMatch(/^image\//);
  }
});
