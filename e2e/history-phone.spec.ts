import { expect, test } from "@playwright/test";
import { sidebar, startConversation, uniqueMessage } from "./support/history.ts";
import { signInWithSentry } from "./support/session.ts";
import { openaiStandIn, sentryStandIn } from "./support/stand-ins.ts";

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

test.beforeEach(async () => {
  await Promise.all([openaiStandIn.reset(), sentryStandIn.reset()]);
});

test("on a phone the history is a sheet opened from the header's menu button", async ({ page }) => {
  await signInWithSentry(page);
  await page.goto("/");
  const title = uniqueMessage("Crash rate on Android");
  const id = await startConversation(page, title);
  await page.goto("/");

  // No room beside the chat: the sidebar is not shown until asked for.
  await expect(sidebar(page)).toBeHidden();
  await page.getByRole("button", { name: "Open conversations" }).click();
  const sheet = page.getByRole("dialog", { name: "Conversations" });
  await expect(sheet).toBeVisible();
  await expect(sheet.getByRole("link", { name: "New chat" })).toBeVisible();

  // Picking a conversation opens it and puts the sheet away.
  await sheet.getByRole("link", { name: title }).click();
  await expect(page).toHaveURL(`/c/${id}`);
  await expect(sheet).toBeHidden();
  await expect(page.getByTestId("message-user")).toHaveText(title);

  // The actions work from the sheet too, and the composer fits the screen.
  await page.getByRole("button", { name: "Open conversations" }).click();
  await expect(sheet.getByRole("button", { name: `Actions for ${title}` })).toBeVisible();
  await sheet.getByRole("button", { name: "Close" }).click();
  await expect(sheet).toBeHidden();
  const composer = await page.getByRole("combobox", { name: "Message" }).boundingBox();
  expect(composer && composer.x + composer.width).toBeLessThanOrEqual(390);
});
