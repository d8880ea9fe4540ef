import { expect, test, type Page } from "@playwright/test";
import { ask, conversationId } from "./support/chat.ts";
import { executeLocalD1 } from "./support/local-d1.ts";
import { connectMcp, DEMO_TOKEN } from "./support/mcp-client.ts";
import { sessionCookie, signInWithSentry } from "./support/session.ts";
import { openaiStandIn, sentryStandIn, type SentEnvelope } from "./support/stand-ins.ts";

// The Playwright stack runs the app with SENTRY_DSN pointing at the Sentry stand-in's ingest
// endpoint (e2e/support/stack.ts); these specs read back what it reported.

test.beforeEach(async () => {
  await Promise.all([openaiStandIn.reset(), sentryStandIn.reset()]);
});

type Item = { type: string; payload: any }; // eslint-disable-line @typescript-eslint/no-explicit-any -- event JSON

/** Waits for an envelope item that matches, as the worker sends them after the response. */
async function reported(match: (item: Item) => boolean): Promise<Item> {
  let found: Item | undefined;
  await expect
    .poll(async () => {
      found = (await sentryStandIn.envelopes()).flatMap((envelope) => envelope.items).find(match);
      return found !== undefined;
    }, { timeout: 20_000 })
    .toBe(true);
  return found!;
}

/** Nothing people wrote or hold as credentials is in anything the app sent. */
async function expectNothingPrivate(envelopes: SentEnvelope[], secrets: string[]) {
  const sent = envelopes.map((envelope) => envelope.raw).join("\n");
  for (const secret of secrets) expect(sent, `reported "${secret.slice(0, 12)}…"`).not.toContain(secret);
}

/** A `whoami` call that Sentry failed with 500: its span, and the Sentry request's span under it. */
function expectFailedWhoamiSpans(transaction: Item["payload"]) {
  const tool = transaction.spans.find((span: { op: string }) => span.op === "mcp.tool");
  expect(tool).toMatchObject({
    description: "tools/call whoami",
    status: "internal_error",
    data: expect.objectContaining({ "mcp.tool.name": "whoami", "mcp.tool.error": true, "sentry.status_code": 500 }),
  });
  expect(tool.timestamp).toBeGreaterThan(tool.start_timestamp);
  expect(transaction.spans).toContainEqual(
    expect.objectContaining({
      op: "http.client.sentry",
      description: "GET /api/0/auth/",
      parent_span_id: tool.span_id,
      data: expect.objectContaining({ "http.response.status_code": 500 }),
    }),
  );
}

test("a model failure in /api/chat is reported with its trace, without the message, tokens or cookies", async ({ page, context }) => {
  await signInWithSentry(page);
  await openaiStandIn.fault({ status: 500, count: 3 });
  const message = `why does checkout fail for order ${Date.now()}`;
  await ask(page, message);
  await expect(page.getByTestId("chat-error")).toBeVisible();

  const event = (await reported((item) => item.type === "event" && item.payload.tags?.where === "chat stream")).payload;
  expect(event).toMatchObject({
    environment: "e2e",
    release: "sentry-chat@e2e",
    user: { id: "1" },
    tags: { "error.code": "internal" },
    request: { method: "POST", url: expect.stringMatching(/\/api\/chat$/) },
  });
  expect(event.user).toEqual({ id: "1" });
  expect(event.exception.values.at(-1).type).toMatch(/APICallError|RetryError/);

  // The chat request's transaction, with its failed model step.
  const transaction = (await reported((item) => item.type === "transaction" && item.payload.transaction === "POST /api/chat")).payload;
  expect(transaction.contexts.trace.trace_id).toBe(event.contexts.trace.trace_id);
  expect(transaction.spans).toContainEqual(
    expect.objectContaining({ op: "chat.model_step", description: "model step 0", status: "internal_error" }),
  );

  const cookie = await sessionCookie(context);
  await expectNothingPrivate(await sentryStandIn.envelopes(), [
    message,
    cookie!.value,
    "jane@example.com",
    "Jane Doe",
    ...(await sentryStandIn.bearerTokens()),
  ]);
});

test("a failing tool call is reported, and its transaction has the tool span with Sentry's status", async ({ page, context }) => {
  await signInWithSentry(page);
  await ask(page, "who am i");
  await expect(page.getByTestId("tool-card")).toHaveAttribute("data-state", "done");
  await sentryStandIn.fault({ path: "/api/0/auth/", status: 500 });
  await ask(page, "whoami again please");
  await expect(page.getByTestId("tool-card").nth(1)).toHaveAttribute("data-state", "failed");

  const event = (await reported((item) => item.type === "event" && item.payload.tags?.where === "tool")).payload;
  expect(event).toMatchObject({ user: { id: "1" }, tags: { "error.code": "upstream_unavailable" } });
  expect(event.exception.values.at(-1)).toMatchObject({ type: "AppError", value: "Sentry answered 500 for /api/0/auth/. Try again shortly." });

  // /mcp's transaction, in the chat request's trace: the tool call and the Sentry request under it.
  const mcp = (
    await reported(
      (item) => item.type === "transaction" && item.payload.spans?.some((span: { op: string }) => span.op === "mcp.tool") && item.payload.contexts.trace.trace_id === event.contexts.trace.trace_id,
    )
  ).payload;
  expectFailedWhoamiSpans(mcp);
  // The chat's own span for the tool, in its transaction.
  const chat = (await reported((item) => item.type === "transaction" && item.payload.transaction === "POST /api/chat" && item.payload.contexts.trace.trace_id === event.contexts.trace.trace_id)).payload;
  expect(chat.spans).toContainEqual(expect.objectContaining({ op: "chat.tool", description: "execute_tool whoami" }));

  const cookie = await sessionCookie(context);
  await expectNothingPrivate(await sentryStandIn.envelopes(), [
    "whoami again please",
    "Here is what Sentry says about you",
    cookie!.value,
    "jane@example.com",
    ...(await sentryStandIn.bearerTokens()),
  ]);
});

test("expected outcomes are not reported: a refused request leaves Sentry quiet", async ({ request }) => {
  const refused = await request.post("/api/chat", { data: "{not json", headers: { "content-type": "application/json" } });
  expect(refused.status()).toBe(400);
  // A transaction for the request still arrives (sent in the same flush as any error of its); no error event does.
  const transaction = (
    await reported(
      (item) =>
        item.type === "transaction" &&
        item.payload.transaction === "POST /api/chat" &&
        item.payload.contexts.trace.data["http.response.status_code"] === 400,
    )
  ).payload;
  const items = (await sentryStandIn.envelopes()).flatMap((envelope) => envelope.items);
  expect(items.filter((item) => item.type === "event" && item.payload.contexts.trace.trace_id === transaction.contexts.trace.trace_id)).toEqual([]);
});

test("an error in the browser is reported with the page's path only, and the SDK loads only with a DSN", async ({ page, context }) => {
  await signInWithSentry(page);
  await page.goto("/?draft=private-draft-text");
  // The SDK's global appears when its chunk is evaluated, and it is started in the same task.
  await page.waitForFunction(() => "__SENTRY__" in window);
  await page.evaluate(() => {
    setTimeout(() => {
      throw new Error("a bug in the page");
    });
  });
  const event = (await reported((item) => item.type === "event" && item.payload.exception?.values?.[0]?.value === "a bug in the page")).payload;
  expect(event).toMatchObject({ platform: "javascript", environment: "e2e", release: "sentry-chat@e2e" });
  expect(event.request.url).toMatch(/^http:\/\/localhost:\d+\/$/);
  expect(event.user).toBeUndefined();
  // The page load is traced too.
  await reported((item) => item.type === "transaction" && item.payload.contexts?.trace?.op === "pageload");

  const cookie = await sessionCookie(context);
  await expectNothingPrivate(await sentryStandIn.envelopes(), ["private-draft-text", cookie!.value, "jane@example.com"]);
});

/**
 * Jane's conversation holding `message`, which the app can then no longer read: its stored parts
 * are made invalid JSON straight in the local D1, as no request of the app could.
 */
async function conversationWithUnreadableMessage(page: Page, message: string): Promise<string> {
  await signInWithSentry(page);
  await ask(page, message);
  const id = await conversationId(page);
  await expect(page.getByRole("button", { name: "Send" })).toBeVisible();
  executeLocalD1(`UPDATE messages SET parts = '{"parts": [' WHERE conversation_id = '${id}' AND role = 'user'`);
  return id;
}

test("a page that fails to render is reported with the person's id and the route, and they see an error page with its reference", async ({ page, context }) => {
  const message = `what broke in release ${Date.now()}`;
  const id = await conversationWithUnreadableMessage(page, message);

  const response = await page.goto(`/c/${id}?from=bookmark`);
  expect(response?.status()).toBe(500);
  await expect(page.getByRole("heading", { name: "This page could not be loaded" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Back to Sentry Chat" })).toBeVisible();
  const reference = await page.getByTestId("error-reference").innerText();

  const event = (await reported((item) => item.type === "event" && item.payload.tags?.where === "render")).payload;
  expect(event).toMatchObject({
    environment: "e2e",
    release: "sentry-chat@e2e",
    tags: { "error.code": "internal", route: "/c/[id]", digest: reference },
    request: { method: "GET", url: expect.stringMatching(new RegExp(`/c/${id}$`)) },
  });
  expect(event.user).toEqual({ id: "1" });
  expect(event.exception.values.at(-1).type).toBe("SyntaxError");

  const cookie = await sessionCookie(context);
  await expectNothingPrivate(await sentryStandIn.envelopes(), [message, "from=bookmark", cookie!.value, "jane@example.com", "Jane Doe"]);
});

test("a route handler that fails is reported with the person's id, and answers with the JSON error contract", async ({ page, context }) => {
  const message = `why did checkout fail ${Date.now()}`;
  // Sharing the conversation snapshots the message it cannot read.
  const id = await conversationWithUnreadableMessage(page, message);

  const response = await page.request.post("/api/shares", { data: { conversationId: id, visibility: "public" } });
  expect(response.status()).toBe(500);
  expect((await response.json()).error).toEqual({ code: "internal", message: "Something went wrong on our side." });

  const event = (await reported((item) => item.type === "event" && item.payload.tags?.where === "route")).payload;
  expect(event).toMatchObject({ environment: "e2e", release: "sentry-chat@e2e", request: { method: "POST" } });
  expect(event.user).toEqual({ id: "1" });
  expect(event.exception.values.at(-1).type).toBe("SyntaxError");

  const cookie = await sessionCookie(context);
  await expectNothingPrivate(await sentryStandIn.envelopes(), [message, cookie!.value, "jane@example.com", "Jane Doe"]);
});

test("a failing tool call over the legacy /sse transport is traced and reported as one over /mcp is", async () => {
  const client = await connectMcp({ transport: "sse" });
  await sentryStandIn.fault({ path: "/api/0/auth/", status: 500 });
  const result = await client.callTool({ name: "whoami", arguments: {} });
  expect(result.isError).toBe(true);
  await client.close();

  const event = (await reported((item) => item.type === "event" && item.payload.tags?.where === "tool")).payload;
  expect(event).toMatchObject({ environment: "e2e", release: "sentry-chat@e2e", tags: { "error.code": "upstream_unavailable" } });
  expect(event.user).toEqual({ id: "1" });
  expect(event.exception.values.at(-1)).toMatchObject({ type: "AppError", value: "Sentry answered 500 for /api/0/auth/. Try again shortly." });

  // The session object's transaction for the POST that carried the call: the tool span, and the Sentry request under it.
  const session = (
    await reported(
      (item) => item.type === "transaction" && item.payload.transaction === "POST /sse/message" && item.payload.contexts.trace.trace_id === event.contexts.trace.trace_id && item.payload.spans?.length > 0,
    )
  ).payload;
  expectFailedWhoamiSpans(session);

  await expectNothingPrivate(await sentryStandIn.envelopes(), [DEMO_TOKEN, "jane@example.com", "Jane Doe", "sessionId="]);
});
