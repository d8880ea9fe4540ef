import { toHtml } from "hast-util-to-html";
import { describe, expect, it } from "vitest";
import { traceWaterfallView as fromTrace } from "@/lib/mcp/trace-waterfall";
import { documentedExamples } from "@/lib/sentry/openapi-examples";
import type { TraceNode } from "@/lib/sentry/traces";
import type { TraceWaterfallView, WaterfallSpan } from "@/lib/tool-views/trace-waterfall";
import { tagsOf } from "./test-support";
import { COLLAPSE_ABOVE, criticalPath, traceWaterfallView } from "./trace-waterfall-view";

const TRACE_ID = "da6caabcd90e45fdb81f6655824a5f88";
const URL = `https://acme.sentry.io/explore/traces/trace/${TRACE_ID}/`;
const render = (view: TraceWaterfallView) => toHtml(traceWaterfallView(view));

const span = (id: string, parentId: string | null, startMs: number, durationMs: number, extra: Partial<WaterfallSpan> = {}): WaterfallSpan => ({
  id,
  parentId,
  op: "db",
  name: `span ${id}`,
  project: "backend",
  startMs,
  durationMs,
  errors: 0,
  ...extra,
});
const view = (spans: WaterfallSpan[]): TraceWaterfallView => ({ kind: "trace-waterfall", traceId: TRACE_ID, url: URL, durationMs: 1000, spans, omittedSpans: 0 });

describe("traceWaterfallView", () => {
  it("draws the documented trace's span across the whole axis, named as the slowest", () => {
    const html = render(fromTrace(TRACE_ID, documentedExamples("getOrganizationTrace")[0] as TraceNode[], URL));
    expect(html).toContain("1 span · 250 ms · slowest: http.server POST /api/0/projects/{org}/{proj}/events/{event_id}/attachments/ (250 ms)");
    expect(html).toContain('style="left:0%;width:100%"');
    expect(html).toMatch(/<span>0 ms<\/span><span>63 ms<\/span><span>125 ms<\/span><span>188 ms<\/span><span>250 ms<\/span>/);
    expect(html).toContain('role="region" aria-label="Waterfall of trace da6caabcd90e45fdb81f6655824a5f88" tabindex="0"');
    expect(html).toContain(`<a href="${URL}"`);
  });

  it("nests children under their parents, places them in time and marks spans with errors", () => {
    const html = render(view([span("root", null, 0, 1000, { op: "http.server" }), span("query", "root", 250, 500, { errors: 2 })]));
    expect(html).toContain('style="left:25%;width:50%"');
    expect(html).toContain('style="padding-left:0.75rem"');
    expect(html).toContain('data-error="true"');
    expect(html).toContain("bg-destructive");
    expect(html).toContain('<span class="sr-only"> 2 errors: </span>');
    expect(html).toContain("2 spans · 1 s · 1 with errors · slowest: http.server span root (1 s)");
    expect(html).not.toContain("Show all");
  });

  it("opens a long trace on its critical path, with every span behind Show all", () => {
    const spans = [span("root", null, 0, 1000), span("slow", "root", 100, 900), span("leaf", "slow", 500, 500)];
    for (let index = 0; spans.length <= COLLAPSE_ABOVE; index++) spans.push(span(`quick${index}`, "root", index, 1));
    expect(criticalPath(spans).map((item) => item.id)).toEqual(["root", "slow", "leaf"]);
    const html = render(view(spans));
    expect(html).toMatch(/<ol class="space-y-px" aria-label="Critical path">(<li[^]*?<\/li>){3}<\/ol>/);
    expect(html).toContain(`Show all ${spans.length} spans`);
    expect(html).toContain('class="group-has-[details[open]]/waterfall:hidden"');
  });

  it("keeps span names and operations with markup as text", () => {
    const html = render(view([span("a", null, 0, 10, { op: "<b>op</b>", name: "<img src=x onerror=alert(1)>" })]));
    expect(tagsOf(html)).not.toMatch(/<img|<b>/);
    expect(html).toContain("&#x3C;img src=x onerror=alert(1)>");
  });
});
