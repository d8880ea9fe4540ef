import { expect, test, type Page } from "@playwright/test";
import { ask, conversationId } from "./support/chat.ts";
import { signInWithSentry } from "./support/session.ts";
import { openaiStandIn, sentryStandIn } from "./support/stand-ins.ts";

const SLOW = "take your time";
// About six seconds: long enough to still be written while the other messages arrive.
const SLOW_REPLY = Array.from({ length: 30 }, (_, i) => `part${i}`).join(" ");
const LAST_PART = "part29";

test.beforeEach(async ({ page }) => {
  await Promise.all([openaiStandIn.reset(), sentryStandIn.reset()]);
  await openaiStandIn.script([{ match: SLOW, steps: [{ text: SLOW_REPLY, chunkDelayMs: 200 }] }]);
  await signInWithSentry(page);
});

/** The roles of the conversation's stored messages, in order, as the chat shows them after a reload. */
async function storedRoles(page: Page, id: string): Promise<string[]> {
  await page.goto(`/c/${id}`);
  await expect(page.getByTestId("message-user").first()).toBeVisible();
  return page
    .locator('[data-testid="message-user"], [data-testid="message-assistant"]')
    .evaluateAll((messages) => messages.map((message) => message.getAttribute("data-testid")!.replace("message-", "")));
}

test("of ten messages sent at once into one conversation, one is answered and the rest are refused: the stored order stays user, assistant", async ({ page }) => {
  await ask(page, "hello");
  await expect(page.getByRole("button", { name: "Regenerate" })).toBeVisible();
  const id = await conversationId(page);

  const responses = await Promise.all(
    Array.from({ length: 10 }, (_, i) =>
      page.request.post("/api/chat", {
        data: { id, message: { id: `msg_at_once_${i}`, role: "user", parts: [{ type: "text", text: `${SLOW} (${i})` }] } },
      }),
    ),
  );

  const accepted = responses.filter((response) => response.status() === 200);
  expect(accepted).toHaveLength(1);
  expect(await accepted[0].text()).toContain(LAST_PART);
  const refused = responses.filter((response) => response !== accepted[0]);
  for (const response of refused) {
    expect(response.status()).toBe(409);
    expect(await response.json()).toEqual({
      error: {
        code: "reply_in_progress",
        message: "A reply is still being written in this conversation. Wait for it to finish, or stop it.",
      },
    });
  }

  expect(await storedRoles(page, id)).toEqual(["user", "assistant", "user", "assistant"]);
  await expect(page.getByTestId("message-assistant").nth(1)).toContainText(LAST_PART);

  // Once the reply is stored, the conversation takes the next message.
  await ask(page, "and now?");
  await expect(page.getByTestId("message-assistant")).toHaveCount(3);
  await expect(page.getByRole("button", { name: "Regenerate" })).toBeVisible();
  expect(await storedRoles(page, id)).toEqual(["user", "assistant", "user", "assistant", "user", "assistant"]);
});

test("a message sent while a reply is being written elsewhere is refused in the chat, without disturbing that reply, and Retry sends it once it is done", async ({ page, context }) => {
  await ask(page, "hello");
  await expect(page.getByRole("button", { name: "Regenerate" })).toBeVisible();
  const id = await conversationId(page);

  // The same conversation open in a second tab, where a slow reply is being written.
  const other = await context.newPage();
  await other.goto(`/c/${id}`);
  await ask(other, SLOW);
  await expect(other.getByTestId("message-assistant").nth(1)).toContainText("part1");

  await ask(page, "are you there?");
  await expect(page.getByTestId("chat-error")).toContainText(
    "A reply is still being written in this conversation. Wait for it to finish, or stop it.",
  );
  await expect(other.getByTestId("message-assistant").nth(1)).toContainText(LAST_PART);
  await expect(other.getByRole("button", { name: "Regenerate" })).toBeVisible();

  // Once that reply is stored, Retry sends the refused message, answered after it.
  await page.getByTestId("chat-error").getByRole("button", { name: "Retry" }).click();
  await expect(page.getByTestId("chat-error")).toBeHidden();
  await expect(page.getByRole("button", { name: "Regenerate" })).toBeVisible();
  expect(await storedRoles(page, id)).toEqual(["user", "assistant", "user", "assistant", "user", "assistant"]);
  await expect(page.getByTestId("message-assistant").nth(1)).toContainText(LAST_PART);
  await expect(page.getByTestId("message-user").nth(2)).toHaveText("are you there?");
});
