import { z } from "zod";
import { code, escapeMarkdown, facts, formatDate, link } from "@/lib/mcp/format";
import { organizationSlug } from "@/lib/mcp/params";
import { defineTool } from "@/lib/mcp/tool";
import { dashboardUrl } from "@/lib/mcp/tools/find-dashboards";
import { getDashboard, type Widget, type WidgetQuery } from "@/lib/sentry/dashboards";

function describeQuery(query: WidgetQuery): string {
  const fields = query.fields?.length ? query.fields : [...(query.aggregates ?? []), ...(query.columns ?? [])];
  const parts = [
    query.name ? escapeMarkdown(query.name) : null,
    fields.length ? `fields ${fields.map((field) => code(field)).join(", ")}` : null,
    query.conditions ? `query ${code(query.conditions)}` : "no filter",
    query.orderby ? `sorted by ${code(query.orderby)}` : null,
  ].filter(Boolean);
  return `  - ${parts.join(", ")}`;
}

function describeWidget(widget: Widget): string {
  const kind = [widget.displayType ? code(widget.displayType) : "display unknown", widget.widgetType ? `of ${code(widget.widgetType)} data` : null]
    .filter(Boolean)
    .join(" ");
  const about = widget.description ? `: ${escapeMarkdown(widget.description)}` : "";
  const queries = (widget.queries ?? []).map(describeQuery).join("\n");
  return `- **${escapeMarkdown(widget.title || "Untitled widget")}** — ${kind}${about}${queries ? `\n${queries}` : ""}`;
}

export const getDashboardDetails = defineTool({
  name: "get_dashboard_details",
  title: "Get dashboard details",
  description:
    "Show one dashboard: its filters and each widget's title, display type and queries. Use it to learn what a team watches, then run a widget's query with `search_events`. Example: `get_dashboard_details(organizationSlug: 'acme', dashboardId: '42')`.",
  inputSchema: {
    organizationSlug,
    dashboardId: z.string().trim().min(1).max(64).describe("Dashboard id from `find_dashboards`, e.g. `42`."),
  },
  toolset: "dashboards",
  annotations: { readOnlyHint: true, destructiveHint: false, openWorldHint: true },
  async handler({ organizationSlug: org, dashboardId }, { sentry }) {
    const dashboard = await getDashboard(sentry, org, dashboardId);
    const widgets = dashboard.widgets ?? [];
    const summary = facts([
      ["Id", code(dashboard.id)],
      ["Created", dashboard.dateCreated ? formatDate(dashboard.dateCreated) : null],
      ["Created by", dashboard.createdBy?.name ? escapeMarkdown(dashboard.createdBy.name) : null],
      ["Environments", dashboard.environment?.length ? dashboard.environment.map((name) => code(name)).join(", ") : "all"],
      ["Period", dashboard.period ? code(dashboard.period) : null],
    ]);
    const body = widgets.length
      ? `## Widgets (${widgets.length})\n\n${widgets.map(describeWidget).join("\n")}`
      : "## Widgets\n\nThis dashboard has no widgets yet.";
    return [
      `# Dashboard ${escapeMarkdown(dashboard.title)}`,
      link("Open in Sentry", dashboardUrl(sentry, org, dashboard.id)),
      summary,
      body,
    ].join("\n\n");
  },
});
