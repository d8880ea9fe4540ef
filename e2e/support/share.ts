import { expect, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { ask, conversationId } from "./chat.ts";

/** Asks "Who am I?" in a new chat and waits for the whoami card and the reply; returns the conversation id. */
export async function conversationWithWhoami(page: Page): Promise<string> {
  await page.goto("/");
  await ask(page, "Who am I?");
  await expect(page.getByTestId("tool-card")).toHaveAttribute("data-state", "done");
  await expect(page.getByTestId("message-assistant")).toContainText("Here is what Sentry says about you");
  return conversationId(page);
}

/** Creates a link through the API with the page's session; returns its id. */
export async function createShare(
  request: APIRequestContext,
  body: { conversationId: string; visibility: "public" | "org"; organization?: string },
): Promise<string> {
  const response = await request.post("/api/shares", { data: body });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()).share.id as string;
}

/** Opens a page in a fresh signed-out browser with JavaScript off: what a crawler or a cautious reader sees. */
export async function openWithoutJavaScript(browser: Browser, path: string) {
  return openSignedOut(browser, path, { javaScriptEnabled: false });
}

/** Opens a page in a fresh signed-out browser. */
export async function openSignedOut(browser: Browser, path: string, options: { javaScriptEnabled?: boolean } = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const response = await page.goto(path);
  return { context, page, status: response?.status() };
}
