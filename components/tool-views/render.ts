import type { Element } from "hast";
import { h } from "hastscript";
import { issueTableView } from "@/components/tool-views/issue-table-view";
import { releaseHealthView } from "@/components/tool-views/release-health-view";
import { stackTraceView } from "@/components/tool-views/stack-trace-view";
import { timeSeriesChart } from "@/components/tool-views/time-series-chart";
import { traceWaterfallView } from "@/components/tool-views/trace-waterfall-view";
import type { ToolView } from "@/lib/tool-views";

/**
 * One view per kind of data, whichever tool returned it. Built as a HAST tree, one implementation
 * for both places that show it: the chat turns it into React elements, a shared page into HTML
 * on the server. Every string from the tool goes in as a text node (or an attribute value), so
 * serialising escapes it: nothing in the data can become markup.
 */
export function renderToolView(view: ToolView): Element {
  switch (view.kind) {
    case "time-series":
      return timeSeriesChart(view);
    case "stack-trace":
      return stackTraceView(view);
    case "trace-waterfall":
      return traceWaterfallView(view);
    case "issue-table":
      return issueTableView(view);
    case "release-health":
      return releaseHealthView(view);
  }
}

export function renderToolViews(views: ToolView[]): Element {
  return h("div", { className: "space-y-4", dataTestid: "tool-views" }, views.map(renderToolView));
}
