import { expect, test } from "@playwright/test";
import { conversationAction, send, sidebar, startConversation, uniqueMessage } from "./support/history.ts";
import { signInWithSentry } from "./support/session.ts";
import { openaiStandIn, sentryStandIn } from "./support/stand-ins.ts";

test.beforeEach(async ({ page }) => {
  await Promise.all([openaiStandIn.reset(), sentryStandIn.reset()]);
  await signInWithSentry(page);
});

test("a first message files the conversation in the sidebar under its own address, without a reload", async ({ page }) => {
  await page.goto("/");
  // Survives only if the page is never reloaded.
  await page.evaluate(() => Object.assign(window, { __sameDocument: true }));

  const first = uniqueMessage("What changed in the checkout release on Tuesday?");
  const firstId = await startConversation(page, first);
  const firstLink = sidebar(page).getByRole("link", { name: first });
  await expect(firstLink).toHaveAttribute("href", `/c/${firstId}`);
  await expect(firstLink).toHaveAttribute("aria-current", "page");
  expect(await page.evaluate(() => (window as { __sameDocument?: boolean }).__sameDocument)).toBe(true);

  // A new chat is a new conversation, and the newest comes first.
  await sidebar(page).getByRole("link", { name: "New chat" }).click();
  await expect(page).toHaveURL("/");
  await expect(page.getByTestId("message-user")).toHaveCount(0);
  const second = uniqueMessage("Summarise the latest deploy");
  const secondId = await startConversation(page, second);
  expect(secondId).not.toBe(firstId);
  const titles = sidebar(page).getByRole("listitem").getByRole("link");
  await expect(titles.nth(0)).toHaveText(second);
  await expect(titles.nth(1)).toHaveText(first);
  await expect(firstLink).not.toHaveAttribute("aria-current", "page");

  // Talking in an older conversation brings it back to the top.
  await firstLink.click();
  await expect(page).toHaveURL(`/c/${firstId}`);
  await send(page, "And the one before it?");
  await expect(titles.nth(0)).toHaveText(first);
});

test("a new conversation is in the sidebar as soon as its first message is sent, before any reply", async ({ page }) => {
  await page.goto("/");
  // The model holds its answer back until the person stops it.
  await openaiStandIn.fault({ stall: true });
  const question = uniqueMessage("Which release broke the login page?");
  await page.getByRole("combobox", { name: "Message" }).fill(question);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Stop" })).toBeVisible();

  const link = sidebar(page).getByRole("link", { name: question });
  await expect(link).toHaveAttribute("aria-current", "page");
  await expect(page).toHaveURL(/\/c\/[0-9a-f-]{36}$/);
  // The reply is still held back.
  await expect(page.getByRole("button", { name: "Stop" })).toBeVisible();

  await page.getByRole("button", { name: "Stop" }).click();
  await expect(page.getByRole("button", { name: "Stop" })).toBeHidden();
  await expect(link).toBeVisible();
});

test("a long first message gives a title cut at a word boundary", async ({ page }) => {
  await page.goto("/");
  const message = `${uniqueMessage("Why")} did checkout latency double after the deploy of the payments service on Tuesday night?`;
  await startConversation(page, message);
  const title = await sidebar(page).getByRole("link", { name: /^Why / }).first().textContent();
  expect(title?.endsWith("…")).toBe(true);
  expect(title!.length).toBeLessThanOrEqual(60);
  expect(message.startsWith(title!.slice(0, -1))).toBe(true);
});

test("reloading /c/<id> shows the conversation, rendered on the server", async ({ page, browser }) => {
  await page.goto("/");
  // "who am i" makes the model stand-in call the whoami tool; the suffix keeps the title unique.
  const question = uniqueMessage("Who am I?");
  const id = await startConversation(page, question, "Here is what Sentry says about you");

  await page.reload();
  await expect(page.getByTestId("message-user")).toHaveText(question);
  await expect(page.getByTestId("message-assistant")).toContainText("Here is what Sentry says about you");
  await expect(page.getByTestId("tool-card")).toHaveAttribute("data-tool-name", "whoami");

  // Without JavaScript only the server's HTML is there: the messages must be in it.
  const noScript = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
  try {
    const plain = await noScript.newPage();
    const response = await plain.goto(`/c/${id}`);
    expect(response?.status()).toBe(200);
    await expect(plain.getByTestId("message-user")).toHaveText(question);
    await expect(plain.getByTestId("message-assistant")).toContainText("jane@example.com");
    await expect(plain.getByRole("link", { name: question })).toHaveAttribute("aria-current", "page");
    await expect(plain).toHaveTitle(`${question} · Sentry Chat`);
  } finally {
    await noScript.close();
  }
});

test("renames a conversation inline, refusing an empty title", async ({ page }) => {
  await page.goto("/");
  const original = uniqueMessage("Latency on the payments page");
  const id = await startConversation(page, original);

  await conversationAction(page, original, "Rename");
  const field = sidebar(page).getByRole("textbox", { name: "Conversation title" });
  await expect(field).toBeFocused();
  await expect(field).toHaveValue(original);

  // Escape keeps the old title.
  await field.fill("Never mind");
  await field.press("Escape");
  await expect(sidebar(page).getByRole("link", { name: original })).toBeVisible();

  await conversationAction(page, original, "Rename");
  await field.fill("   ");
  await field.press("Enter");
  await expect(sidebar(page).getByRole("alert")).toHaveText("The title cannot be empty.");
  await expect(field).toHaveAttribute("aria-invalid", "true");

  await field.fill("x".repeat(101));
  await field.press("Enter");
  await expect(sidebar(page).getByRole("alert")).toHaveText("The title can be at most 100 characters.");

  const renamed = uniqueMessage("Payments latency incident");
  await field.fill(`  ${renamed}  `);
  await field.press("Enter");
  await expect(field).toBeHidden();
  await expect(sidebar(page).getByRole("link", { name: renamed })).toHaveAttribute("href", `/c/${id}`);

  await page.reload();
  await expect(sidebar(page).getByRole("link", { name: renamed })).toBeVisible();
  await expect(page).toHaveTitle(`${renamed} · Sentry Chat`);
});

test("deletes a conversation after confirmation; deleting the open one starts a new chat", async ({ page }) => {
  await page.goto("/");
  const kept = uniqueMessage("Error budget for March");
  const keptId = await startConversation(page, kept);
  await sidebar(page).getByRole("link", { name: "New chat" }).click();
  await expect(page).toHaveURL("/");
  const doomed = uniqueMessage("Flaky login check");
  const doomedId = await startConversation(page, doomed);

  // Cancelling keeps it.
  await conversationAction(page, doomed, "Delete");
  const dialog = page.getByRole("alertdialog", { name: "Delete this conversation?" });
  await expect(dialog).toContainText(doomed);
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await expect(sidebar(page).getByRole("link", { name: doomed })).toBeVisible();

  await conversationAction(page, doomed, "Delete");
  await dialog.getByRole("button", { name: "Delete" }).click();
  await expect(dialog).toBeHidden();
  await expect(sidebar(page).getByRole("link", { name: doomed })).toHaveCount(0);
  await expect(page).toHaveURL("/");
  await expect(page.getByTestId("message-user")).toHaveCount(0);
  await expect(sidebar(page).getByRole("link", { name: kept })).toBeVisible();

  // It is gone for good; the other one is untouched.
  expect((await page.goto(`/c/${doomedId}`))?.status()).toBe(404);
  expect((await page.goto(`/c/${keptId}`))?.status()).toBe(200);
  await expect(page.getByTestId("message-user")).toHaveText(kept);
});

test("Back and Forward bring each conversation back with its messages", async ({ page }) => {
  await page.goto("/");
  const older = uniqueMessage("Alert thresholds for the API");
  const olderId = await startConversation(page, older);
  await sidebar(page).getByRole("link", { name: "New chat" }).click();
  await expect(page.getByTestId("message-user")).toHaveCount(0);
  const newer = uniqueMessage("Sampling rate for traces");
  const newerId = await startConversation(page, newer);

  await sidebar(page).getByRole("link", { name: older }).click();
  await expect(page).toHaveURL(`/c/${olderId}`);
  await expect(page.getByTestId("message-user")).toHaveText(older);

  // The newer conversation got its address in place, while it was a new chat.
  await page.goBack();
  await expect(page).toHaveURL(`/c/${newerId}`);
  await expect(page.getByTestId("message-user")).toHaveText(newer);
  await expect(page.getByTestId("message-assistant")).toHaveCount(1);

  await page.goForward();
  await expect(page).toHaveURL(`/c/${olderId}`);
  await expect(page.getByTestId("message-user")).toHaveText(older);
});
