import { expect, test } from "@playwright/test";
import { ask, conversationId, ORG } from "./support/chat.ts";
import { signInWithSentry } from "./support/session.ts";
import { conversationWithWhoami, createShare, openSignedOut, openWithoutJavaScript } from "./support/share.ts";
import { openaiStandIn, sentryStandIn } from "./support/stand-ins.ts";

const MARKDOWN = "show me some markdown";
const STRUCTURED = "show me a list and a table";

test.beforeEach(async ({ page }) => {
  await Promise.all([openaiStandIn.reset(), sentryStandIn.reset()]);
  await openaiStandIn.script([
    {
      match: MARKDOWN,
      steps: [
        {
          text:
            "**Bold** and [a safe link](https://example.com/docs) and [a bad one](javascript:alert(1)) " +
            "![tracker](https://evil.example/pixel.png) <script>window.pwned=1</script> <img src=x onerror=alert(1)>",
        },
      ],
    },
    {
      match: STRUCTURED,
      steps: [{ text: "Top issues:\n\n- `TypeError` in checkout\n- timeouts\n\n| Issue | Events |\n|---|---|\n| PROJ-1 | 42 |\n\n```\nretry()\n```" }],
    },
  ]);
  await signInWithSentry(page);
});

test("a public link reads without JavaScript or a session, as a snapshot of the conversation", async ({ page, browser }) => {
  const conversation = await conversationWithWhoami(page);
  const id = await createShare(page.request, { conversationId: conversation, visibility: "public" });
  expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);

  // Said after sharing: not part of the link.
  await ask(page, "Anything else?");
  await expect(page.getByTestId("message-assistant")).toHaveCount(2);

  const { context, page: reader, status } = await openWithoutJavaScript(browser, `/share/${id}`);
  expect(status).toBe(200);
  await expect(reader.getByText("Shared from Sentry Chat")).toBeVisible();
  await expect(reader.getByText(/Shared by Jane Doe/)).toBeVisible();
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText("Who am I?");
  await expect(reader.getByTestId("shared-message-user")).toHaveCount(1);
  await expect(reader.getByTestId("shared-message-user")).toContainText("Who am I?");
  await expect(reader.getByTestId("shared-message-assistant")).toContainText("Here is what Sentry says about you");
  await expect(reader.locator("time").first()).toHaveAttribute("datetime", /^\d{4}-\d\d-\d\dT/);
  await expect(reader.getByText("Anything else?")).toHaveCount(0);

  // The tool call opens as a plain <details>, with its result, without any script.
  const call = reader.getByTestId("shared-tool-call");
  await expect(call).toHaveAttribute("data-tool-name", "whoami");
  await call.locator("summary").click();
  await expect(call).toContainText("Arguments");
  await expect(call).toContainText("jane@example.com");

  // Link previews and search engines.
  const meta = (selector: string) => reader.locator(selector).getAttribute("content");
  expect(await meta('meta[property="og:title"]')).toBe("Who am I?");
  expect(await meta('meta[property="og:description"]')).toBe("Who am I?");
  expect(await meta('meta[name="twitter:card"]')).toBe("summary");
  expect(await meta('meta[name="description"]')).toBe("Who am I?");
  expect(await meta('meta[name="robots"]')).toMatch(/noindex/);
  await context.close();
});

test("a shared link is a finished document: it loads no script, yet keeps the reader's dark theme", async ({ page, browser }) => {
  const conversation = await conversationWithWhoami(page);
  const id = await createShare(page.request, { conversationId: conversation, visibility: "public" });

  const context = await browser.newContext({ colorScheme: "dark" });
  const reader = await context.newPage();
  const scripts: string[] = [];
  reader.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(request.url());
  });
  const response = await reader.goto(`/share/${id}`);
  expect(response?.status()).toBe(200);
  await expect(reader.getByTestId("shared-message-assistant")).toContainText("Here is what Sentry says about you");
  // Only the theme's inline script runs, before first paint.
  await expect(reader.locator("html")).toHaveClass(/dark/);
  expect(await reader.locator("script").count()).toBe(1);
  expect(scripts).toEqual([]);
  await context.close();
});

test("shared Markdown is hardened on the server: no images, no scripts, only safe links", async ({ page, browser }) => {
  await page.goto("/");
  // The question is the sharer's own text: shown as typed, never as markup.
  const question = `${MARKDOWN} <img src=x onerror="document.title='pwned'"><script>window.pwned=1</script>`;
  await ask(page, question);
  // The whole reply has arrived (and is stored) once it can be regenerated.
  await expect(page.getByRole("button", { name: "Regenerate" })).toBeVisible();
  const conversation = await conversationId(page);
  const id = await createShare(page.request, { conversationId: conversation, visibility: "public" });

  const { context, page: reader } = await openWithoutJavaScript(browser, `/share/${id}`);
  const reply = reader.getByTestId("shared-message-assistant");
  await expect(reply.locator("strong")).toHaveText("Bold");
  const safe = reply.getByRole("link", { name: "a safe link" });
  await expect(safe).toHaveAttribute("href", "https://example.com/docs");
  await expect(safe).toHaveAttribute("rel", "noopener noreferrer");
  await expect(safe).toHaveAttribute("target", "_blank");
  await expect(reply.getByRole("link", { name: "a bad one" })).toHaveCount(0);
  await expect(reply.getByText("a bad one")).toBeVisible();
  await expect(reply.locator("img, script")).toHaveCount(0);
  await expect(reader.getByTestId("shared-message-user").getByText(question, { exact: true })).toBeVisible();
  await expect(reader.locator("main img, main script")).toHaveCount(0);
  await context.close();
});

test("shared Markdown keeps its structure: bullets, table lines and code blocks, across the column", async ({ page, browser }) => {
  await page.goto("/");
  await ask(page, STRUCTURED);
  await expect(page.getByRole("button", { name: "Regenerate" })).toBeVisible();
  const id = await createShare(page.request, { conversationId: await conversationId(page), visibility: "public" });

  const { context, page: reader } = await openWithoutJavaScript(browser, `/share/${id}`);
  const reply = reader.getByTestId("shared-message-assistant");
  await expect(reply.getByRole("listitem")).toHaveText(["TypeError in checkout", "timeouts"]);
  await expect(reply.locator("ul")).toHaveCSS("list-style-type", "disc");
  await expect(reply.getByRole("cell", { name: "42" })).toHaveCSS("border-top-style", "solid");
  await expect(reply.locator("pre")).toHaveText("retry()");
  const codeBackground = await reply.locator("pre").evaluate((pre) => getComputedStyle(pre).backgroundColor);
  const pageBackground = await reader.locator("body").evaluate((body) => getComputedStyle(body).backgroundColor);
  expect(codeBackground).not.toBe(pageBackground);
  // The reply spans the column like the chat's, not the width of its longest line.
  const replyWidth = (await reply.boundingBox())!.width;
  const bodyWidth = (await reply.locator(".shared-markdown").boundingBox())!.width;
  expect(bodyWidth).toBeGreaterThan(replyWidth * 0.9);
  await context.close();
});

test("revoking: only the owner can, and a revoked link is indistinguishable from one that never existed", async ({ page, browser }) => {
  const conversation = await conversationWithWhoami(page);
  const id = await createShare(page.request, { conversationId: conversation, visibility: "public" });
  const listed = await (await page.request.get(`/api/shares?conversationId=${conversation}`)).json();
  expect(listed.shares.map((s: { id: string }) => s.id)).toEqual([id]);

  // Sam cannot revoke Jane's link: it does not exist for him.
  const samContext = await browser.newContext();
  const sam = await samContext.newPage();
  await signInWithSentry(sam, { user: "sam" });
  const foreign = await sam.request.delete(`/api/shares/${id}`);
  expect(foreign.status()).toBe(404);
  expect((await foreign.json()).error.code).toBe("not_found");
  await samContext.close();
  expect((await openWithoutJavaScript(browser, `/share/${id}`)).status).toBe(200);

  expect((await page.request.delete(`/api/shares/${id}`)).status()).toBe(204);
  expect((await page.request.delete(`/api/shares/${id}`)).status()).toBe(404);
  const after = (await (await page.request.get("/api/shares")).json()).shares as Array<{ id: string }>;
  expect(after.map((s) => s.id)).not.toContain(id);

  // With JavaScript and without it (the page is server-rendered, not drawn by the client).
  for (const javaScriptEnabled of [true, false]) {
    const revoked = await openSignedOut(browser, `/share/${id}`, { javaScriptEnabled });
    const never = await openSignedOut(browser, "/share/AAAAAAAAAAAAAAAAAAAAAA", { javaScriptEnabled });
    const malformed = await openSignedOut(browser, "/share/nope", { javaScriptEnabled });
    for (const seen of [revoked, never, malformed]) {
      expect(seen.status).toBe(404);
      await expect(seen.page.getByRole("heading", { name: "This page does not exist" })).toBeVisible();
      await expect(seen.page.getByRole("link", { name: "Back to Sentry Chat" })).toHaveAttribute("href", "/");
    }
    const text = async (seen: typeof revoked) => seen.page.locator("body").innerText();
    expect(await text(revoked)).toBe(await text(never));
    expect(await revoked.page.title()).toBe(await never.page.title());
    for (const seen of [revoked, never, malformed]) await seen.context.close();
  }
});

test("an organization link: members read it, signed-out viewers are asked to sign in, others get 404", async ({ page, browser }) => {
  const conversation = await conversationWithWhoami(page);
  const id = await createShare(page.request, { conversationId: conversation, visibility: "org", organization: ORG });

  await page.goto(`/share/${id}`);
  // The organization as Sentry names it, not its slug.
  await expect(page.getByText("members of The Interstellar Jurisdiction")).toBeVisible();

  const signedOut = await openWithoutJavaScript(browser, `/share/${id}`);
  expect(signedOut.status).toBe(200);
  await expect(signedOut.page.getByRole("heading", { name: "Sign in to see this conversation" })).toBeVisible();
  await expect(signedOut.page.getByRole("link", { name: "Sign in with Sentry" })).toHaveAttribute(
    "href",
    `/signin?callbackUrl=${encodeURIComponent(`/share/${id}`)}`,
  );
  // Nothing of the conversation leaks to the signed-out viewer, not even in the head.
  expect(await signedOut.page.content()).not.toContain("Who am I?");
  await signedOut.context.close();

  const samContext = await browser.newContext();
  const sam = await samContext.newPage();
  await signInWithSentry(sam, { user: "sam" });
  const response = await sam.goto(`/share/${id}`);
  expect(response?.status()).toBe(404);
  await expect(sam.getByRole("heading", { name: "This page does not exist" })).toBeVisible();
  // Nor can he copy it, or share with an organization he is not in.
  expect((await sam.request.post(`/api/shares/${id}/fork`)).status()).toBe(404);
  await samContext.close();
});

test("sharing is refused for someone else's conversation, an organization one is not in, or a bad request", async ({ page, browser }) => {
  const conversation = await conversationWithWhoami(page);
  const samContext = await browser.newContext();
  const sam = await samContext.newPage();
  await signInWithSentry(sam, { user: "sam" });
  expect((await sam.request.post("/api/shares", { data: { conversationId: conversation, visibility: "public" } })).status()).toBe(404);
  await samContext.close();

  const notMine = await page.request.post("/api/shares", { data: { conversationId: conversation, visibility: "org", organization: "someone-else" } });
  expect(notMine.status()).toBe(403);
  const bad = await page.request.post("/api/shares", { data: { conversationId: conversation, visibility: "everyone" } });
  expect(bad.status()).toBe(400);
  const crossOrigin = await page.request.post("/api/shares", {
    headers: { origin: "https://evil.example" },
    data: { conversationId: conversation, visibility: "public" },
  });
  expect(crossOrigin.status()).toBe(403);
  const big = await page.request.post("/api/shares", { data: { conversationId: conversation, visibility: "public", pad: "x".repeat(5000) } });
  expect(big.status()).toBe(413);
});

test("a signed-in viewer continues a shared conversation in a chat of their own", async ({ page, browser }) => {
  const conversation = await conversationWithWhoami(page);
  const id = await createShare(page.request, { conversationId: conversation, visibility: "public" });

  const samContext = await browser.newContext();
  const sam = await samContext.newPage();
  await signInWithSentry(sam, { user: "sam" });
  await sam.goto(`/share/${id}`);
  await sam.getByRole("button", { name: "Continue in my chats" }).click();
  await sam.waitForURL(/\/c\/[0-9a-f-]{36}$/);
  const copy = new URL(sam.url()).pathname.split("/").at(-1)!;
  expect(copy).not.toBe(conversation);
  const { conversations } = await (await sam.request.get("/api/conversations")).json();
  expect(conversations.map((c: { id: string; title: string }) => [c.id, c.title])).toContainEqual([copy, "Who am I?"]);
  // The copy is Sam's: he can share it himself.
  expect((await sam.request.post("/api/shares", { data: { conversationId: copy, visibility: "public" } })).status()).toBe(201);

  // The button is a plain form: it works without JavaScript too.
  const noScript = await browser.newContext({ storageState: await samContext.storageState(), javaScriptEnabled: false });
  const reader = await noScript.newPage();
  await reader.goto(`/share/${id}`);
  await reader.getByRole("button", { name: "Continue in my chats" }).click();
  await reader.waitForURL(/\/c\/[0-9a-f-]{36}$/);
  expect(new URL(reader.url()).pathname).not.toBe(`/c/${copy}`);
  await noScript.close();
  await samContext.close();
});
