import { code, escapeMarkdown, formatDate, link, nextPageHint, webUrl } from "@/lib/mcp/format";
import { cursor, limit, organizationSlug } from "@/lib/mcp/params";
import { defineTool } from "@/lib/mcp/tool";
import type { SentryClient } from "@/lib/sentry/client";
import { listDashboards, type DashboardSummary } from "@/lib/sentry/dashboards";

/** The dashboard's page in the Sentry web UI. */
export function dashboardUrl(client: SentryClient, organization: string, id: string): string {
  return webUrl(client.baseUrl, organization, `dashboard/${encodeURIComponent(id)}/`);
}

function describeDashboard(client: SentryClient, organization: string, dashboard: DashboardSummary): string {
  const widgets = dashboard.widgetDisplay?.length ?? 0;
  const details = [
    `id ${code(dashboard.id)}`,
    widgets ? `${widgets} widget${widgets === 1 ? "" : "s"}` : null,
    dashboard.environment?.length ? `environment ${dashboard.environment.map((name) => code(name)).join(", ")}` : null,
    dashboard.createdBy?.name || dashboard.createdBy?.email ? `by ${escapeMarkdown(dashboard.createdBy.name || dashboard.createdBy.email || "")}` : null,
    dashboard.dateCreated ? `created ${formatDate(dashboard.dateCreated)}` : null,
    dashboard.isFavorited ? "starred" : null,
  ].filter(Boolean);
  return `- ${link(dashboard.title, dashboardUrl(client, organization, dashboard.id))} — ${details.join(", ")}`;
}

export const findDashboards = defineTool({
  name: "find_dashboards",
  title: "Find dashboards",
  description:
    "List an organization's custom dashboards with id, widget count, environments, creator and link. Use it to find a dashboard's id for `get_dashboard_details`. Example: `find_dashboards(organizationSlug: 'acme')`.",
  inputSchema: { organizationSlug, limit: limit(100, 25), cursor },
  toolset: "dashboards",
  annotations: { readOnlyHint: true, destructiveHint: false, openWorldHint: true },
  async handler({ organizationSlug: org, limit, cursor }, { sentry }) {
    const { items, nextCursor } = await listDashboards(sentry, org, { perPage: limit, cursor });
    if (items.length === 0) {
      return cursor
        ? `No more dashboards in ${code(org)}: this page is empty. Call again without \`cursor\` to start over.`
        : `No custom dashboards in ${code(org)}. One can be created under Dashboards in Sentry; \`search_events\` answers the same questions directly.`;
    }
    const dashboards = items.slice(0, limit);
    const lines = dashboards.map((dashboard) => describeDashboard(sentry, org, dashboard));
    return (
      `# Dashboards in ${code(org)} (${dashboards.length})\n\n${lines.join("\n")}\n\nFor a dashboard's widgets and queries call \`get_dashboard_details\` with its id.` +
      nextPageHint(nextCursor)
    );
  },
});
