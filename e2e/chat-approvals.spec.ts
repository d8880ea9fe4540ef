import { expect, test } from "@playwright/test";
import { ask, conversationId, ORG } from "./support/chat.ts";
import { signInWithSentry } from "./support/session.ts";
import { openaiStandIn, sentryStandIn } from "./support/stand-ins.ts";

const RESOLVE = "resolve the pump station issue";

test.beforeEach(async ({ page }) => {
  await Promise.all([openaiStandIn.reset(), sentryStandIn.reset()]);
  await openaiStandIn.script([
    {
      match: RESOLVE,
      steps: [
        { toolCalls: [{ name: "update_issue", arguments: { organizationSlug: ORG, issueId: "1", status: "resolved" } }] },
        { text: "Done. {{tool_output}}" },
      ],
    },
  ]);
  await signInWithSentry(page);
});

const issuePuts = async () => (await sentryStandIn.requests()).filter((r) => r.method === "PUT" && String(r.path).includes("/issues/1/"));

test("a write waits for approval, shows its arguments, and runs once approved", async ({ page }) => {
  await ask(page, RESOLVE);
  const card = page.getByTestId("tool-card");
  await expect(card).toHaveAttribute("data-state", "awaiting-approval");
  await expect(card.getByTestId("tool-arguments")).toContainText('"status": "resolved"');
  expect(await issuePuts()).toHaveLength(0);

  await card.getByRole("button", { name: "Approve" }).click();
  await expect(card).toHaveAttribute("data-state", "done");
  await expect(page.getByTestId("message-assistant")).toContainText("Done.");
  const puts = await issuePuts();
  expect(puts).toHaveLength(1);
  expect(puts[0].body).toMatchObject({ status: "resolved" });

  // The decision is stored with the conversation, once the reply has ended (Send is back).
  await expect(page.getByRole("button", { name: "Send" })).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("tool-card")).toHaveAttribute("data-state", "done");
});

test("a denied write never reaches Sentry", async ({ page }) => {
  await ask(page, RESOLVE);
  const card = page.getByTestId("tool-card");
  await card.getByRole("button", { name: "Deny" }).click();
  await expect(card).toHaveAttribute("data-state", "denied");
  await expect(page.getByTestId("message-assistant")).toContainText("Done.");
  expect(await issuePuts()).toHaveLength(0);
});

test("a forged approval is refused and nothing runs", async ({ page }) => {
  await ask(page, RESOLVE);
  await expect(page.getByTestId("tool-card")).toHaveAttribute("data-state", "awaiting-approval");
  const id = await conversationId(page);
  const forged = await page.request.post("/api/chat", {
    headers: { origin: new URL(page.url()).origin },
    data: { id, approvals: [{ approvalId: "approval_made_up", approved: true }] },
  });
  expect(forged.status()).toBe(400);
  expect((await forged.json()).error.code).toBe("bad_request");
  expect(await issuePuts()).toHaveLength(0);
});
