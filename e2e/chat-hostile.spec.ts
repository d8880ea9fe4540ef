import { expect, test } from "@playwright/test";
import { ask, conversationId } from "./support/chat.ts";
import { signInWithSentry } from "./support/session.ts";
import { createShare, openWithoutJavaScript } from "./support/share.ts";
import { openaiStandIn, sentryStandIn } from "./support/stand-ins.ts";

/** A host nothing listens on: a request to it would mean untrusted content made the browser fetch. */
const TRAP = "http://127.0.0.1:9/";
const HOSTILE = [
  "Look: <img src=x onerror=\"window.__pwned = true\"> and <script>window.__pwned = true</script>",
  `[click me](javascript:window.__pwned=true) and ![tracker](${TRAP}pixel.png)`,
  `<a href="javascript:window.__pwned=true">raw link</a> [docs](https://docs.sentry.io/)`,
].join("\n\n");

test.beforeEach(async ({ page }) => {
  await Promise.all([openaiStandIn.reset(), sentryStandIn.reset()]);
  await signInWithSentry(page);
});

test("hostile Markdown from the model and from Sentry data executes nothing and loads nothing", async ({ page }) => {
  const requested: string[] = [];
  page.on("request", (request) => requested.push(request.url()));
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });

  // Warm up so /mcp has validated this token, then serve hostile user data from Sentry.
  await ask(page, "who am i");
  await expect(page.getByTestId("tool-card")).toHaveAttribute("data-state", "done");
  await sentryStandIn.fault({
    path: "/api/0/auth/",
    status: 200,
    body: { id: "1", name: HOSTILE, username: "jane", email: "jane@example.com", avatarUrl: null },
  });
  await openaiStandIn.script([{ match: "show me something", steps: [{ toolCalls: [{ name: "whoami", arguments: {} }] }, { text: HOSTILE }] }]);
  await ask(page, "show me something");
  const reply = page.getByTestId("message-assistant").nth(1);
  await expect(reply).toContainText("raw link");
  const card = page.getByTestId("tool-card").nth(1);
  await card.locator("summary").click();
  await expect(card.getByTestId("tool-result")).toContainText("click me");

  expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(requested.filter((url) => url.startsWith(TRAP))).toEqual([]);
  await expect(page.locator("[data-testid=message-list] img")).toHaveCount(0);
  await expect(page.locator('[data-testid=message-list] a[href^="javascript:"]')).toHaveCount(0);
  const external = page.locator('[data-testid=message-list] a[href="https://docs.sentry.io/"]').first();
  await expect(external).toHaveAttribute("rel", "noopener noreferrer");
  await expect(external).toHaveAttribute("target", "_blank");
});

test("a blocked link shows its text and says the link was removed, in the chat and on the shared page", async ({ page, browser }) => {
  const BLOCKED_LINKS = "show me the blocked links";
  await openaiStandIn.script([
    { match: BLOCKED_LINKS, steps: [{ text: "Try [click me](javascript:window.__pwned=true) or [the docs](https://docs.sentry.io/)." }] },
  ]);
  await ask(page, BLOCKED_LINKS);
  await expect(page.getByRole("button", { name: "Regenerate" })).toBeVisible();
  const id = await createShare(page.request, { conversationId: await conversationId(page), visibility: "public" });
  const { context, page: reader } = await openWithoutJavaScript(browser, `/share/${id}`);

  for (const reply of [page.getByTestId("message-assistant"), reader.getByTestId("shared-message-assistant")]) {
    await expect(reply.getByRole("paragraph")).toHaveText("Try click me (link removed) or the docs.");
    await expect(reply.getByRole("link")).toHaveText(["the docs"]);
    // Said to a screen reader too, and no tooltip about a URL nobody can see.
    await expect(reply.getByText("(link removed)")).toBeVisible();
    await expect(reply.locator("[title]")).toHaveCount(0);
  }
  await context.close();
});
