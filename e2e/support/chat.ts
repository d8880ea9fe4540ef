import { expect, type Page } from "@playwright/test";

export const ORG = "the-interstellar-jurisdiction";

/**
 * Types a message into the composer and sends it with Enter, once the chat can take one: while a
 * reply is still streaming (the Stop button shows) Enter sends nothing.
 */
export async function ask(page: Page, text: string) {
  await expect(page.getByRole("button", { name: "Send" })).toBeVisible();
  const box = page.getByRole("combobox", { name: "Message" });
  await box.fill(text);
  await box.press("Enter");
}

/** The conversation id of the open chat, once its URL is /c/<id>. */
export async function conversationId(page: Page): Promise<string> {
  await expect(page).toHaveURL(/\/c\/[0-9a-f-]{36}$/);
  return new URL(page.url()).pathname.split("/").at(-1)!;
}
