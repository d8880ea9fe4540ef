import { expect, test } from "@playwright/test";
import { signInWithSentry } from "./support/session.ts";
import { APP_URL } from "./support/stack.ts";

test("GET /api/metadata needs a session", async ({ playwright }) => {
  const anonymous = await playwright.request.newContext({ baseURL: APP_URL });
  try {
    const response = await anonymous.get("/api/metadata");
    expect(response.status()).toBe(401);
    expect((await response.json()).error.code).toBe("unauthorized");
  } finally {
    await anonymous.dispose();
  }
});

test("GET /api/metadata lists the 41 tools and 4 prompts, cacheable with an ETag", async ({ page }) => {
  await signInWithSentry(page);

  const response = await page.request.get("/api/metadata");
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toBe("private, max-age=300");
  const etag = response.headers()["etag"];
  expect(etag).toMatch(/^"[0-9a-f]+"$/);

  const body = await response.json();
  expect(body.tools).toHaveLength(41);
  expect(body.prompts).toHaveLength(4);
  expect(body.tools.find((tool: { name: string }) => tool.name === "whoami")).toMatchObject({
    title: "Who am I",
    readOnly: true,
    inputSchema: { type: "object" },
  });
  expect(body.tools.find((tool: { name: string }) => tool.name === "update_issue")).toMatchObject({ readOnly: false });
  expect(body.prompts.find((prompt: { name: string }) => prompt.name === "explain_issue")).toMatchObject({
    title: "Explain an issue",
    arguments: [
      { name: "organization", required: true },
      { name: "issue", required: true },
    ],
  });

  // The same ETag back: nothing has changed, nothing is sent.
  const revalidated = await page.request.get("/api/metadata", { headers: { "if-none-match": etag } });
  expect(revalidated.status()).toBe(304);
  expect(revalidated.headers()["etag"]).toBe(etag);
  expect(await revalidated.body()).toHaveLength(0);

  const stale = await page.request.get("/api/metadata", { headers: { "if-none-match": '"something-else"' } });
  expect(stale.status()).toBe(200);
});
