import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { EXAMPLE_ORG, EXAMPLE_PROJECT, startToolHarness, type ToolHarness } from "@/lib/mcp/test-support";
import { markdownTable, searchEvents } from "./search-events";

let harness: ToolHarness;
beforeAll(async () => (harness = await startToolHarness()));
beforeEach(() => harness.reset());
afterAll(() => harness.close());

const EVENTS_PATH = `/api/0/organizations/${EXAMPLE_ORG}/events/`;
const COUNT_SLOW = "count_if(transaction.duration,greater,300)";
const EQUATION = `equation|${COUNT_SLOW} / count() * 100`;

async function eventsRequest() {
  const request = (await harness.requests()).find((r) => r.path === EVENTS_PATH);
  expect(request).toBeDefined();
  return request!;
}

describe("search_events", () => {
  it("is a read-only tool", () => {
    expect(searchEvents.annotations).toEqual({ readOnlyHint: true, destructiveHint: false, openWorldHint: true });
  });

  it("passes dataset, fields, query, sort, period and page size through to Sentry", async () => {
    const { isError } = await harness.run(searchEvents, {
      organizationSlug: EXAMPLE_ORG,
      projectSlug: EXAMPLE_PROJECT,
      dataset: "spans",
      query: "span.op:db transaction:/api/checkout",
      fields: ["span.description", "p95(span.duration)", "count()"],
      sort: "-count()",
      statsPeriod: "24h",
      limit: 50,
    });
    expect(isError).toBe(false);
    const request = await eventsRequest();
    expect(request.method).toBe("GET");
    expect(request.query).toEqual({
      dataset: "spans",
      field: ["span.description", "p95(span.duration)", "count()"],
      query: "span.op:db transaction:/api/checkout",
      sort: "-count()",
      statsPeriod: "24h",
      project: EXAMPLE_PROJECT,
      per_page: "50",
    });
  });

  it("uses the dataset's default fields, newest first over the last 14 days", async () => {
    await harness.run(searchEvents, { organizationSlug: EXAMPLE_ORG, query: "level:error environment:production" });
    expect((await eventsRequest()).query).toEqual({
      dataset: "errors",
      field: ["title", "project", "timestamp", "level", "issue", "id"],
      query: "level:error environment:production",
      sort: "-timestamp",
      statsPeriod: "14d",
      per_page: "20",
    });

    await harness.reset();
    await harness.run(searchEvents, { organizationSlug: EXAMPLE_ORG, dataset: "logs", query: 'message:"timeout"' });
    expect((await eventsRequest()).query).toMatchObject({
      dataset: "logs",
      field: ["timestamp", "severity", "message", "project", "trace"],
      query: 'message:"timeout"',
      sort: "-timestamp",
    });
  });

  it("renders the rows as a Markdown table with escaped pipes, a link and a next-page hint", async () => {
    const { text, isError } = await harness.run(searchEvents, {
      organizationSlug: EXAMPLE_ORG,
      fields: ["transaction", "count()", COUNT_SLOW, EQUATION],
      sort: "-count()",
      limit: 3,
    });
    expect(isError).toBe(false);
    expect(text).toContain(`# Error events in \`${EXAMPLE_ORG}\` (3 rows)`);
    expect(text).toContain("- **Period**: last 14d");
    expect(text).toContain("- **Sort**: `-count()`");
    expect(text).toMatch(/\[Open in Sentry\]\(http:\/\/127\.0\.0\.1:\d+\/organizations\/the-interstellar-jurisdiction\/discover\/results\/\?field=transaction&/);
    expect(text).toContain(`| transaction | count() | ${COUNT_SLOW} | equation\\|${COUNT_SLOW} / count() \\* 100 |`);
    expect(text).toContain("| --- | --- | --- | --- |");
    expect(text).toContain("| foo | 10 | 5 | 50 |");
    expect(text).toContain("| baz | 40 | 8 | 20 |");
    // A full page: Sentry's offset cursor for the next one.
    expect(text).toContain('call again with `cursor: "0:3:0"` for the next page');
  });

  it("shows the fields Sentry sent when its rows carry none of the requested ones", async () => {
    // The documented example answers the same four fields whatever was asked.
    const { text } = await harness.run(searchEvents, { organizationSlug: EXAMPLE_ORG });
    expect(text).toContain(`| ${COUNT_SLOW} | count() | equation\\|${COUNT_SLOW} / count() \\* 100 | transaction |`);
    expect(text).toContain("| 5 | 10 | 50 | foo |");
    expect(text).toContain("Sentry's rows did not carry the requested fields");
  });

  it("continues from a cursor and stops hinting when the page is not full", async () => {
    const { text } = await harness.run(searchEvents, {
      organizationSlug: EXAMPLE_ORG,
      fields: ["transaction", "count()"],
      cursor: "0:3:0",
      limit: 10,
    });
    expect((await eventsRequest()).query).toMatchObject({ cursor: "0:3:0", sort: "-count()", per_page: "10" });
    expect(text).not.toContain("More results exist");
  });

  it("refuses a sort on a field that is not requested, before asking Sentry", async () => {
    const { text, isError } = await harness.run(searchEvents, { organizationSlug: EXAMPLE_ORG, fields: ["title"], sort: "-timestamp" });
    expect(isError).toBe(true);
    expect(text).toContain("`sort` must name one of the requested fields (`title`): add `timestamp` to `fields`");
    expect(await harness.requests()).toEqual([]);
  });

  it("rejects a period Sentry would not understand", async () => {
    await expect(harness.run(searchEvents, { organizationSlug: EXAMPLE_ORG, statsPeriod: "yesterday" })).rejects.toThrow(/1h/);
  });

  it("turns Sentry's rejection of a query into an error a model can act on", async () => {
    await harness.fault({ path: EVENTS_PATH, status: 400, body: { detail: "Invalid query" } });
    const { text, isError } = await harness.run(searchEvents, { organizationSlug: EXAMPLE_ORG, query: "level:" });
    expect(isError).toBe(true);
    expect(text).toBe(`Sentry rejected the request to ${EVENTS_PATH} (400).`);
  });

  it("names the missing scope when Sentry refuses", async () => {
    await harness.fault({ path: EVENTS_PATH, status: 403 });
    const { text, isError } = await harness.run(searchEvents, { organizationSlug: EXAMPLE_ORG });
    expect(isError).toBe(true);
    expect(text).toContain("`event:read`");
  });
});

describe("markdownTable", () => {
  it("keeps each cell on one line, truncated, with Markdown escaped", () => {
    const table = markdownTable(
      ["message", "span.duration", "tags", "empty"],
      [{ message: `a | b\n${"x".repeat(200)}`, "span.duration": 12.3456, tags: ["x", "y"], empty: null }],
      { fieldTypes: { "span.duration": "duration" }, units: { "span.duration": "millisecond" } },
    );
    const row = table.split("\n")[2];
    expect(row.startsWith("| a \\| b xxx")).toBe(true);
    expect(row).toContain("…");
    expect(row).toContain("| 12.35 ms | x, y |  |");
    expect(row.length).toBeLessThan(160);
  });
});
