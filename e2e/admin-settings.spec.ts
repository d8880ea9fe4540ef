import type { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { expect, test, type Page } from "@playwright/test";
import { changeSettings, messagesToday, openAdmin, readSettings, restoreDefaults, saveForm } from "./support/admin.ts";
import { expectNoSeriousViolations, inEveryLook } from "./support/axe.ts";
import { ask, ORG } from "./support/chat.ts";
import { connectMcp } from "./support/mcp-client.ts";
import { signInWithSentry } from "./support/session.ts";
import { openaiStandIn, sentryStandIn } from "./support/stand-ins.ts";

const LIST_PROJECTS = "list the projects";

test.beforeEach(async ({ page }) => {
  await Promise.all([openaiStandIn.reset(), sentryStandIn.reset()]);
  await openaiStandIn.script([
    {
      match: LIST_PROJECTS,
      steps: [{ toolCalls: [{ name: "find_projects", arguments: { organizationSlug: ORG } }] }, { text: "{{tool_output}}" }],
    },
  ]);
  await signInWithSentry(page, { user: "jane" });
});

// The specs after these run against the deployment's defaults.
test.afterEach(({ page }) => restoreDefaults(page.request));

const lastModelRequest = async () => (await openaiStandIn.requests()).at(-1)!;

/** Asks for the projects in a new chat; returns the tools the model was offered for it. */
async function toolsOfferedForProjects(page: Page): Promise<string[]> {
  await page.goto("/");
  await ask(page, LIST_PROJECTS);
  await expect(page.getByTestId("tool-card")).toHaveAttribute("data-state", "done");
  const offered = (await lastModelRequest()).tools;
  expect(offered).toContain("find_projects");
  return offered;
}

/** What an external MCP client is served, with the stand-in's demo token. */
async function withMcp<T>(work: (mcp: Client) => Promise<T>): Promise<T> {
  const mcp = await connectMcp();
  try {
    return await work(mcp);
  } finally {
    await mcp.close();
  }
}

test("the model id, extra prompt and step limit an admin saves apply to the next chat request", async ({ page }) => {
  await openAdmin(page);
  await page.getByLabel("Model id").fill("gpt-4.1-mini");
  await page.getByLabel("Extra system prompt").fill("Always answer in the voice of a ship's captain.");
  await page.getByLabel("Max tool steps").fill("1");
  await saveForm(page);

  await page.goto("/");
  await ask(page, "Who am I?");
  await expect(page.getByTestId("tool-card")).toHaveAttribute("data-state", "done");
  const request = await lastModelRequest();
  expect(request.model).toBe("gpt-4.1-mini");
  expect(JSON.stringify(request.body)).toContain("Always answer in the voice of a ship's captain.");
  // One step: the tool ran, and the model was not asked again for the text after it.
  expect(request.toolOutputs).toHaveLength(0);
  await expect(page.getByTestId("message-assistant")).not.toContainText("Here is what Sentry says about you");
});

test("a tool an admin turns off is not offered to the model, and /mcp and an open /sse session refuse it", async ({ page }) => {
  // A legacy SSE session opened before the change outlives it.
  const legacy = await connectMcp({ transport: "sse" });
  try {
    expect((await legacy.listTools()).tools.map((tool) => tool.name)).toContain("whoami");

    await openAdmin(page);
    await page.getByRole("switch", { name: "whoami", exact: true }).click();
    await expect(page.getByRole("switch", { name: "whoami", exact: true })).not.toBeChecked();
    await saveForm(page);

    expect(await toolsOfferedForProjects(page)).not.toContain("whoami");

    // A turned-off tool is unknown to the server: the call is refused as invalid (-32602), as MCP asks.
    const refusal = "MCP error -32602: Tool whoami disabled";
    await withMcp(async (mcp) => {
      const listed = (await mcp.listTools()).tools.map((tool) => tool.name);
      expect(listed).toContain("find_projects");
      expect(listed).not.toContain("whoami");
      await expect(mcp.callTool({ name: "whoami", arguments: {} })).rejects.toThrow(refusal);
    });
    const stillOpen = (await legacy.listTools()).tools.map((tool) => tool.name);
    expect(stillOpen).toContain("find_projects");
    expect(stillOpen).not.toContain("whoami");
    await expect(legacy.callTool({ name: "whoami", arguments: {} })).rejects.toThrow(refusal);
  } finally {
    await legacy.close();
  }
});

test("a tool name no tool carries is refused, naming it, and nothing is saved or audited", async ({ page }) => {
  const before = await readSettings(page.request);
  const audited = async () => (await (await page.request.get("/api/admin/audit?limit=1")).json()).entries[0]?.id ?? 0;
  const lastAudited = await audited();

  const response = await page.request.put("/api/admin/settings", {
    data: { version: before.version, settings: { ...before.settings, disabledTools: ["whoami", "find_projcts", "no_such_tool"] } },
  });
  expect(response.status()).toBe(400);
  const { error } = await response.json();
  expect(error.code).toBe("bad_request");
  expect(error.message).toBe("There is no tool called find_projcts or no_such_tool. Pick the tools to turn off from the list.");

  expect((await readSettings(page.request)).version).toBe(before.version);
  expect(await audited()).toBe(lastAudited);
  expect(await toolsOfferedForProjects(page)).toContain("whoami");
});

test("with write tools not allowed, no write tool is offered or served", async ({ page }) => {
  await openAdmin(page);
  await page.getByRole("switch", { name: "Write tools allowed" }).click();
  await expect(page.getByText("(Off while write tools are not allowed.)").first()).toBeVisible();
  await saveForm(page);

  const offered = await toolsOfferedForProjects(page);
  for (const write of ["update_issue", "add_issue_note", "create_team", "create_project", "update_project", "create_dsn", "update_dsn"]) {
    expect(offered).not.toContain(write);
  }
  const served = await withMcp(async (mcp) => (await mcp.listTools()).tools.map((tool) => tool.name));
  expect(served).toContain("find_projects");
  expect(served).not.toContain("update_issue");
});

test("sharing turned off hides Share and refuses new links", async ({ page }) => {
  await openAdmin(page);
  await page.getByRole("radio", { name: "Off" }).click();
  await saveForm(page);

  await page.goto("/");
  await ask(page, "Who am I?");
  await expect(page.getByTestId("message-assistant")).toContainText("Here is what Sentry says about you");
  const options = await page.request.get("/api/shares/options");
  expect((await options.json()).visibilities).toEqual([]);
  await expect(page.getByRole("button", { name: "Share", exact: true })).toHaveCount(0);
});

test("the organization allowlist takes over: a person in none of its organizations cannot use the chat", async ({ page }) => {
  await openAdmin(page);
  await page.getByLabel("Organization allowlist").fill("some-other-org");
  await saveForm(page);

  await page.goto("/");
  await expect(page.getByRole("heading", { name: "No organization to work with" })).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Message" })).toHaveCount(0);
});

test("over the daily quota the chat says so inline, with when it resets, and the model is not asked", async ({ page }) => {
  // Only Jane chats on the test stack: today's total is hers, so she has exactly one message left.
  await changeSettings(page.request, { dailyMessageQuota: (await messagesToday(page.request)) + 1 });

  await page.goto("/");
  await ask(page, "Who am I?");
  await expect(page.getByTestId("message-assistant")).toContainText("Here is what Sentry says about you");
  const asked = (await openaiStandIn.requests()).length;

  await ask(page, "Show my projects");
  const alert = page.getByTestId("chat-error");
  await expect(alert).toContainText(/You have used all \d+ of today's messages\. The quota resets at 00:00 UTC, in /);
  expect((await openaiStandIn.requests()).length).toBe(asked);

  const usedUp = await messagesToday(page.request);
  const conversationId = crypto.randomUUID();
  const refused = await page.request.post("/api/chat", {
    data: { id: conversationId, message: { id: "msg-quota", role: "user", parts: [{ type: "text", text: "hello" }] } },
  });
  expect(refused.status()).toBe(429);
  expect((await refused.json()).error.code).toBe("quota_exceeded");
  expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(0);
  // A refused message is neither kept nor counted.
  const { conversations } = (await (await page.request.get("/api/conversations")).json()) as { conversations: Array<{ id: string }> };
  expect(conversations.map((conversation) => conversation.id)).not.toContain(conversationId);
  expect(await messagesToday(page.request)).toBe(usedUp);
});

test("one Save, in a sticky bar that never covers a field: the last tool is reachable above it, and the bar ends with the form", async ({ page }) => {
  await inEveryLook(page, () => openAdmin(page), async (look) => {
    await expectNoSeriousViolations(page, look);
    await expect(page.getByRole("button", { name: "Save" })).toHaveCount(1);
    const bar = page.getByTestId("save-bar");

    // The last switch of the last section, reached by keyboard, sits above the bar.
    const tools = page.getByRole("list", { name: "Tools" }).getByRole("switch");
    const last = tools.last();
    await tools.nth(-2).focus();
    await page.keyboard.press("Tab");
    await expect(last).toBeFocused();
    const lastBox = (await last.locator("xpath=ancestor::li[1]").boundingBox())!;
    const barBox = (await bar.boundingBox())!;
    expect(lastBox.y + lastBox.height).toBeLessThanOrEqual(barBox.y);

    // Scrolled to the end of the page, the bar is back at the form's end, over no later section.
    await page.keyboard.press("End");
    const audit = page.getByRole("heading", { name: "Audit log" });
    await audit.scrollIntoViewIfNeeded();
    const auditBox = (await audit.boundingBox())!;
    const endBar = (await bar.boundingBox())!;
    expect(endBar.y + endBar.height).toBeLessThanOrEqual(auditBox.y);

    // An edit still warns before the page is left.
    await last.click();
    await expect(bar.getByText("Unsaved changes")).toBeVisible();
    page.once("dialog", (dialog) => void dialog.dismiss());
    await page.getByRole("link", { name: "Back to chat" }).click();
    await expect(page).toHaveURL(/\/admin$/);
    await page.getByRole("button", { name: "Discard changes" }).click();
  });
});
