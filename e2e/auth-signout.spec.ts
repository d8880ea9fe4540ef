import { expect, request as requestApi, test } from "@playwright/test";
import { localKvValue } from "./support/local-kv.ts";
import { openAccountMenu, SESSION_COOKIE, sessionCookie, signInWithSentry } from "./support/session.ts";
import { sentryStandIn } from "./support/stand-ins.ts";
import { APP_URL } from "./support/stack.ts";

test.beforeEach(async () => {
  await sentryStandIn.reset();
});

const chatBody = {
  id: "6f0c7c1e-9b7e-4a59-8f3e-2f1d7c3b5a10",
  message: { id: "msg_after_sign_out", role: "user", parts: [{ type: "text", text: "hello" }] },
};

test("signing out deletes the Sentry tokens and ends the session; later API calls get 401", async ({ page, context }) => {
  await signInWithSentry(page);
  const oldCookie = (await sessionCookie(context))!;
  expect(localKvValue("tokens:1")).not.toBeNull();

  await openAccountMenu(page, "Jane Doe");
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);
  await expect(page.getByRole("button", { name: "Continue with Sentry" })).toBeVisible();
  expect(await sessionCookie(context)).toBeUndefined();
  expect(localKvValue("tokens:1")).toBeNull();

  // This browser: no session any more.
  const response = await page.request.post("/api/chat", { data: chatBody });
  expect(response.status()).toBe(401);
  expect((await response.json()).error.code).toBe("unauthorized");

  // A copy of the old session cookie is worthless: the Sentry grant behind it is gone.
  const replay = await requestApi.newContext({
    baseURL: APP_URL,
    extraHTTPHeaders: { cookie: `${SESSION_COOKIE}=${oldCookie.value}` },
  });
  const replayed = await replay.post("/api/chat", { data: chatBody });
  expect(replayed.status()).toBe(401);
  expect((await replayed.json()).error.code).toBe("reauth_required");
  const home = await replay.get("/", { maxRedirects: 0 });
  expect(home.status()).toBe(307);
  expect(home.headers().location).toBe("/signin?callbackUrl=%2F");
  await replay.dispose();
});
