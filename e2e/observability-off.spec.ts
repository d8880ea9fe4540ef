import { expect, test } from "@playwright/test";
import { DEMO_TOKEN } from "./stand-ins/sentry/fixtures.ts";
import { startAppServer, type AppServer } from "./support/app-server.ts";
import { ask } from "./support/chat.ts";
import { connectMcp } from "./support/mcp-client.ts";
import { signInWithToken } from "./support/session.ts";
import { openaiStandIn, sentryStandIn } from "./support/stand-ins.ts";
import { APP_URL, SECONDARY_APP_PORT, stackAppVars } from "./support/stack.ts";

// A second app, on the same stand-ins, without SENTRY_DSN: it must send nothing to Sentry, and
// still write its structured request logs.
const UNMONITORED_URL = `http://localhost:${SECONDARY_APP_PORT}`;
test.use({ baseURL: UNMONITORED_URL });

let app: AppServer;
const logLines: string[] = [];
let partialLine = "";

/** The app's output arrives in chunks that can end mid-line. */
function collectLines(chunk: string) {
  const lines = (partialLine + chunk).split("\n");
  partialLine = lines.pop() ?? "";
  logLines.push(...lines);
}

test.beforeAll(async () => {
  test.setTimeout(180_000);
  app = await startAppServer({
    name: "e2e-unmonitored",
    port: SECONDARY_APP_PORT,
    freshState: true,
    vars: stackAppVars({ monitored: false, appUrl: UNMONITORED_URL }),
    log: collectLines,
  });
});

test.afterAll(async () => {
  await app?.stop();
});

test.beforeEach(async () => {
  await Promise.all([openaiStandIn.reset(), sentryStandIn.reset()]);
});

type RequestLog = { msg: string; route: string; userId: string | null; status: number; durationMs: number; tools: string[]; errorCode: string | null };

function requestLogs(): RequestLog[] {
  return logLines.filter((line) => line.startsWith('{"msg":"request"')).map((line) => JSON.parse(line) as RequestLog);
}

test("without SENTRY_DSN a failing chat and a failing tool call send nothing, and are logged as JSON lines", async ({ page, browser }) => {
  await signInWithToken(page, DEMO_TOKEN);
  await expect(page).toHaveURL(`${UNMONITORED_URL}/`);

  await ask(page, "who am i");
  await expect(page.getByTestId("tool-card")).toHaveAttribute("data-state", "done");
  await sentryStandIn.fault({ path: "/api/0/auth/", status: 500 });
  await ask(page, "whoami again please");
  await expect(page.getByTestId("tool-card").nth(1)).toHaveAttribute("data-state", "failed");
  // The model carries on after the failed tool; the next question waits for the reply to end.
  await expect(page.getByTestId("message-assistant").nth(1)).toContainText("Here is what Sentry says about you");
  await expect(page.getByRole("button", { name: "Send" })).toBeVisible();
  await openaiStandIn.fault({ status: 500, count: 3 });
  await ask(page, "checkout keeps failing");
  await expect(page.getByTestId("chat-error")).toBeVisible();
  // The page never loaded the browser SDK.
  expect(await page.evaluate(() => "__SENTRY__" in window)).toBe(false);

  // One line per chat and MCP request once it has ended: route, user id, status, duration, tools, error code.
  await expect.poll(() => requestLogs().filter((log) => log.route === "/api/chat").length).toBe(3);
  const chats = requestLogs().filter((log) => log.route === "/api/chat");
  expect(chats.map(({ userId, status, tools, errorCode }) => ({ userId, status, tools, errorCode }))).toEqual([
    { userId: "1", status: 200, tools: ["whoami"], errorCode: null },
    { userId: "1", status: 200, tools: ["whoami"], errorCode: null },
    { userId: "1", status: 200, tools: [], errorCode: "internal" },
  ]);
  expect(chats.every((log) => Number.isInteger(log.durationMs))).toBe(true);
  expect(requestLogs()).toContainEqual(expect.objectContaining({ route: "/mcp", userId: "1", status: 200, tools: ["whoami"], errorCode: "upstream_unavailable" }));
  const logged = logLines.join("\n");
  for (const text of ["who am i", "whoami again please", "checkout keeps failing", DEMO_TOKEN, "jane@example.com"]) {
    expect(logged).not.toContain(text);
  }

  // A failing tool call over the legacy /sse transport sends nothing either; its requests are logged.
  const sse = await connectMcp({ transport: "sse", baseUrl: UNMONITORED_URL });
  await sentryStandIn.fault({ path: "/api/0/auth/", status: 500 });
  expect((await sse.callTool({ name: "whoami", arguments: {} })).isError).toBe(true);
  await sse.close();
  await expect.poll(() => requestLogs().filter((log) => log.route === "/sse").length).toBeGreaterThanOrEqual(2);
  expect(requestLogs()).toContainEqual(expect.objectContaining({ route: "/sse", userId: "1", status: 202, errorCode: null }));

  // A failure in the monitored app is reported meanwhile, so the ingest endpoint is listening;
  // nothing in it comes from this app.
  const monitored = await browser.newPage({ baseURL: APP_URL });
  await signInWithToken(monitored, DEMO_TOKEN);
  // Not the 500 that e2e/observability.spec.ts fails with: Sentry drops an error repeating the one before.
  await openaiStandIn.fault({ status: 503, count: 3 });
  await ask(monitored, "a failure the monitored app reports");
  await expect(monitored.getByTestId("chat-error")).toBeVisible();
  await expect.poll(() => monitored.evaluate(() => "__SENTRY__" in window)).toBe(true);
  await expect.poll(async () => (await sentryStandIn.envelopes()).some((e) => e.items.some((item) => item.type === "event"))).toBe(true);
  const sent = (await sentryStandIn.envelopes()).map((envelope) => envelope.raw).join("\n");
  expect(sent).not.toContain(UNMONITORED_URL);
  expect(sent).toContain(APP_URL);
  await monitored.close();
});
