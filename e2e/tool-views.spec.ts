import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { ask, conversationId, ORG } from "./support/chat.ts";
import { signInWithSentry } from "./support/session.ts";
import { createShare, openSignedOut, openWithoutJavaScript } from "./support/share.ts";
import { openaiStandIn, sentryStandIn } from "./support/stand-ins.ts";

const EXPLAIN_ISSUE = "Explain issue PUMP-STATION-1";
const TRACE_ID = "da6caabcd90e45fdb81f6655824a5f88";
const SHOW_TRACE = `Show me trace ${TRACE_ID}`;
const HOSTILE_SPAN = `<img src=x onerror="window.__pwned = true">`;

test.beforeEach(async ({ page }) => {
  await Promise.all([openaiStandIn.reset(), sentryStandIn.reset()]);
  await signInWithSentry(page);
});

/** Asks, waits for the reply to end, and returns the card of the tool that draws something. */
async function askFor(page: Page, question: string, toolName: string) {
  await ask(page, question);
  await expect(page.getByRole("button", { name: "Send" })).toBeVisible();
  const card = page.locator(`[data-testid=tool-card][data-tool-name=${toolName}]`).last();
  await expect(card).toHaveAttribute("data-state", "done");
  return card;
}

/** The views themselves are accessible (the rest of the page has its own specs). */
async function expectViewsAxeClean(page: Page) {
  const results = await new AxeBuilder({ page }).include("[data-testid=tool-views]").analyze();
  expect(results.violations).toEqual([]);
}

test("an issue's details show its event charts and stack trace, the text one click away, while the model reads text only", async ({ page }) => {
  const card = await askFor(page, EXPLAIN_ISSUE, "get_issue_details");
  // Open on its views, without a click.
  const charts = card.getByTestId("tool-view-time-series");
  await expect(charts).toHaveCount(2);
  await expect(charts.first()).toContainText("Events, last 24 hours");
  await expect(charts.first()).toContainText("1,030 events from Nov 5, 21:00 UTC to Nov 5, 22:00 UTC");
  await expect(charts.first().getByRole("img")).toHaveAttribute("aria-label", /^Bar chart\. Events, last 24 hours: 1,030 events/);
  // Hovering a bar reads out its bucket.
  const readout = charts.first().getByText("Nov 5, 21:00 UTC · 557 events");
  await expect(readout).toBeHidden();
  await charts.first().getByRole("img").locator("> div").first().hover();
  await expect(readout).toBeVisible();

  const stack = card.getByTestId("tool-view-stack-trace");
  await expect(stack).toContainText("ForbiddenError");
  await expect(stack).toContainText("helpers.js:71:23");
  await expect(stack.getByRole("link", { name: "Open the event in Sentry" })).toHaveAttribute("target", "_blank");

  const text = card.getByRole("button", { name: "Text" });
  await text.click();
  await expect(text).toHaveAttribute("aria-pressed", "true");
  await expect(card.getByTestId("tool-result")).toContainText("Users affected");
  await expect(card.getByTestId("tool-view-stack-trace")).toHaveCount(0);
  await text.click();
  await expect(card.getByTestId("tool-view-stack-trace")).toBeVisible();
  await expectViewsAxeClean(page);
  await page.getByRole("button", { name: /Switch to (dark|light) theme/ }).click();
  await expectViewsAxeClean(page);

  // The model got the Markdown, in the reply and again as history, never the structured copy.
  await askFor(page, "Who am I?", "whoami");
  const requests = await openaiStandIn.requests();
  expect(requests.length).toBeGreaterThanOrEqual(4);
  const withIssue = requests.filter((request) => JSON.stringify(request.body).includes("Users affected"));
  expect(withIssue.length).toBeGreaterThanOrEqual(2);
  for (const request of withIssue) {
    const body = JSON.stringify(request.body);
    expect(body).not.toContain("structuredContent");
    expect(body).not.toContain("time-series");
    expect(body).not.toContain("stack-trace");
  }
});

test("a trace shows its waterfall, hostile span names as text, scrolling inside the card on a phone", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const tracePath = `/api/0/organizations/${ORG}/trace/${TRACE_ID}/`;
  await sentryStandIn.fault({
    path: tracePath,
    status: 200,
    body: [
      {
        event_id: "a1",
        event_type: "span",
        op: "http.server",
        description: "POST /checkout",
        project_slug: "backend",
        is_transaction: true,
        start_timestamp: 1776277351,
        end_timestamp: 1776277352,
        duration: 1000,
        children: [
          {
            event_id: "b2",
            event_type: "span",
            op: "db",
            description: HOSTILE_SPAN,
            project_slug: "backend",
            start_timestamp: 1776277351.2,
            end_timestamp: 1776277351.8,
            duration: 600,
            children: [],
            errors: [{ event_id: "e1", event_type: "error", issue_id: 1, short_id: "PUMP-STATION-1", level: "error", description: "boom" }],
            occurrences: [],
          },
        ],
        errors: [],
        occurrences: [],
      },
    ],
  });
  const card = await askFor(page, SHOW_TRACE, "get_trace_details");
  const waterfall = card.getByTestId("tool-view-trace-waterfall");
  await expect(waterfall).toContainText("2 spans · 1 s · 1 with errors · slowest: http.server POST /checkout (1 s)");
  await expect(waterfall.getByText(HOSTILE_SPAN).first()).toBeVisible();
  await expect(waterfall.locator("li[data-error=true]")).toHaveCount(1);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();

  const region = waterfall.getByRole("region", { name: `Waterfall of trace ${TRACE_ID}` });
  expect(await region.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await expectViewsAxeClean(page);
});

test("a share of the conversation shows the same views with JavaScript off", async ({ page, browser }) => {
  await askFor(page, EXPLAIN_ISSUE, "get_issue_details");
  await askFor(page, SHOW_TRACE, "get_trace_details");
  await askFor(page, "Show me the unresolved issues", "search_issues");
  const id = await createShare(page.request, { conversationId: await conversationId(page), visibility: "public" });

  const { context, page: reader, status } = await openWithoutJavaScript(browser, `/share/${id}`);
  expect(status).toBe(200);
  const call = (toolName: string) => reader.locator(`[data-testid=shared-tool-call][data-tool-name=${toolName}]`);
  await expect(call("get_issue_details").getByTestId("tool-view-time-series")).toHaveCount(2);
  await expect(call("get_issue_details").getByTestId("tool-view-stack-trace")).toContainText("ForbiddenError");
  await expect(call("get_trace_details").getByTestId("tool-view-trace-waterfall")).toContainText("slowest: http.server");
  await expect(call("search_issues").getByTestId("tool-view-issue-table")).toContainText("PUMP-STATION-1");
  // The text stays a click away, without a script.
  const text = call("get_issue_details").locator("details", { has: reader.getByText("Text", { exact: true }) });
  await text.getByText("Text", { exact: true }).click();
  await expect(text).toContainText("Users affected");
  await expect(reader.locator("script[src]")).toHaveCount(0);
  await context.close();

  // axe runs as a script: the same page, in a browser that allows one.
  const { context: checking, page: checked } = await openSignedOut(browser, `/share/${id}`);
  await expectViewsAxeClean(checked);
  await checking.close();
});
