import { expect, test } from "@playwright/test";
import { changeSettings, openAdmin, readSettings, restoreDefaults, saveForm } from "./support/admin.ts";
import { ask } from "./support/chat.ts";
import { signInWithSentry } from "./support/session.ts";
import { openaiStandIn, sentryStandIn } from "./support/stand-ins.ts";

test.beforeEach(async ({ page }) => {
  await Promise.all([openaiStandIn.reset(), sentryStandIn.reset()]);
  await signInWithSentry(page, { user: "jane" });
});

test.afterEach(({ page }) => restoreDefaults(page.request));

test("each change is audited with who, which setting and old → new", async ({ page }) => {
  await openAdmin(page);
  await page.getByLabel("Model id").fill("gpt-4o-mini");
  await page.getByLabel("Daily message quota per person").fill("250");
  await saveForm(page);

  const log = page.getByTestId("audit-log");
  const modelRow = log.getByRole("row").filter({ hasText: "Model" }).first();
  await expect(modelRow).toContainText("jane@example.com");
  await expect(modelRow.getByRole("cell").nth(3)).toHaveText("gpt-4o");
  await expect(modelRow.getByRole("cell").nth(4)).toHaveText("gpt-4o-mini");
  const quotaRow = log.getByRole("row").filter({ hasText: "Daily message quota" }).first();
  await expect(quotaRow.getByRole("cell").nth(3)).toHaveText("0");
  await expect(quotaRow.getByRole("cell").nth(4)).toHaveText("250");

  const { entries } = await (await page.request.get("/api/admin/audit?limit=2")).json();
  expect(entries.map((e: { field: string }) => e.field).sort()).toEqual(["dailyMessageQuota", "model"]);
  expect(entries[0]).toMatchObject({ actorEmail: "jane@example.com" });
});

test("the audit log pages through older entries", async ({ page }) => {
  // 22 saves of one field: more than a page (20).
  for (let quota = 1001; quota <= 1022; quota++) await changeSettings(page.request, { dailyMessageQuota: quota });
  const first = await (await page.request.get("/api/admin/audit?limit=20")).json();
  expect(first.entries).toHaveLength(20);
  expect(first.entries[0].newValue).toBe("1022");
  const second = await (await page.request.get(`/api/admin/audit?limit=20&before=${first.nextCursor}`)).json();
  expect(second.entries[0].id).toBeLessThan(first.entries.at(-1).id);

  await openAdmin(page);
  const rows = page.getByTestId("audit-log").getByRole("row");
  await expect(rows).toHaveCount(21); // the header and a page
  await page.getByRole("button", { name: "Older entries" }).click();
  await expect(rows).toHaveCount(21 + Math.min(20, second.entries.length));
});

test("a save based on a stale version is refused with a clear message, and nothing is written", async ({ page }) => {
  await openAdmin(page);
  const before = await readSettings(page.request);
  // Someone else saves meanwhile.
  await changeSettings(page.request, { systemPromptExtra: "Their change." });

  await page.getByLabel("Model id").fill("gpt-4.1");
  await page.getByRole("button", { name: "Save" }).click();
  const message = "Someone else saved the settings after you opened them. Reload the page to see their changes, then make yours again.";
  await expect(page.getByRole("alert").filter({ hasText: message })).toBeVisible();
  const after = await readSettings(page.request);
  expect(after.version).toBe(before.version + 1);
  expect(after.settings.model).toBe(before.settings.model);

  const stale = await page.request.put("/api/admin/settings", { data: { version: before.version, settings: { ...before.settings, maxSteps: 3 } } });
  expect(stale.status()).toBe(409);
  expect(await stale.json()).toEqual({ error: { code: "conflict", message } });
});

test("of two saves based on the same version at the same moment, exactly one wins and only its change is audited", async ({ page }) => {
  const { version, settings } = await readSettings(page.request);
  const save = (model: string) => page.request.put("/api/admin/settings", { data: { version, settings: { ...settings, model } } });
  const answers = await Promise.all([save("race-a"), save("race-b")]);
  expect(answers.map((answer) => answer.status()).sort()).toEqual([200, 409]);
  const winner = answers[0].status() === 200 ? "race-a" : "race-b";

  const after = await readSettings(page.request);
  expect(after).toMatchObject({ version: version + 1, settings: { model: winner } });
  const { entries } = await (await page.request.get("/api/admin/audit?limit=5")).json();
  const raced = entries.filter((entry: { version: number }) => entry.version === version + 1);
  expect(raced).toEqual([expect.objectContaining({ field: "model", newValue: JSON.stringify(winner) })]);
});

test("the form validates inline, discards, and warns before leaving unsaved changes", async ({ page }) => {
  await openAdmin(page);
  const steps = page.getByLabel("Max tool steps");
  await steps.fill("25");
  await expect(page.getByText("At most 20.")).toBeVisible();
  await expect(steps).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel("Organization allowlist").fill("acme, not/a slug");
  await expect(page.getByText("Organization slugs are letters, digits, - and _ (up to 50).")).toBeVisible();

  // Leaving asks first; staying keeps the edits.
  page.once("dialog", (dialog) => {
    expect(dialog.message()).toBe("You have unsaved changes to the settings. Leave without saving?");
    void dialog.dismiss();
  });
  await page.getByRole("link", { name: "Back to chat" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(steps).toHaveValue("25");

  // Saving an invalid form sends nothing.
  const version = (await readSettings(page.request)).version;
  await page.getByRole("button", { name: "Save" }).click();
  expect((await readSettings(page.request)).version).toBe(version);

  await page.getByRole("button", { name: "Discard changes" }).click();
  await expect(steps).toHaveValue("10");
  await expect(page.getByText("At most 20.")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Save" })).toBeDisabled();
  await page.getByRole("link", { name: "Back to chat" }).click();
  await expect(page.getByRole("combobox", { name: "Message" })).toBeVisible();
});

test("usage shows messages, tool calls, the top tools and active people", async ({ page }) => {
  const usage = async () => (await (await page.request.get("/api/admin/usage")).json()) as {
    days: Array<{ messages: number; toolCalls: number }>;
    topTools: Array<{ tool: string; calls: number }>;
    activeUsers: number;
  };
  const before = await usage();
  await page.goto("/");
  await ask(page, "Who am I?");
  await expect(page.getByTestId("message-assistant")).toContainText("Here is what Sentry says about you");

  // Tool calls are counted once /mcp has answered (waitUntil), so the figure may land a moment later.
  await expect.poll(async () => (await usage()).days.at(-1)!.toolCalls).toBe(before.days.at(-1)!.toolCalls + 1);
  const after = await usage();
  expect(after.days).toHaveLength(14);
  expect(after.days.at(-1)!.messages).toBe(before.days.at(-1)!.messages + 1);
  const whoamiCalls = (u: typeof before) => u.topTools.find((t) => t.tool === "whoami")?.calls ?? 0;
  expect(whoamiCalls(after)).toBe(whoamiCalls(before) + 1);
  expect(after.activeUsers).toBeGreaterThanOrEqual(1);

  await openAdmin(page);
  await expect(page.getByTestId("usage-messages")).toHaveText(String(after.days.reduce((sum, day) => sum + day.messages, 0)));
  await expect(page.getByRole("list", { name: "Top tools" })).toContainText("whoami");
});
