import { expect, test } from "@playwright/test";
import { expectNoSeriousViolations, inEveryLook } from "./support/axe.ts";
import { ask, ORG } from "./support/chat.ts";
import { startConversation, uniqueMessage } from "./support/history.ts";
import { signInWithSentry } from "./support/session.ts";
import { conversationWithWhoami, createShare, openWithoutJavaScript } from "./support/share.ts";
import { openaiStandIn, sentryStandIn } from "./support/stand-ins.ts";

/** The organization's name, as the Sentry stand-in answers it. */
const ORG_NAME = "The Interstellar Jurisdiction";

test.beforeEach(async ({ page }) => {
  await Promise.all([openaiStandIn.reset(), sentryStandIn.reset()]);
  await signInWithSentry(page);
});

test("the Share button appears once there are messages, and makes a link that opens for anyone", async ({ page, browser }) => {
  await page.goto("/");
  await expect(page.getByRole("combobox", { name: "Message" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Share", exact: true })).toHaveCount(0);
  await conversationWithWhoami(page);

  await page.getByRole("button", { name: "Share", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Share this conversation" });
  await expect(dialog.getByRole("radio", { name: "Anyone with the link" })).toBeChecked();
  await dialog.getByRole("button", { name: "Create link" }).click();
  const link = dialog.getByRole("textbox", { name: "Shared link" });
  await expect(link).toHaveValue(/\/share\/[A-Za-z0-9_-]{22}$/);
  await expect(dialog.getByTestId("share-link")).toHaveCount(1);

  const url = new URL(await link.inputValue());
  const reader = await openWithoutJavaScript(browser, url.pathname);
  await expect(reader.page.getByTestId("shared-message-user")).toContainText("Who am I?");
  await reader.context.close();
});

test("/share opens the dialog; an organization link lists the user's organizations", async ({ page }) => {
  await conversationWithWhoami(page);
  await ask(page, "/share");
  const dialog = page.getByRole("dialog", { name: "Share this conversation" });
  await dialog.getByRole("radio", { name: "Members of an organization" }).check();
  await expect(dialog.getByRole("combobox", { name: "Organization" })).toHaveValue(ORG);
  await dialog.getByRole("button", { name: "Create link" }).click();
  await expect(dialog.getByTestId("share-link")).toContainText(`Members of ${ORG_NAME}`);
  await page.keyboard.press("Escape");
  await expect(page.getByRole("combobox", { name: "Message" })).toBeFocused();
});

test("My shared links: rows fit the dialog on desktop and phone, name the organization, and date as the share page does", async ({ page }) => {
  await page.goto("/");
  // A title as long as titles get (60 characters), its unique part first, since a long title is cut.
  const marker = uniqueMessage("Checkout");
  const id = await startConversation(page, `${marker} broke after the payments service deploy on Tuesday night`);
  await createShare(page.request, { conversationId: id, visibility: "org", organization: ORG });
  await createShare(page.request, { conversationId: id, visibility: "public" });

  const mine = page.getByRole("dialog", { name: "My shared links" });
  const rows = mine.getByTestId("share-link").filter({ hasText: marker });
  const open = async () => {
    await page.goto("/");
    await page.getByRole("button", { name: /Account menu for Jane Doe/ }).click();
    await page.getByRole("menuitem", { name: "My shared links" }).click();
    await expect(rows).toHaveCount(2);
  };
  await inEveryLook(page, open, async (look) => {
    await expect(rows.nth(1)).toContainText(`Members of ${ORG_NAME}`);
    // The share page's date format: "December 3, 2026".
    await expect(rows.nth(0)).toContainText(/ · [A-Z][a-z]+ \d{1,2}, \d{4}$/);
    const dialogBox = (await mine.boundingBox())!;
    expect(await mine.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
    for (const row of await mine.getByTestId("share-link").all()) {
      const box = (await row.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(dialogBox.x);
      expect(box.x + box.width).toBeLessThanOrEqual(dialogBox.x + dialogBox.width);
      // Every action stays reachable inside the row.
      const revoke = (await row.getByRole("button", { name: /Revoke link/ }).boundingBox())!;
      expect(revoke.x + revoke.width).toBeLessThanOrEqual(box.x + box.width);
    }
    await expectNoSeriousViolations(page, look);
  });
});

test("closing the account menu's dialogs hands focus back to the message box", async ({ page }) => {
  await page.goto("/");
  for (const name of ["My shared links", "Connected apps"]) {
    await page.getByRole("button", { name: /Account menu for Jane Doe/ }).click();
    await page.getByRole("menuitem", { name }).click();
    const dialog = page.getByRole("dialog", { name });
    await expect(dialog).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(page.getByRole("combobox", { name: "Message" }), name).toBeFocused();
  }
});

test("My shared links lists the user's links and revokes one", async ({ page, browser }) => {
  await conversationWithWhoami(page);
  await page.getByRole("button", { name: "Share", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Share this conversation" });
  await dialog.getByRole("button", { name: "Create link" }).click();
  const path = new URL(await dialog.getByRole("textbox", { name: "Shared link" }).inputValue()).pathname;
  await page.keyboard.press("Escape");

  await page.getByRole("button", { name: /Account menu for Jane Doe/ }).click();
  await page.getByRole("menuitem", { name: "My shared links" }).click();
  const mine = page.getByRole("dialog", { name: "My shared links" });
  const row = mine.getByTestId("share-link").filter({ has: page.locator(`a[href="${path}"]`) });
  await expect(row).toContainText("Who am I?");
  await row.getByRole("button", { name: /Revoke link/ }).click();
  await expect(row).toHaveCount(0);

  const reader = await openWithoutJavaScript(browser, path);
  expect(reader.status).toBe(404);
  await reader.context.close();
});
