import type { TraceNode } from "@/lib/sentry/traces";
import type { TraceWaterfallView, WaterfallSpan } from "@/lib/tool-views/trace-waterfall";

const MAX_SPANS = 500;
const MAX_TEXT = 200;

/** Errors and performance issues appear in the tree beside spans; they are not spans. */
export const isIssueItem = (node: TraceNode) => node.event_type === "error" || node.event_type === "occurrence";

const timed = (node: TraceNode) => !isIssueItem(node) && node.start_timestamp != null && node.end_timestamp != null;
const byStart = (a: TraceNode, b: TraceNode) => (a.start_timestamp ?? 0) - (b.start_timestamp ?? 0);

/** Errors found in a span: its own lists, and error items nested under it. */
function errorCount(node: TraceNode): number {
  const nested = (node.children ?? []).filter(isIssueItem).length;
  return (node.errors?.length ?? 0) + (node.occurrences?.length ?? 0) + nested;
}

/** A trace's spans for the waterfall: depth-first in start order, so parents come before children. */
export function traceWaterfallView(traceId: string, roots: TraceNode[], url: string | null): TraceWaterfallView {
  const all: Array<{ node: TraceNode; parentId: string | null; id: string }> = [];
  const walk = (nodes: TraceNode[], parentId: string | null) => {
    for (const node of [...nodes].filter(timed).sort(byStart)) {
      const id = node.event_id || `span-${all.length}`;
      all.push({ node, parentId, id });
      walk(node.children ?? [], id);
    }
  };
  walk(roots, null);
  // Reduced, not spread: a trace may have more spans than a call takes arguments.
  const start = all.reduce((earliest, { node }) => Math.min(earliest, node.start_timestamp!), Infinity);
  const end = all.reduce((latest, { node }) => Math.max(latest, node.end_timestamp!), -Infinity);
  const listed = all.slice(0, MAX_SPANS);
  const spans: WaterfallSpan[] = listed.map(({ node, parentId, id }) => ({
    id,
    // A parent past the cap is not listed: its child then starts a branch of its own.
    parentId: parentId !== null && listed.some((span) => span.id === parentId) ? parentId : null,
    op: (node.op || "span").slice(0, MAX_TEXT),
    name: (node.description || node.name || node.transaction || "(no description)").slice(0, MAX_TEXT),
    project: node.project_slug ?? null,
    startMs: (node.start_timestamp! - start) * 1000,
    durationMs: (node.end_timestamp! - node.start_timestamp!) * 1000,
    errors: errorCount(node),
  }));
  return { kind: "trace-waterfall", traceId, url, durationMs: all.length ? (end - start) * 1000 : 0, spans, omittedSpans: all.length - listed.length };
}
