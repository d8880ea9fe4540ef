import { expect, type Page } from "@playwright/test";

/** The stand-in model's answer to any message without a scripted rule. */
export const DEFAULT_REPLY = "Try one of those!";

/** Words that stay clear of the stand-in's built-in rules (who am i, projects, issues, …). */
export function uniqueMessage(topic: string): string {
  return `${topic} ${Math.random().toString(36).slice(2, 8)}`;
}

export function sidebar(page: Page) {
  return page.getByRole("navigation", { name: "Conversations" });
}

/** Sends a message from the composer and waits for the whole reply. */
export async function send(page: Page, text: string, reply = DEFAULT_REPLY) {
  const replies = page.getByTestId("message-assistant");
  const before = await replies.count();
  await page.getByRole("combobox", { name: "Message" }).fill(text);
  await page.keyboard.press("Enter");
  await expect(replies).toHaveCount(before + 1);
  await expect(replies.last()).toContainText(reply);
  await expect(page.getByRole("button", { name: "Stop" })).toBeHidden();
}

/** Starts a conversation from a new chat and returns its id, read from the address it gets. */
export async function startConversation(page: Page, text: string, reply = DEFAULT_REPLY): Promise<string> {
  await send(page, text, reply);
  await expect(page).toHaveURL(/\/c\/[0-9a-f-]{36}$/);
  const id = new URL(page.url()).pathname.split("/").at(-1);
  if (!id) throw new Error(`no conversation id in ${page.url()}`);
  return id;
}

/** Opens the actions menu of a conversation in the sidebar and picks one. */
export async function conversationAction(page: Page, title: string, action: "Rename" | "Delete") {
  await sidebar(page).getByRole("button", { name: `Actions for ${title}` }).click();
  await page.getByRole("menuitem", { name: action }).click();
}
