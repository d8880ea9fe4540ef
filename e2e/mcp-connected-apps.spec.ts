import AxeBuilder from "@axe-core/playwright";
import { InvalidGrantError } from "@modelcontextprotocol/sdk/server/auth/errors.js";
import { expect, test, type APIRequestContext, type Locator, type Page } from "@playwright/test";
import { openAdmin, restoreDefaults, saveForm } from "./support/admin.ts";
import { ORG } from "./support/chat.ts";
import { answerConsent, finishAndConnect, REDIRECT_URL, startAuthorization, TestOAuthClient } from "./support/mcp-oauth.ts";
import { openAccountMenu, signInWithSentry } from "./support/session.ts";
import { sentryStandIn } from "./support/stand-ins.ts";
import { APP_URL } from "./support/stack.ts";

/** Jane Doe, the stand-in's user 1: an admin of the test deployment. */
const JANE_ID = "1";
/** A client names itself: its name is shown as text, never as markup. */
const HOSTILE_NAME = "Editor <b>not bold</b>";
/** As the app writes a day (lib/format-date.ts). */
const today = new Intl.DateTimeFormat("en", { dateStyle: "long", timeZone: "UTC" }).format(Date.now());

const INITIALIZE = {
  jsonrpc: "2.0",
  id: 1,
  method: "initialize",
  params: { protocolVersion: "2025-11-25", capabilities: {}, clientInfo: { name: "raw", version: "1" } },
};

/** The HTTP status /mcp answers a bare `initialize` carrying this access token. */
async function mcpStatus(request: APIRequestContext, token: string): Promise<number> {
  const response = await request.post("/mcp", {
    headers: { "content-type": "application/json", accept: "application/json, text/event-stream", authorization: `Bearer ${token}` },
    data: INITIALIZE,
  });
  return response.status();
}

/** Connects an MCP client by URL alone, the signed-in page answering our consent page as chosen. */
async function connect(page: Page, name: string, consent: { write?: boolean; target?: string } = {}) {
  const provider = new TestOAuthClient({ name });
  const authorizationUrl = await startAuthorization(provider);
  const back = await answerConsent(page, authorizationUrl, async () => {
    await expect(page.getByRole("heading", { name: `Connect ${name} to your Sentry account?` })).toBeVisible();
    if (consent.write) await page.getByRole("radio", { name: /^Read and write/ }).check();
    if (consent.target) await page.getByLabel("Which organizations").selectOption(consent.target);
    await page.getByRole("button", { name: "Allow" }).click();
  });
  const code = back.searchParams.get("code");
  expect(code, back.href).toBeTruthy();
  const client = await finishAndConnect(provider, code!);
  return { client, token: provider.saved!.access_token };
}

async function openConnectedApps(page: Page) {
  await page.goto("/");
  await openAccountMenu(page, "Jane Doe");
  await page.getByRole("menuitem", { name: "Connected apps" }).click();
  const dialog = page.getByRole("dialog", { name: "Connected apps" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText("Loading…")).toHaveCount(0);
  return dialog;
}

async function expectNoSeriousAccessibilityProblems(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test.beforeEach(async ({ page }) => {
  await sentryStandIn.reset();
  await signInWithSentry(page, { user: "jane" });
  // Each test starts with Jane connected to nothing, whatever ran before it.
  expect((await page.request.delete(`/api/admin/connected-apps/${JANE_ID}`)).status()).toBe(200);
});

// The specs after these run against the deployment's defaults.
test.afterEach(({ page }) => restoreDefaults(page.request));

test("Connected apps lists each client with its name, permission, scope and dates; Revoke refuses its next request", async ({ page, request, browser }) => {
  // Nothing connected: the dialog says how to connect a client.
  let dialog = await openConnectedApps(page);
  await expect(dialog.getByText("No apps are connected.")).toBeVisible();
  await expect(dialog.getByRole("textbox", { name: "Server address" })).toHaveValue(`${APP_URL}/mcp`);
  await expect(dialog.getByRole("textbox", { name: "Claude Code command" })).toHaveValue(`claude mcp add --transport http sentry ${APP_URL}/mcp`);
  await expectNoSeriousAccessibilityProblems(page);

  const pinned = await connect(page, HOSTILE_NAME, { target: `project:${ORG}/prime-mover` });
  const writer = await connect(page, "Second editor", { write: true });
  expect((await pinned.client.callTool({ name: "whoami", arguments: {} })).isError).toBeFalsy();
  // Use is recorded after the answer: wait until both connections have it.
  await expect
    .poll(async () => {
      const { connections } = (await (await page.request.get("/api/connected-apps")).json()) as { connections: Array<{ lastUsedAt: number | null }> };
      return connections.map((connection) => connection.lastUsedAt !== null);
    })
    .toEqual([true, true]);

  dialog = await openConnectedApps(page);
  const rows = dialog.getByTestId("connected-app");
  await expect(rows).toHaveCount(2);
  const pinnedRow = rows.filter({ hasText: HOSTILE_NAME });
  await expect(pinnedRow.getByText(HOSTILE_NAME, { exact: true })).toBeVisible();
  await expect(pinnedRow.locator("b")).toHaveCount(0);
  await expect(pinnedRow).toContainText(`Read only · ${ORG} / prime-mover`);
  await expect(pinnedRow).toContainText(`Connected ${today} · Last used ${today}`);
  await expect(pinnedRow).toContainText(`Access sent to ${new URL(REDIRECT_URL).host}`);
  await expect(rows.filter({ hasText: "Second editor" })).toContainText("Read and write · All organizations");
  await expectNoSeriousAccessibilityProblems(page);

  // Revoke, confirmed: the row goes, and the client's next request is refused.
  await pinnedRow.getByRole("button", { name: `Revoke ${HOSTILE_NAME}` }).click();
  const confirm = page.getByRole("alertdialog", { name: `Revoke ${HOSTILE_NAME}?` });
  await confirm.getByRole("button", { name: "Revoke" }).click();
  await expect(page.getByText(`${HOSTILE_NAME} can no longer use your Sentry account.`)).toBeVisible();
  await expect(confirm).toBeHidden();
  await expect(rows).toHaveCount(1);
  expect(await mcpStatus(request, pinned.token)).toBe(401);
  // The SDK client, told 401, tries its refresh token: that was revoked with the grant.
  await expect(pinned.client.callTool({ name: "whoami", arguments: {} })).rejects.toBeInstanceOf(InvalidGrantError);
  // The other connection is untouched.
  expect(await mcpStatus(request, writer.token)).toBe(200);

  // Someone else's connection is not found, nor is one that could not exist; revoking is same-origin only.
  const [remaining] = ((await (await page.request.get("/api/connected-apps")).json()) as { connections: Array<{ id: string }> }).connections;
  const sam = await browser.newContext();
  const samPage = await sam.newPage();
  await signInWithSentry(samPage, { user: "sam" });
  expect((await samPage.request.delete(`/api/connected-apps/${remaining.id}`)).status()).toBe(404);
  expect((await samPage.request.delete("/api/connected-apps/not-a-grant-id")).status()).toBe(404);
  await sam.close();
  expect(await mcpStatus(request, writer.token)).toBe(200);
  expect((await page.request.delete(`/api/connected-apps/${remaining.id}`, { headers: { origin: "https://evil.example" } })).status()).toBe(403);
});

test("an admin sees how many clients each person connected, and Revoke all refuses every one of them", async ({ page, request }) => {
  const first = await connect(page, "Admin check one");
  const second = await connect(page, "Admin check two");

  await openAdmin(page);
  const section = page.getByRole("region", { name: "Connected MCP clients" });
  const total = async () => Number((await section.getByTestId("connected-clients-total").textContent())?.match(/^\d+/)?.[0] ?? 0);
  const before = await total();
  expect(before).toBeGreaterThanOrEqual(2);
  const jane = section.getByRole("row", { name: /Jane Doe/ });
  await expect(jane.getByRole("cell").nth(1)).toHaveText("2");

  await jane.getByRole("button", { name: "Revoke all connections of Jane Doe" }).click();
  await page.getByRole("alertdialog", { name: "Revoke every connection of Jane Doe?" }).getByRole("button", { name: "Revoke all" }).click();
  await expect(page.getByText("Revoked 2 connections of Jane Doe.")).toBeVisible();
  await expect(jane).toHaveCount(0);
  expect(await total()).toBe(before - 2);
  expect(await mcpStatus(request, first.token)).toBe(401);
  expect(await mcpStatus(request, second.token)).toBe(401);

  const summary = (await (await page.request.get("/api/admin/connected-apps")).json()) as { people: Array<{ userId: string }> };
  expect(summary.people.map((person) => person.userId)).not.toContain(JANE_ID);
  // To an admin, a method the route does not take is a 405.
  expect((await page.request.post("/api/admin/connected-apps")).status()).toBe(405);
});

test("turning off External MCP clients refuses connected clients and new connections until it is turned back on", async ({ page, request }) => {
  const connected = await connect(page, "Setting check");

  await openAdmin(page);
  await page.getByRole("switch", { name: "External MCP clients" }).click();
  await saveForm(page);
  expect(await mcpStatus(request, connected.token)).toBe(401);

  // A client starting to connect now gets the "turned off" page instead of the consent page.
  const authorizationUrl = await startAuthorization(new TestOAuthClient({ name: "Latecomer" }));
  await page.goto(authorizationUrl.href);
  await expect(page.getByRole("heading", { name: "Connecting apps is turned off" })).toBeVisible();

  // Connected apps still lists the connection, and says why it does not work.
  const dialog = await openConnectedApps(page);
  await expect(dialog.getByRole("note")).toContainText("An administrator has turned off external MCP clients");
  await expect(dialog.getByTestId("connected-app")).toHaveCount(1);

  await restoreDefaults(page.request);
  expect(await mcpStatus(request, connected.token)).toBe(200);
});

test.describe("on a phone, in dark mode", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, colorScheme: "dark" });

  test("Connected apps fits the screen and has no serious accessibility problems", async ({ page }) => {
    const fitsTheScreen = async (locator: Locator) => {
      const box = (await locator.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
    };
    // Empty: the long Claude Code command scrolls in its field instead of widening the dialog.
    let dialog = await openConnectedApps(page);
    await expect(page.locator("html")).toHaveClass(/dark/);
    await expect(dialog.getByRole("button", { name: "Copy Claude Code command" })).toBeInViewport({ ratio: 1 });
    await fitsTheScreen(dialog);
    await expectNoSeriousAccessibilityProblems(page);

    await connect(page, "A client with a rather long name that has to wrap on a phone");
    dialog = await openConnectedApps(page);
    const row = dialog.getByTestId("connected-app");
    await expect(row).toHaveCount(1);
    await expect(row.getByRole("button", { name: /^Revoke / })).toBeInViewport({ ratio: 1 });
    await fitsTheScreen(dialog);
    await expectNoSeriousAccessibilityProblems(page);
  });
});
