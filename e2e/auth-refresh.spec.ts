import { expect, test, type Page } from "@playwright/test";
import { signInWithSentry } from "./support/session.ts";
import { openaiStandIn, sentryStandIn } from "./support/stand-ins.ts";
import { APP_URL } from "./support/stack.ts";

test.beforeEach(async () => {
  await Promise.all([openaiStandIn.reset(), sentryStandIn.reset()]);
});

async function ask(page: Page, text: string) {
  await page.getByRole("combobox", { name: "Message" }).fill(text);
  await page.keyboard.press("Enter");
}

test("a token about to expire is refreshed, and the chat works with the new one", async ({ page }) => {
  // Tokens live 4 minutes: less than the 5-minute margin, so the app refreshes before using one.
  await sentryStandIn.setTokenLifetime(240);
  await signInWithSentry(page);
  const before = await sentryStandIn.requests();
  const signInToken = before.find((r) => r.path === "/api/0/auth/")!.headers as Record<string, string>;
  await sentryStandIn.clearRequests();

  await ask(page, "Who am I?");
  await expect(page.getByTestId("tool-card")).toHaveAttribute("data-state", "done");
  await expect(page.getByTestId("message-assistant")).toContainText("jane@example.com");

  const [grant, ...more] = await sentryStandIn.refreshGrants();
  expect(more).toEqual([]);
  expect(grant.status).toBe(200);
  // The tool call used a token issued by that refresh, not the one from the sign-in.
  const toolCall = (await sentryStandIn.requests()).find((r) => r.path === "/api/0/auth/")!;
  expect((toolCall.headers as Record<string, string>).authorization).not.toBe(signInToken.authorization);
});

test("10 concurrent requests needing a refresh make exactly one refresh request", async ({ page }) => {
  await sentryStandIn.setTokenLifetime(240);
  await signInWithSentry(page);
  // The signed-in token needs refreshing; the refreshed one must not, or a request that reads it
  // from KV late would rightly refresh again.
  await sentryStandIn.setTokenLifetime(28_800);
  await sentryStandIn.clearRequests();

  const responses = await Promise.all(
    Array.from({ length: 10 }, (_, i) =>
      page.request.post("/api/chat", {
        data: { id: crypto.randomUUID(), message: { id: `msg_${i}`, role: "user", parts: [{ type: "text", text: "hello" }] } },
      }),
    ),
  );
  expect(responses.map((response) => response.status())).toEqual(Array(10).fill(200));
  expect(await sentryStandIn.refreshGrants()).toHaveLength(1);
});

test("a rejected refresh token asks to sign in again, keeping the conversation and the message", async ({ page }) => {
  // Tokens live 30 seconds: every use needs a refresh, and none is worth using once refresh fails.
  await sentryStandIn.setTokenLifetime(30);
  await signInWithSentry(page);
  await ask(page, "Who am I?");
  await expect(page.getByTestId("message-assistant")).toContainText("Here is what Sentry says about you");

  // Sentry now rejects the refresh token, as it does one that was rotated by another use.
  await sentryStandIn.fault({
    method: "POST",
    path: "/oauth/token/",
    status: 400,
    body: { error: "invalid_grant", error_description: "Invalid grant: refresh token is not valid" },
    count: 100,
  });
  await ask(page, "And who am I now?");
  const notice = page.getByRole("alert").filter({ hasText: "Your Sentry session has ended" });
  await expect(notice).toBeVisible();
  // The conversation has its own address since its first message.
  await expect(page).toHaveURL(/\/c\/[0-9a-f-]{36}$/);
  const conversationPath = new URL(page.url()).pathname;
  await notice.getByRole("button", { name: "Sign in again" }).click();

  await expect(page).toHaveURL(`${APP_URL}/signin?callbackUrl=${encodeURIComponent(conversationPath)}`);
  await sentryStandIn.clearFaults();
  await page.getByRole("button", { name: "Continue with Sentry" }).click();
  await page.getByRole("button", { name: "Approve" }).click();

  // Back in the same conversation, the unsent message waiting in the box.
  await expect(page).toHaveURL(`${APP_URL}${conversationPath}`);
  await expect(page.getByTestId("message-assistant")).toContainText("Here is what Sentry says about you");
  const box = page.getByRole("combobox", { name: "Message" });
  await expect(box).toHaveValue("And who am I now?");
  await box.press("Enter");
  await expect(page.getByTestId("message-user")).toHaveText(["Who am I?", "And who am I now?"]);
  await expect(page.getByTestId("tool-card")).toHaveCount(2);
  await expect(page.getByTestId("tool-card").last()).toHaveAttribute("data-state", "done");
});
