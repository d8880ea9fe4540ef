import { expect, test } from "@playwright/test";
import { signInWithSentry } from "./support/session.ts";
import { sentryStandIn } from "./support/stand-ins.ts";
import { APP_URL } from "./support/stack.ts";

test.beforeEach(async () => {
  await sentryStandIn.reset();
});

// Each must end on this site's home page after signing in, never elsewhere.
const attempts = ["https://evil.example/steal", "//evil.example/steal", "/\\evil.example", "/\t/evil.example", "javascript:alert(1)"];

for (const callbackUrl of attempts) {
  test(`sign-in does not redirect off-site to ${JSON.stringify(callbackUrl)}`, async ({ page }) => {
    await signInWithSentry(page, { callbackUrl });
    await expect(page).toHaveURL(`${APP_URL}/`);
  });
}

test("Auth.js's own sign-in endpoint does not redirect off-site either", async ({ page }) => {
  const { csrfToken } = await (await page.request.get("/api/auth/csrf")).json();
  const started = await page.request.post("/api/auth/signin/sentry", {
    form: { csrfToken, callbackUrl: "https://evil.example/steal" },
    maxRedirects: 0,
  });
  await page.goto(started.headers().location);
  await page.getByRole("button", { name: "Approve" }).click();
  await expect(page).toHaveURL(`${APP_URL}/`);
});

test("a signed-in visit to the sign-in page goes on to a safe page only", async ({ page }) => {
  await signInWithSentry(page);
  await page.goto(`/signin?callbackUrl=${encodeURIComponent("https://evil.example/")}`);
  await expect(page).toHaveURL(`${APP_URL}/`);
  await page.goto(`/signin?callbackUrl=${encodeURIComponent("/?q=2")}`);
  await expect(page).toHaveURL(`${APP_URL}/?q=2`);
});
