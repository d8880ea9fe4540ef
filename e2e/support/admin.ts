import { expect, type APIRequestContext, type Page } from "@playwright/test";

type Settings = Record<string, unknown>;
type View = { version: number; settings: Settings; defaults: Settings };

/** The admin API with the page's session (an admin's: Jane). */
export async function readSettings(request: APIRequestContext): Promise<View> {
  const response = await request.get("/api/admin/settings");
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as View;
}

/** Saves the current settings with `changes` applied; returns the new version. */
export async function changeSettings(request: APIRequestContext, changes: Settings): Promise<number> {
  const { version, settings } = await readSettings(request);
  const response = await request.put("/api/admin/settings", { data: { version, settings: { ...settings, ...changes } } });
  expect(response.status(), await response.text()).toBe(200);
  return ((await response.json()) as { version: number }).version;
}

/** Puts the defaults back, so the specs that follow run against an untouched deployment. */
export async function restoreDefaults(request: APIRequestContext) {
  const { defaults } = await readSettings(request);
  await changeSettings(request, defaults);
}

/** Today's messages over all people, from the usage API. */
export async function messagesToday(request: APIRequestContext): Promise<number> {
  const response = await request.get("/api/admin/usage");
  expect(response.status()).toBe(200);
  const { days } = (await response.json()) as { days: Array<{ messages: number }> };
  return days.at(-1)!.messages;
}

/** Opens /admin and waits until the form can be used (hydrated: the save button reacts to edits). */
export async function openAdmin(page: Page) {
  await page.goto("/admin");
  await expect(page.getByRole("heading", { name: "Settings" })).toBeVisible();
  await expect(async () => {
    await page.getByLabel("Model id").fill("hydration-probe");
    await expect(page.getByRole("button", { name: "Save" })).toBeEnabled({ timeout: 500 });
  }).toPass();
  await page.getByRole("button", { name: "Discard changes" }).click();
}

/** Saves the form and waits for the confirmation toast. */
export async function saveForm(page: Page) {
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Settings saved. They apply to the next chat request.")).toBeVisible();
}
