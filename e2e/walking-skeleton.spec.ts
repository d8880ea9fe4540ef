import { expect, test } from "@playwright/test";
import { signInWithSentry } from "./support/session.ts";
import { openaiStandIn, sentryStandIn } from "./support/stand-ins.ts";

test.beforeEach(async () => {
  await Promise.all([openaiStandIn.reset(), sentryStandIn.reset()]);
});

test("signs in with Sentry, asks who they are, and sees the whoami tool result", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) violations.push(message.text());
  });

  await page.goto("/");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2F$/);
  await signInWithSentry(page);
  await expect(page.getByRole("button", { name: /Account menu for Jane Doe/ })).toBeVisible();

  await page.getByRole("combobox", { name: "Message" }).fill("Who am I?");
  await page.keyboard.press("Enter");

  const card = page.getByTestId("tool-card");
  await expect(card).toHaveAttribute("data-tool-name", "whoami");
  await expect(card).toHaveAttribute("data-state", "done");
  await card.locator("summary").click();
  await expect(card.getByTestId("tool-result")).toContainText("jane@example.com");
  await expect(page.getByTestId("message-assistant")).toContainText("Here is what Sentry says about you");

  // The model was offered the MCP tools and was sent the tool's result.
  const requests = await openaiStandIn.requests();
  expect(requests[0].tools).toContain("whoami");
  expect(requests.at(-1)?.toolOutputs.at(-1)?.output).toContain("jane@example.com");
  // The app called Sentry with the token the OAuth flow issued, not with anything else.
  const authCalls = (await sentryStandIn.requests()).filter((r) => r.path === "/api/0/auth/");
  expect(authCalls.length).toBeGreaterThan(0);

  expect(violations).toEqual([]);
});

test("pages carry the security headers", async ({ request }) => {
  const response = await request.get("/signin");
  const csp = response.headers()["content-security-policy"];
  expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  expect(response.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
});

test("an unknown route shows the app's 404 page", async ({ page }) => {
  const response = await page.goto("/no/such/page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "This page does not exist" })).toBeVisible();
});

test.describe("POST /api/chat refuses bad requests", () => {
  const valid = {
    id: "0b9d6c1e-2f57-4c8e-9d3a-5a1f0e7b8c21",
    message: { id: "msg_1", role: "user", parts: [{ type: "text", text: "hello" }] },
  };

  test("without a session: 401 with a JSON error", async ({ request }) => {
    const response = await request.post("/api/chat", { data: valid });
    expect(response.status()).toBe(401);
    expect((await response.json()).error.code).toBe("unauthorized");
  });

  test("malformed JSON: 400", async ({ request }) => {
    const response = await request.post("/api/chat", {
      headers: { "content-type": "application/json" },
      data: "{not json",
    });
    expect(response.status()).toBe(400);
    expect((await response.json()).error.code).toBe("bad_request");
  });

  test("a JSON body sent as text/plain, as a cross-site form can without a preflight: 415", async ({ request }) => {
    const response = await request.post("/api/chat", { headers: { "content-type": "text/plain" }, data: JSON.stringify(valid) });
    expect(response.status()).toBe(415);
    expect((await response.json()).error).toEqual({
      code: "unsupported_media_type",
      message: "Send the request body as JSON, with Content-Type: application/json.",
    });
  });

  test("a body of the wrong shape: 400 naming the problem", async ({ request }) => {
    const response = await request.post("/api/chat", { data: { ...valid, id: "/etc/passwd" } });
    expect(response.status()).toBe(400);
    const body = await response.json();
    expect(body.error.code).toBe("bad_request");
    expect(body.error.message).toMatch(/id/);
  });

  test("another method: 405 with a JSON error, allowing POST", async ({ request }) => {
    for (const response of [await request.get("/api/chat"), await request.put(`/api/chat/${valid.id}/stop`)]) {
      expect(response.status()).toBe(405);
      expect(response.headers()["allow"]).toBe("POST");
      expect((await response.json()).error.code).toBe("method_not_allowed");
    }
  });

  test("an oversized body: 413", async ({ request }) => {
    const text = "x".repeat(300 * 1024);
    const response = await request.post("/api/chat", {
      data: { ...valid, message: { ...valid.message, parts: [{ type: "text", text }] } },
    });
    expect(response.status()).toBe(413);
    expect((await response.json()).error.code).toBe("payload_too_large");
  });
});

test("every JSON API route refuses a body that is not application/json with 415, before anything else is looked at", async ({ request }) => {
  const conversation = "0b9d6c1e-2f57-4c8e-9d3a-5a1f0e7b8c21";
  const routes = [
    { method: "PATCH", url: `/api/conversations/${conversation}`, body: { title: "renamed" } },
    { method: "POST", url: "/api/shares", body: { conversationId: conversation, visibility: "public" } },
    { method: "POST", url: "/api/prompts/render", body: { prompt: "explain_issue", arguments: {} } },
    { method: "POST", url: "/api/prompts/complete", body: { prompt: "release_health", argument: "organization", value: "" } },
    { method: "PUT", url: "/api/admin/settings", body: { version: 0, settings: {} } },
  ];
  for (const route of routes) {
    for (const contentType of ["text/plain", "application/x-www-form-urlencoded"]) {
      const response = await request.fetch(route.url, { method: route.method, headers: { "content-type": contentType }, data: JSON.stringify(route.body) });
      expect(response.status(), `${route.method} ${route.url} as ${contentType}`).toBe(415);
      expect((await response.json()).error.code).toBe("unsupported_media_type");
    }
  }
});
