import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { openAdmin } from "./support/admin.ts";
import { openAccountMenu, signInWithSentry } from "./support/session.ts";
import { sentryStandIn } from "./support/stand-ins.ts";

const VALID_SETTINGS = {
  model: "gpt-4o",
  systemPromptExtra: "",
  maxSteps: 10,
  disabledTools: [],
  writeToolsAllowed: true,
  allowedOrgs: [],
  sharingPolicy: "public",
  dailyMessageQuota: 0,
};

/** Every admin route, with a request that would succeed for an admin. */
const ADMIN_ROUTES = [
  { method: "GET", path: "/api/admin/settings" },
  { method: "PUT", path: "/api/admin/settings", data: { version: 0, settings: VALID_SETTINGS } },
  { method: "GET", path: "/api/admin/audit" },
  { method: "GET", path: "/api/admin/usage" },
  { method: "GET", path: "/api/admin/connected-apps" },
  { method: "DELETE", path: "/api/admin/connected-apps/1" },
] as const;

test.beforeEach(() => sentryStandIn.reset());

for (const route of ADMIN_ROUTES) {
  test(`${route.method} ${route.path} answers 404 to a signed-in non-admin and to a signed-out request`, async ({ page, browser }) => {
    const send = (request: APIRequestContext) =>
      request.fetch(route.path, { method: route.method, data: "data" in route ? route.data : undefined });
    await signInWithSentry(page, { user: "sam" });
    const asSam = await send(page.request);
    expect(asSam.status()).toBe(404);
    expect((await asSam.json()).error.code).toBe("not_found");

    const signedOut = await browser.newContext();
    expect((await send(signedOut.request)).status()).toBe(404);
    await signedOut.close();
  });
}

test("/admin is a 404 page for a signed-in non-admin and signed out, and only admins see the Admin menu entry", async ({ page, browser }) => {
  await signInWithSentry(page, { user: "sam" });
  expect((await page.goto("/admin"))?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "This page does not exist" })).toBeVisible();
  await page.goto("/");
  await openAccountMenu(page, "Sam Other");
  await expect(page.getByRole("menuitem", { name: "My shared links" })).toBeVisible();
  await expect(page.getByRole("menuitem", { name: "Admin" })).toHaveCount(0);

  const signedOut = await browser.newContext();
  expect((await (await signedOut.newPage()).goto("/admin"))?.status()).toBe(404);
  await signedOut.close();
});

test("an admin reaches /admin from the account menu; the page has no serious accessibility problems", async ({ browser }) => {
  // A page from newContext(): what @axe-core/playwright needs.
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInWithSentry(page, { user: "jane" });
  await openAccountMenu(page, "Jane Doe");
  await page.getByRole("menuitem", { name: "Admin" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await openAdmin(page);
  await expect(page.getByRole("switch", { name: "whoami", exact: true })).toBeChecked();
  await expect(page.getByRole("heading", { name: "Audit log" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Connected MCP clients" })).toBeVisible();
  await expect(page.getByRole("img", { name: /Messages and tool calls per day over the last 14 days/ })).toBeVisible();

  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  await context.close();
});
