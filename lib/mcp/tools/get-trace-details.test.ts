import { z } from "zod";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { runTool } from "@/lib/mcp/run-tool";
import { EXAMPLE_ORG, startToolHarness, type ToolHarness } from "@/lib/mcp/test-support";
import { createSentryClient } from "@/lib/sentry/client";
import { getTraceDetails } from "./get-trace-details";

let harness: ToolHarness;
beforeAll(async () => (harness = await startToolHarness()));
beforeEach(() => harness.reset());
afterAll(() => harness.close());

const TRACE_ID = "da6caabcd90e45fdb81f6655824a5f88";
const META_PATH = `/api/0/organizations/${EXAMPLE_ORG}/trace-meta/${TRACE_ID}/`;
const TRACE_PATH = `/api/0/organizations/${EXAMPLE_ORG}/trace/${TRACE_ID}/`;

/**
 * Runs the tool with the stand-in's trace body rewritten by `edit` (the documented example has one
 * lone span), and its metadata replaced by `meta` when given.
 */
async function runWithTrace(edit: (roots: Array<Record<string, unknown>>) => unknown, meta?: Record<string, unknown>) {
  const rewriting: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    const path = new URL(String(input)).pathname;
    let body: unknown;
    if (path === TRACE_PATH) body = edit((await response.json()) as Array<Record<string, unknown>>);
    else if (path === META_PATH && meta) body = meta;
    else return response;
    return new Response(JSON.stringify(body), { status: response.status, headers: response.headers });
  };
  const sentry = createSentryClient({ baseUrl: harness.standIn.url, token: harness.standIn.demoToken, fetch: rewriting });
  const args = z.object(getTraceDetails.inputSchema).parse({ organizationSlug: EXAMPLE_ORG, traceId: TRACE_ID });
  const result = await runTool(getTraceDetails, args, { sentry });
  getTraceDetails.outputSchema!.parse(result.structuredContent);
  return { text: result.content[0].text, views: (result.structuredContent as { views: unknown[] }).views };
}

describe("get_trace_details", () => {
  it("is a read-only tool", () => {
    expect(getTraceDetails.annotations).toEqual({ readOnlyHint: true, destructiveHint: false, openWorldHint: true });
  });

  it("summarises the trace's counts, operations and root span, with a link to the trace view", async () => {
    const { text, isError, structured } = await harness.run(getTraceDetails, { organizationSlug: EXAMPLE_ORG, traceId: TRACE_ID.toUpperCase() });
    expect(isError).toBe(false);
    expect(structured).toEqual({
      views: [
        expect.objectContaining({
          kind: "trace-waterfall",
          durationMs: 250,
          spans: [
            {
              id: "0123456789abcdef0123456789abcdef",
              parentId: null,
              op: "http.server",
              name: "POST /api/0/projects/{org}/{proj}/events/{event_id}/attachments/",
              project: "javascript",
              startMs: 0,
              durationMs: 250,
              errors: 0,
            },
          ],
        }),
      ],
    });
    expect(text).toContain(`# Trace \`${TRACE_ID}\``);
    expect(text).toContain("- **Spans**: 195");
    expect(text).toContain("- **Errors**: 0");
    expect(text).toContain("- **Performance issues**: 0");
    expect(text).toContain("- **Logs**: 5");
    expect(text).toContain("- **Span operations**: `db` 58, `cache.get` 56, `http.server` 6");
    expect(text).toContain("- **Duration**: 250 ms");
    expect(text).toContain(
      "- `http.server` — POST /api/0/projects/{org}/{proj}/events/{event\\_id}/attachments/ — 250 ms — project `javascript` (transaction)",
    );
    expect(text).toMatch(
      new RegExp(`\\[Open the trace view\\]\\(http://127\\.0\\.0\\.1:\\d+/organizations/${EXAMPLE_ORG}/explore/traces/trace/${TRACE_ID}/\\)`),
    );
  });

  it("asks Sentry for the trace's metadata and spans over the period", async () => {
    await harness.run(getTraceDetails, { organizationSlug: EXAMPLE_ORG, traceId: TRACE_ID, statsPeriod: "30d" });
    const requests = await harness.requests();
    expect(requests.find((r) => r.path === META_PATH)?.query).toEqual({ statsPeriod: "30d" });
    expect(requests.find((r) => r.path === TRACE_PATH)?.query).toEqual({ statsPeriod: "30d" });
  });

  it("shows nested spans indented and the errors found in them, linked to their issues", async () => {
    const { text, views } = await runWithTrace(([root]) => [
      {
        ...root,
        children: [
          { ...root, event_id: "b", op: "db", description: "SELECT * FROM orders", duration: 42.5, is_transaction: false, start_timestamp: 2, children: [] },
          {
            ...root,
            event_id: "c",
            op: "http.client",
            description: "GET https://payments.example.com/charge",
            duration: 1800,
            is_transaction: false,
            start_timestamp: 1,
            children: [],
            errors: [
              {
                event_id: "e1",
                event_type: "error",
                issue_id: 42,
                short_id: "PUMP-STATION-1",
                level: "error",
                description: "ConnectionError: payments unavailable",
                culprit: "charge",
                project_id: 1,
                project_slug: "pump-station",
                transaction: "POST /checkout",
                start_timestamp: 1,
                issue_type: 1,
              },
            ],
          },
        ],
      },
    ]);
    expect(text).toContain("## Span tree (3 spans)");
    // Children in start order, indented under the root.
    expect(text).toMatch(/\n {2}- `http\.client` — GET https:\/\/payments\.example\.com\/charge — 1\.8 s — project `javascript` \(1 error\)\n {2}- `db` — SELECT \\\* FROM orders — 42\.5 ms/);
    expect(text).toContain("## Errors and issues (1)");
    // The same spans for the waterfall: parents first, children in start order, times from the trace's start.
    expect(views).toEqual([
      {
        kind: "trace-waterfall",
        traceId: TRACE_ID,
        url: expect.stringMatching(new RegExp(`/explore/traces/trace/${TRACE_ID}/$`)),
        durationMs: expect.any(Number),
        spans: [
          expect.objectContaining({ id: "0123456789abcdef0123456789abcdef", parentId: null, op: "http.server", errors: 0 }),
          expect.objectContaining({ id: "c", parentId: "0123456789abcdef0123456789abcdef", op: "http.client", name: "GET https://payments.example.com/charge", errors: 1 }),
          expect.objectContaining({ id: "b", parentId: "0123456789abcdef0123456789abcdef", op: "db", name: "SELECT * FROM orders", errors: 0 }),
        ],
        omittedSpans: 0,
      },
    ]);
    expect(text).toMatch(/- \[PUMP-STATION-1\]\(http:\/\/127\.0\.0\.1:\d+\/organizations\/the-interstellar-jurisdiction\/issues\/42\/\) \(error\) ConnectionError: payments unavailable in `pump-station`/);
  });

  it("says so when Sentry returns no spans", async () => {
    // The documented metadata still counts spans, so the summary stays; the tree is empty.
    const { text, views } = await runWithTrace(() => []);
    expect(text).toContain("Sentry returned no spans for this trace.");
    expect(views).toEqual([]);
  });

  it("suggests a wider period when Sentry knows nothing of the trace", async () => {
    const { text } = await runWithTrace(() => [], { errorsCount: 0, performanceIssuesCount: 0, spansCount: 0, logsCount: 0, spansCountMap: {} });
    expect(text).toContain(`No spans or errors of trace \`${TRACE_ID}\` in \`${EXAMPLE_ORG}\` in the last 14d.`);
    expect(text).toContain("widen `statsPeriod`");
  });

  it("rejects an id that is not 32 hexadecimal characters", async () => {
    await expect(harness.run(getTraceDetails, { organizationSlug: EXAMPLE_ORG, traceId: "1234" })).rejects.toThrow(/32 hexadecimal/);
  });

  it("turns a rate limit into an error with the wait", async () => {
    await harness.fault({ path: TRACE_PATH, status: 429, retryAfter: 30 });
    expect(await harness.run(getTraceDetails, { organizationSlug: EXAMPLE_ORG, traceId: TRACE_ID })).toEqual({
      isError: true,
      text: "Sentry rate-limited the request; retry after 30 s.",
    });
  });
});
