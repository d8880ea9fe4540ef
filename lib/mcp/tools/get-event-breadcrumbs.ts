import { clip, code, escapeMarkdown, formatDate, link, webUrl } from "@/lib/mcp/format";
import { eventId, normalizeEventId } from "@/lib/mcp/format-issues";
import { limit, organizationSlug, projectSlug } from "@/lib/mcp/params";
import { defineTool } from "@/lib/mcp/tool";
import { breadcrumbsDataSchema, getProjectEvent, type Breadcrumb } from "@/lib/sentry/events";

const MAX_TEXT = 300;

/** Python SDKs send epoch seconds, JavaScript ones ISO strings. */
function when(timestamp: Breadcrumb["timestamp"]): string {
  if (typeof timestamp === "number") return formatDate(new Date(timestamp * 1000).toISOString());
  return formatDate(timestamp);
}

/** An HTTP breadcrumb says it all in its data; others in their message, or their data when they have none. */
function describe(crumb: Breadcrumb): string {
  const data = crumb.data ?? {};
  if (crumb.type === "http" && (data.url || data.method)) {
    const status = data.status_code === undefined ? "" : ` → ${String(data.status_code)}`;
    return escapeMarkdown(clip(`${String(data.method ?? "")} ${String(data.url ?? "")}${status}`.trim(), MAX_TEXT));
  }
  if (crumb.message) return escapeMarkdown(clip(crumb.message, MAX_TEXT));
  return Object.keys(data).length > 0 ? escapeMarkdown(clip(JSON.stringify(data), MAX_TEXT)) : "(no message)";
}

export const getEventBreadcrumbs = defineTool({
  name: "get_event_breadcrumbs",
  title: "Get event breadcrumbs",
  description: [
    "The breadcrumbs of an event: what happened just before it (HTTP calls, navigation, logs, clicks), oldest first.",
    "Use it to reconstruct the steps leading to an error.",
    "Example: `get_event_breadcrumbs(organizationSlug: 'acme', projectSlug: 'web', eventId: '9999aaaaca8b46d797c23c6077c6ff01')`.",
  ].join(" "),
  inputSchema: { organizationSlug, projectSlug, eventId, limit: limit(100, 30).describe("How many of the last breadcrumbs (default 30).") },
  toolset: "events",
  annotations: { readOnlyHint: true, destructiveHint: false, openWorldHint: true },
  async handler({ organizationSlug: org, projectSlug: project, eventId: rawId, limit }, { sentry }) {
    const id = normalizeEventId(rawId);
    const event = await getProjectEvent(sentry, org, project, id);
    const entry = event.entries?.find((candidate) => candidate.type === "breadcrumbs");
    const crumbs = breadcrumbsDataSchema.safeParse(entry?.data).data?.values ?? [];
    const url = webUrl(sentry.baseUrl, org, `projects/${encodeURIComponent(project)}/events/${encodeURIComponent(event.eventID ?? id)}/`);
    const title = `${code(event.eventID ?? id)}${event.title ? `: ${escapeMarkdown(event.title)}` : ""}`;
    if (crumbs.length === 0) {
      return `Event ${title} has no breadcrumbs: the SDK recorded none, or they were turned off (\`maxBreadcrumbs: 0\`). ${link("Open the event in Sentry", url)}; \`get_event\` shows its stack trace.`;
    }
    const shown = crumbs.slice(-limit);
    const lines = shown.map((crumb) => {
      const level = crumb.level && crumb.level !== "info" ? ` **${escapeMarkdown(crumb.level)}**` : "";
      return `- ${when(crumb.timestamp)}${level} ${code(crumb.category ?? crumb.type ?? "default")} ${describe(crumb)}`;
    });
    return [
      `# Breadcrumbs of event ${title}`,
      "",
      `${shown.length < crumbs.length ? `The last ${shown.length} of ${crumbs.length}` : `All ${crumbs.length}`}, oldest first; the event happened at ${formatDate(event.dateCreated)}.`,
      "",
      lines.join("\n"),
      "",
      link("Open the event in Sentry", url),
    ].join("\n");
  },
});
