import { expect, test } from "@playwright/test";
import { ask, conversationId } from "./support/chat.ts";
import { executeLocalD1 } from "./support/local-d1.ts";
import { signInWithSentry } from "./support/session.ts";
import { openaiStandIn, sentryStandIn } from "./support/stand-ins.ts";

test.beforeEach(async () => {
  await Promise.all([openaiStandIn.reset(), sentryStandIn.reset()]);
});

const LONG_REPLY = Array.from({ length: 40 }, (_, i) => `word${i}`).join(" ");

test("the reply is kept when the page is closed mid-stream", async ({ browser }) => {
  await openaiStandIn.script([{ match: "tell me a long story", steps: [{ text: LONG_REPLY, chunkDelayMs: 60 }] }]);
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInWithSentry(page);
  await ask(page, "tell me a long story");
  await expect(page.getByTestId("message-assistant")).toContainText("word1");
  const id = await conversationId(page);
  await page.close();

  const again = await context.newPage();
  await again.goto(`/c/${id}`);
  // The server finished the reply after the browser left; reload until the stored copy is complete.
  await expect(async () => {
    await again.reload();
    await expect(again.getByTestId("message-assistant")).toContainText("word39", { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await context.close();
});

test("the model rate-limits: retried, then an inline error with Retry that works", async ({ page }) => {
  await signInWithSentry(page);
  await openaiStandIn.fault({ status: 429, retryAfter: 0, count: 3 });
  await ask(page, "hello there");
  const alert = page.getByTestId("chat-error");
  await expect(alert).toBeVisible();
  expect((await openaiStandIn.requests()).length).toBe(3);
  // The question is kept and shown.
  await expect(page.getByTestId("message-user")).toContainText("hello there");
  await alert.getByRole("button", { name: "Retry" }).click();
  await expect(page.getByTestId("message-assistant")).toContainText("offline demo model");
  await expect(alert).toBeHidden();
});

test("a Sentry failure shows on the tool card and the model carries on", async ({ page }) => {
  await signInWithSentry(page);
  await ask(page, "who am i");
  await expect(page.getByTestId("tool-card")).toHaveAttribute("data-state", "done");
  await sentryStandIn.fault({ path: "/api/0/auth/", status: 500 });
  await ask(page, "whoami again please");
  const card = page.getByTestId("tool-card").nth(1);
  await expect(card).toHaveAttribute("data-state", "failed");
  await expect(card.getByTestId("tool-result")).toContainText("Sentry answered 500");
  await expect(page.getByTestId("message-assistant").nth(1)).toContainText("Here is what Sentry says about you");
});

test("the Sentry tools unreachable: the tool card says so, the model carries on, the message is kept", async ({ browser }) => {
  // One chat with tools first, so this isolate knows the tool definitions: a later chat reaches
  // /mcp only when a tool runs.
  const first = await browser.newContext();
  const firstPage = await first.newPage();
  await signInWithSentry(firstPage);
  await ask(firstPage, "who am i");
  await expect(firstPage.getByTestId("tool-card")).toHaveAttribute("data-state", "done");
  await first.close();

  // A fresh sign-in means a token /mcp has never seen, so /mcp must ask Sentry, which fails.
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInWithSentry(page);
  await sentryStandIn.fault({ path: "/api/0/auth/", status: 503, count: 10 });
  await ask(page, "who am i");
  const card = page.getByTestId("tool-card");
  await expect(card).toHaveAttribute("data-state", "failed");
  await expect(card.getByTestId("tool-result")).toContainText("Sentry tools are unavailable");
  await expect(page.getByTestId("message-assistant")).toContainText("Here is what Sentry says about you");
  const id = await conversationId(page);
  await page.goto(`/c/${id}`);
  await expect(page.getByTestId("message-user")).toContainText("who am i");
  await context.close();
});

test("Stop ends the reply and keeps what arrived", async ({ page }) => {
  await openaiStandIn.script([{ match: "slow answer", steps: [{ text: LONG_REPLY, chunkDelayMs: 150 }] }]);
  await signInWithSentry(page);
  await ask(page, "slow answer");
  await expect(page.getByTestId("message-assistant")).toContainText("word2");
  await page.getByRole("button", { name: "Stop" }).click();
  await expect(page.getByRole("button", { name: "Send" })).toBeVisible();
  await expect(page.getByTestId("message-assistant")).not.toContainText("word39");
});

test("Stop stops the reply on the server too: the part written so far is kept, marked stopped", async ({ page }) => {
  await openaiStandIn.script([{ match: "slow answer", steps: [{ text: LONG_REPLY, chunkDelayMs: 150 }] }]);
  await signInWithSentry(page);
  await ask(page, "slow answer");
  await expect(page.getByTestId("message-assistant")).toContainText("word2");
  await page.getByRole("button", { name: "Stop" }).click();
  await expect(page.getByTestId("message-stopped")).toBeVisible();
  // The app hung up on the model: nothing more of the reply was generated.
  await expect
    .poll(async () => (await openaiStandIn.requests()).find((request) => request.lastUserMessage === "slow answer")?.stream)
    .toBe("cancelled");

  // The stored reply is the part written before Stop, marked as stopped (it is stored as the stream ends).
  const reply = page.getByTestId("message-assistant");
  await expect(async () => {
    await page.reload();
    await expect(reply.getByTestId("message-stopped")).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 10_000 });
  await expect(reply).toContainText("word2");
  await expect(reply).not.toContainText("word39");
});

test("a reply that cannot be stored says so, with Retry, which stores it", async ({ page }) => {
  await signInWithSentry(page);
  await ask(page, "hello");
  await expect(page.getByRole("button", { name: "Regenerate" })).toBeVisible();
  const id = await conversationId(page);
  // The database refuses this conversation's next reply, as a full disk or an outage would; the
  // person's message is still stored.
  const trigger = `refuse_reply_${id.replaceAll("-", "_")}`;
  executeLocalD1(
    `CREATE TRIGGER ${trigger} BEFORE INSERT ON messages WHEN NEW.conversation_id = '${id}' AND NEW.role = 'assistant'
     BEGIN SELECT RAISE(ABORT, 'the database is unavailable'); END`,
  );
  try {
    await ask(page, "who am i");
    const reply = page.getByTestId("message-assistant").nth(1);
    await expect(reply).toContainText("Here is what Sentry says about you");
    const notSaved = page.getByTestId("reply-not-saved");
    await expect(notSaved).toContainText("This reply was not saved: it will be gone after a reload.");
  } finally {
    executeLocalD1(`DROP TRIGGER IF EXISTS ${trigger}`);
  }

  await page.getByTestId("reply-not-saved").getByRole("button", { name: "Retry" }).click();
  await expect(page.getByTestId("reply-not-saved")).toBeHidden();
  await expect(page.getByRole("button", { name: "Regenerate" })).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("message-assistant")).toHaveCount(2);
  await expect(page.getByTestId("message-assistant").nth(1)).toContainText("Here is what Sentry says about you");
});
