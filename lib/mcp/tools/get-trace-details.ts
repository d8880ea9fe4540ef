import { z } from "zod";
import { code, escapeMarkdown, facts, link, webUrl } from "@/lib/mcp/format";
import { organizationSlug } from "@/lib/mcp/params";
import { defineTool } from "@/lib/mcp/tool";
import { isIssueItem, traceWaterfallView } from "@/lib/mcp/trace-waterfall";
import type { SentryClient } from "@/lib/sentry/client";
import { getTrace, getTraceMeta, type TraceIssue, type TraceNode } from "@/lib/sentry/traces";
import { traceWaterfallViewSchema } from "@/lib/tool-views/trace-waterfall";

const MAX_SPAN_LINES = 30;
const MAX_DEPTH = 4;
const MAX_ISSUES = 10;
const MAX_TEXT = 120;

export const traceIdParam = z
  .string()
  .trim()
  .regex(/^[0-9a-fA-F]{32}$/, "a trace id of 32 hexadecimal characters, e.g. `a4d1aae7216b47ff8117cf4e09ce9d0a`")
  .describe("32 hex characters");

export function traceUrl(client: SentryClient, organization: string, traceId: string): string {
  return webUrl(client.baseUrl, organization, `explore/traces/trace/${traceId}/`);
}

export function formatDuration(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return "duration unknown";
  if (ms < 1000) return `${Math.round(ms * 10) / 10} ms`;
  return `${Math.round(ms / 10) / 100} s`;
}

function shorten(text: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > MAX_TEXT ? `${line.slice(0, MAX_TEXT - 1)}…` : line;
}

function describeNode(node: TraceNode): string {
  const op = node.op || node.event_type || "span";
  const what = node.description || node.name || node.transaction || "(no description)";
  const parts = [code(op), escapeMarkdown(shorten(what)), formatDuration(node.duration)];
  if (node.project_slug) parts.push(`project ${code(node.project_slug)}`);
  const notes = [node.is_transaction ? "transaction" : null, node.errors?.length ? `${node.errors.length} error${node.errors.length === 1 ? "" : "s"}` : null].filter(Boolean);
  return `${parts.join(" — ")}${notes.length ? ` (${notes.join(", ")})` : ""}`;
}

function byStart(a: TraceNode, b: TraceNode): number {
  return (a.start_timestamp ?? 0) - (b.start_timestamp ?? 0);
}

/** The span tree, depth-first in start order, capped in depth and lines; counts what was left out. */
function spanLines(roots: TraceNode[]): { lines: string[]; total: number } {
  const lines: string[] = [];
  let total = 0;
  const walk = (nodes: TraceNode[], depth: number) => {
    for (const node of [...nodes].sort(byStart)) {
      if (isIssueItem(node)) continue;
      total += 1;
      if (depth <= MAX_DEPTH && lines.length < MAX_SPAN_LINES) lines.push(`${"  ".repeat(depth)}- ${describeNode(node)}`);
      walk(node.children ?? [], depth + 1);
    }
  };
  walk(roots, 0);
  return { lines, total };
}

/** Errors and performance issues, from the spans they happened in and from the top level. */
function traceIssues(roots: TraceNode[]): TraceIssue[] {
  const found = new Map<string, TraceIssue>();
  const add = (issue: TraceIssue) => found.set(issue.event_id ?? `${found.size}`, issue);
  const walk = (nodes: TraceNode[]) => {
    for (const node of nodes) {
      if (isIssueItem(node)) add(node);
      for (const issue of [...(node.errors ?? []), ...(node.occurrences ?? [])]) add(issue);
      walk(node.children ?? []);
    }
  };
  walk(roots);
  return [...found.values()];
}

function describeIssue(client: SentryClient, organization: string, issue: TraceIssue): string {
  const label = issue.short_id || (issue.issue_id != null ? String(issue.issue_id) : issue.event_id || "event");
  const url = issue.issue_id != null ? webUrl(client.baseUrl, organization, `issues/${issue.issue_id}/`) : null;
  const kind = issue.event_type === "occurrence" ? "performance issue" : issue.level || "error";
  const where = issue.project_slug ? ` in ${code(issue.project_slug)}` : "";
  return `- ${link(label, url)} (${escapeMarkdown(kind)}) ${escapeMarkdown(shorten(issue.description || issue.culprit || "(no title)"))}${where}`;
}

function traceDuration(roots: TraceNode[]): number | null {
  const spans = roots.filter((node) => !isIssueItem(node) && node.start_timestamp != null && node.end_timestamp != null);
  if (spans.length === 0) return null;
  const start = Math.min(...spans.map((node) => node.start_timestamp!));
  const end = Math.max(...spans.map((node) => node.end_timestamp!));
  return (end - start) * 1000;
}

export const getTraceDetails = defineTool({
  name: "get_trace_details",
  title: "Get trace details",
  description:
    "One distributed trace: its span tree (operations, durations, projects), errors and a link. Use it when an event names a trace id, to see what a slow or failing request did. Example: `traceId: 'a4d1aae7216b47ff8117cf4e09ce9d0a'`.",
  inputSchema: {
    organizationSlug,
    traceId: traceIdParam,
    statsPeriod: z
      .string()
      .trim()
      .regex(/^\d{1,4}[smhdw]$/, "a period such as `24h`, `14d` or `30d`")
      .default("14d")
      .describe("How far back to look; widen it for older traces"),
  },
  outputSchema: z.object({ views: z.array(traceWaterfallViewSchema) }),
  toolset: "traces",
  annotations: { readOnlyHint: true, destructiveHint: false, openWorldHint: true },
  async handler({ organizationSlug: org, traceId, statsPeriod }, { sentry }) {
    const id = traceId.toLowerCase();
    const [meta, roots] = await Promise.all([getTraceMeta(sentry, org, id, { statsPeriod }), getTrace(sentry, org, id, { statsPeriod })]);
    const url = traceUrl(sentry, org, id);
    if (roots.length === 0 && !meta.spansCount && !meta.errorsCount) {
      const text =
        `No spans or errors of trace ${code(id)} in ${code(org)} in the last ${statsPeriod}. ` +
        "Check the id, or widen `statsPeriod` (e.g. `30d`) for an older trace. " +
        link("Open the trace view", url);
      return { text, structured: { views: [] } };
    }
    const operations = Object.entries(meta.spansCountMap ?? {})
      .sort(([, a], [, b]) => b - a)
      .slice(0, 8)
      .map(([op, count]) => `${code(op)} ${count}`)
      .join(", ");
    const root = roots.find((node) => !isIssueItem(node) && !node.parent_span_id) ?? roots.find((node) => !isIssueItem(node));
    const duration = traceDuration(roots);
    const summary = facts([
      ["Spans", meta.spansCount ?? null],
      ["Errors", meta.errorsCount ?? null],
      ["Performance issues", meta.performanceIssuesCount ?? null],
      ["Logs", meta.logsCount ?? null],
      ["Span operations", operations || null],
      ["Root", root ? `${code(root.op || "span")} ${escapeMarkdown(shorten(root.description || root.name || root.transaction || ""))}` : null],
      ["Duration", duration === null ? null : formatDuration(duration)],
    ]);

    const { lines, total } = spanLines(roots);
    const spanSection = lines.length
      ? `## Span tree (${lines.length === total ? `${total} span${total === 1 ? "" : "s"}` : `${lines.length} of ${total} spans`})\n\n${lines.join("\n")}` +
        (lines.length < total ? `\n\n${total - lines.length} deeper or later spans not shown; open the trace view for all of them.` : "")
      : "## Spans\n\nSentry returned no spans for this trace.";

    const issues = traceIssues(roots);
    const issueSection = issues.length
      ? `## Errors and issues (${issues.length})\n\n${issues.slice(0, MAX_ISSUES).map((issue) => describeIssue(sentry, org, issue)).join("\n")}` +
        (issues.length > MAX_ISSUES ? `\n\n${issues.length - MAX_ISSUES} more not shown.` : "")
      : null;

    const text = [`# Trace ${code(id)}`, `${summary}\n\n${link("Open the trace view", url)}`, spanSection, issueSection].filter(Boolean).join("\n\n");
    const waterfall = traceWaterfallView(id, roots, url);
    return { text, structured: { views: waterfall.spans.length ? [waterfall] : [] } };
  },
});
