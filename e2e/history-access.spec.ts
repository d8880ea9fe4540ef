import { expect, test, type Page } from "@playwright/test";
import { sidebar, startConversation, uniqueMessage } from "./support/history.ts";
import { signInWithSentry } from "./support/session.ts";
import { openaiStandIn, sentryStandIn } from "./support/stand-ins.ts";
import { APP_URL } from "./support/stack.ts";

const UNKNOWN_ID = "6f1c0e2a-9b7d-4c3e-8a5f-0d2b4e6a8c10";

test.beforeEach(async () => {
  await Promise.all([openaiStandIn.reset(), sentryStandIn.reset()]);
});

async function janesConversation(page: Page): Promise<{ id: string; title: string }> {
  await signInWithSentry(page);
  await page.goto("/");
  const title = uniqueMessage("Private notes on the outage");
  return { id: await startConversation(page, title), title };
}

test("another user gets the same 404 for Jane's conversation as for one that does not exist", async ({ page, browser }) => {
  const jane = await janesConversation(page);

  const samContext = await browser.newContext();
  try {
    const sam = await samContext.newPage();
    await signInWithSentry(sam, { user: "sam" });
    await expect(sam.getByRole("button", { name: /Account menu for Sam/ })).toBeVisible();

    // Sam belongs to no organization, so every chat page tells him so; Jane's id and an unknown
    // id get the very same answer, and nothing of Jane's conversation shows.
    const foreignPage = await sam.goto(`/c/${jane.id}`);
    await expect(sam.getByRole("heading", { name: "No organization to work with" })).toBeVisible();
    await expect(sam.getByText(jane.title)).toHaveCount(0);
    const unknownPage = await sam.goto(`/c/${UNKNOWN_ID}`);
    expect(foreignPage?.status()).toBe(unknownPage?.status());

    const list = await (await sam.request.get("/api/conversations")).json();
    expect(list.conversations.map((c: { id: string }) => c.id)).not.toContain(jane.id);

    for (const [method, data] of [
      ["PATCH", { title: "Mine now" }],
      ["DELETE", undefined],
    ] as const) {
      const foreign = await sam.request.fetch(`/api/conversations/${jane.id}`, { method, data });
      const unknown = await sam.request.fetch(`/api/conversations/${UNKNOWN_ID}`, { method, data });
      expect(foreign.status(), method).toBe(404);
      expect(unknown.status(), method).toBe(404);
      expect(await foreign.json()).toEqual(await unknown.json());
    }
  } finally {
    await samContext.close();
  }

  // Jane's conversation is untouched.
  await page.goto(`/c/${jane.id}`);
  await expect(page.getByTestId("message-user")).toHaveText(jane.title);
  await expect(sidebar(page).getByRole("link", { name: jane.title })).toBeVisible();
});

test("a signed-out visitor to /c/<id> signs in and comes back to it", async ({ page, browser }) => {
  const jane = await janesConversation(page);

  const freshContext = await browser.newContext();
  try {
    const visitor = await freshContext.newPage();
    await visitor.goto(`/c/${jane.id}`);
    await expect(visitor).toHaveURL(`/signin?callbackUrl=${encodeURIComponent(`/c/${jane.id}`)}`);
    await signInWithSentry(visitor, { callbackUrl: `/c/${jane.id}` });
    await expect(visitor).toHaveURL(`/c/${jane.id}`);
    await expect(visitor.getByTestId("message-user")).toHaveText(jane.title);
  } finally {
    await freshContext.close();
  }
});

test("the conversation routes need a session, same-origin writes and valid input", async ({ page, playwright }) => {
  const jane = await janesConversation(page);

  const anonymous = await playwright.request.newContext({ baseURL: APP_URL });
  try {
    for (const [method, path] of [
      ["GET", "/api/conversations"],
      ["PATCH", `/api/conversations/${jane.id}`],
      ["DELETE", `/api/conversations/${jane.id}`],
    ] as const) {
      const response = await anonymous.fetch(path, { method, data: method === "PATCH" ? { title: "x" } : undefined });
      expect(response.status(), `${method} ${path}`).toBe(401);
      expect((await response.json()).error.code).toBe("unauthorized");
    }
  } finally {
    await anonymous.dispose();
  }

  const crossSite = await page.request.patch(`/api/conversations/${jane.id}`, {
    headers: { origin: "https://evil.example" },
    data: { title: "Hijacked" },
  });
  expect(crossSite.status()).toBe(403);
  const crossSiteDelete = await page.request.delete(`/api/conversations/${jane.id}`, { headers: { origin: "https://evil.example" } });
  expect(crossSiteDelete.status()).toBe(403);

  const tooLong = await page.request.patch(`/api/conversations/${jane.id}`, { data: { title: "x".repeat(101) } });
  expect(tooLong.status()).toBe(400);
  expect((await tooLong.json()).error).toEqual({ code: "bad_request", message: "title: The title can be at most 100 characters." });
  const oversized = await page.request.patch(`/api/conversations/${jane.id}`, { data: { title: "x".repeat(8 * 1024) } });
  expect(oversized.status()).toBe(413);
  const malformedId = await page.request.delete("/api/conversations/not-a-conversation");
  expect(malformedId.status()).toBe(404);
  const badCursor = await page.request.get("/api/conversations?cursor=nonsense");
  expect(badCursor.status()).toBe(400);

  // None of that changed anything.
  await page.reload();
  await expect(sidebar(page).getByRole("link", { name: jane.title })).toBeVisible();
});

test("GET /api/conversations lists mine, most recently active first, page by page", async ({ page }) => {
  await signInWithSentry(page);
  const titles: string[] = [];
  for (const topic of ["Alpha rollout", "Beta rollout", "Gamma rollout"]) {
    await page.goto("/");
    titles.unshift(uniqueMessage(topic));
    await startConversation(page, titles[0]);
  }

  const seen: Array<{ id: string; title: string }> = [];
  let cursor: string | null = null;
  do {
    const query: string = cursor ? `?limit=2&cursor=${cursor}` : "?limit=2";
    const response = await page.request.get(`/api/conversations${query}`);
    expect(response.status()).toBe(200);
    expect(response.headers()["cache-control"]).toBe("private, no-store");
    const body = (await response.json()) as { conversations: Array<{ id: string; title: string }>; nextCursor: string | null };
    expect(body.conversations.length).toBeLessThanOrEqual(2);
    seen.push(...body.conversations);
    cursor = body.nextCursor;
  } while (cursor);

  expect(seen.slice(0, 3).map((c) => c.title)).toEqual(titles);
  expect(new Set(seen.map((c) => c.id)).size).toBe(seen.length);
});
