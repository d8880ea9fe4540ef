import type { Element } from "hast";
import { h } from "hastscript";
import { externalLink, formatSpanDuration } from "@/components/tool-views/format";
import type { TraceWaterfallView, WaterfallSpan } from "@/lib/tool-views/trace-waterfall";

/** Longer traces open on their critical path, with the rest one click ("Show all") away. */
export const COLLAPSE_ABOVE = 20;

const endOf = (span: WaterfallSpan) => span.startMs + span.durationMs;

function depths(spans: WaterfallSpan[]): Map<string, number> {
  const depth = new Map<string, number>();
  // Parents come before their children, so a parent's depth is known when its child is reached.
  for (const span of spans) depth.set(span.id, span.parentId === null ? 0 : (depth.get(span.parentId) ?? -1) + 1);
  return depth;
}

/**
 * The chain of spans that decided the trace's length: from the root that ended last, each time
 * the child that ended last.
 */
export function criticalPath(spans: WaterfallSpan[]): WaterfallSpan[] {
  const childrenOf = (id: string | null) => spans.filter((span) => span.parentId === id);
  const latest = (candidates: WaterfallSpan[]) => candidates.reduce<WaterfallSpan | null>((best, span) => (!best || endOf(span) > endOf(best) ? span : best), null);
  const path: WaterfallSpan[] = [];
  for (let span = latest(childrenOf(null)); span; span = latest(childrenOf(span.id))) path.push(span);
  return path;
}

function row(span: WaterfallSpan, depth: number, total: number): Element {
  const left = total > 0 ? (span.startMs / total) * 100 : 0;
  const width = total > 0 ? (span.durationMs / total) * 100 : 100;
  const errors = span.errors > 0 ? `${span.errors} error${span.errors === 1 ? "" : "s"}` : null;
  const readout = [span.op, span.name, formatSpanDuration(span.durationMs), `at ${formatSpanDuration(span.startMs)}`, span.project, errors].filter(Boolean).join(" · ");
  return h("li", { className: "hover:bg-muted flex items-center gap-2 text-xs", title: readout, dataError: errors ? "true" : undefined }, [
    h("div", { className: "flex w-64 shrink-0 items-center gap-1 truncate", style: `padding-left:${Math.min(depth, 12) * 0.75}rem` }, [
      errors ? h("span", { className: "text-destructive font-semibold", title: errors }, ["●", h("span", { className: "sr-only" }, ` ${errors}: `)]) : "",
      h("span", { className: "font-mono" }, span.op),
      h("span", { className: "text-muted-foreground truncate" }, span.name),
    ]),
    h("div", { className: "relative h-3.5 flex-1" }, [
      h("div", {
        className: `${errors ? "bg-destructive" : "bg-primary/70"} absolute inset-y-0 min-w-0.5 rounded-sm`,
        style: `left:${left}%;width:${width}%`,
      }),
    ]),
    h("div", { className: "text-muted-foreground w-16 shrink-0 text-right tabular-nums" }, formatSpanDuration(span.durationMs)),
  ]);
}

function rows(spans: WaterfallSpan[], depth: Map<string, number>, total: number, label: string): Element {
  return h("ol", { className: "space-y-px", ariaLabel: label }, spans.map((span) => row(span, depth.get(span.id) ?? 0, total)));
}

function axis(total: number): Element {
  return h(
    "div",
    { className: "text-muted-foreground flex gap-2 text-[0.6875rem] tabular-nums", ariaHidden: "true" },
    [
      h("div", { className: "w-64 shrink-0" }),
      h("div", { className: "flex flex-1 justify-between border-b" }, [0, 0.25, 0.5, 0.75, 1].map((share) => h("span", formatSpanDuration(total * share)))),
      h("div", { className: "w-16 shrink-0" }),
    ],
  );
}

export function traceWaterfallView(view: TraceWaterfallView): Element {
  const { spans } = view;
  const depth = depths(spans);
  const slowest = spans.reduce<WaterfallSpan | null>((top, span) => (!top || span.durationMs > top.durationMs ? span : top), null);
  const errorSpans = spans.filter((span) => span.errors > 0).length;
  const count = spans.length + view.omittedSpans;
  const facts = [
    `${count} span${count === 1 ? "" : "s"}`,
    formatSpanDuration(view.durationMs),
    errorSpans > 0 ? `${errorSpans} with errors` : null,
    slowest ? `slowest: ${slowest.op} ${slowest.name} (${formatSpanDuration(slowest.durationMs)})` : null,
  ].filter((fact): fact is string => fact !== null);
  const collapsed = spans.length > COLLAPSE_ABOVE;
  return h("figure", { className: "group/waterfall space-y-1", dataTestid: "tool-view-trace-waterfall" }, [
    h("figcaption", { className: "space-y-0.5" }, [
      h("div", { className: "flex flex-wrap items-baseline justify-between gap-2" }, [
        h("span", { className: "font-medium" }, ["Trace ", h("code", { className: "font-mono text-xs" }, view.traceId)]),
        view.url ? externalLink(view.url, "Open the trace in Sentry", "text-primary text-xs underline underline-offset-2") : "",
      ]),
      h("p", { className: "text-muted-foreground text-xs break-words" }, facts.join(" · ")),
    ]),
    // Wide by nature: it scrolls inside the card, never the page.
    h("div", { className: "overflow-x-auto", role: "region", ariaLabel: `Waterfall of trace ${view.traceId}`, tabIndex: 0 }, [
      h("div", { className: "min-w-[40rem] space-y-1" }, [
        axis(view.durationMs),
        collapsed
          ? h("div", { className: "group-has-[details[open]]/waterfall:hidden" }, [
              h("p", { className: "text-muted-foreground text-xs" }, "Critical path"),
              rows(criticalPath(spans), depth, view.durationMs, "Critical path"),
            ])
          : rows(spans, depth, view.durationMs, "Spans"),
        collapsed
          ? h("details", [
              h("summary", { className: "text-primary cursor-pointer text-xs" }, `Show all ${spans.length} spans`),
              rows(spans, depth, view.durationMs, "All spans"),
            ])
          : "",
        view.omittedSpans > 0 ? h("p", { className: "text-muted-foreground text-xs" }, `${view.omittedSpans} more spans are in Sentry.`) : "",
      ]),
    ]),
  ]);
}
