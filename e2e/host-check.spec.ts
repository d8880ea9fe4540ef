/**
 * DNS rebinding: a request whose Host is not one of the app's own (APP_URL's, or loopback on a
 * local server) is refused with 403 before anything is read or stored, whatever its Origin says —
 * a rebinding page sends an Origin that matches its own foreign Host.
 */
import { expect, test } from "@playwright/test";
import { DEMO_TOKEN } from "./support/mcp-client.ts";
import { rawRequest } from "./support/raw-http.ts";
import { SESSION_COOKIE, sessionCookie, signInWithSentry } from "./support/session.ts";
import { conversationWithWhoami } from "./support/share.ts";
import { sentryStandIn } from "./support/stand-ins.ts";

const EVIL = "evil.example.com";
const foreign = { host: EVIL, origin: `http://${EVIL}`, "content-type": "application/json" };

test.beforeEach(() => sentryStandIn.reset());

test("/mcp and /sse: a foreign Host gets 403 carrying the request's id, and Sentry is never asked", async () => {
  const call = { jsonrpc: "2.0", id: 7, method: "tools/call", params: { name: "whoami", arguments: {} } };
  const headers = { ...foreign, accept: "application/json, text/event-stream", authorization: `Sentry-Bearer ${DEMO_TOKEN}` };
  for (const path of ["/mcp", "/mcp/the-interstellar-jurisdiction"]) {
    const response = await rawRequest({ method: "POST", path, headers, body: JSON.stringify(call) });
    expect(response.status, path).toBe(403);
    expect(JSON.parse(response.body)).toMatchObject({ jsonrpc: "2.0", id: 7, error: { message: expect.stringContaining("host") } });
  }
  const sse = await rawRequest({ method: "GET", path: "/sse", headers: { host: EVIL, authorization: `Sentry-Bearer ${DEMO_TOKEN}` } });
  expect(sse.status).toBe(403);
  expect(await sentryStandIn.requests()).toEqual([]);
});

test("/api/chat and /api/shares: a foreign Host gets 403 and nothing is stored", async ({ page, context }) => {
  await signInWithSentry(page);
  const conversationId = await conversationWithWhoami(page);
  const cookie = `${SESSION_COOKIE}=${(await sessionCookie(context))!.value}`;

  const newConversation = crypto.randomUUID();
  const chat = await rawRequest({
    method: "POST",
    path: "/api/chat",
    headers: { ...foreign, cookie },
    body: JSON.stringify({ id: newConversation, message: { id: "msg_rebound", role: "user", parts: [{ type: "text", text: "hello" }] } }),
  });
  expect(chat.status).toBe(403);
  const history = await (await page.request.get("/api/conversations")).json();
  expect(JSON.stringify(history)).toContain(conversationId);
  expect(JSON.stringify(history)).not.toContain(newConversation);

  const share = { conversationId, visibility: "public" };
  const rebound = await rawRequest({ method: "POST", path: "/api/shares", headers: { ...foreign, cookie }, body: JSON.stringify(share) });
  expect(rebound.status).toBe(403);
  expect((await page.request.get(`/api/shares?conversationId=${conversationId}`).then((r) => r.json())).shares).toEqual([]);

  // The same request on the app's own host is served: the Host alone made the difference.
  const own = await page.request.post("/api/shares", { data: share });
  expect(own.status()).toBe(201);
});
