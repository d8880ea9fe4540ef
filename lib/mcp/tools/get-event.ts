import { eventFacts, eventId, normalizeEventId } from "@/lib/mcp/format-issues";
import { codeBlock, formatStacktrace } from "@/lib/mcp/format-stacktrace";
import { code, escapeMarkdown, facts, link, webUrl } from "@/lib/mcp/format";
import { organizationSlug, projectSlug } from "@/lib/mcp/params";
import { defineTool } from "@/lib/mcp/tool";
import { getProjectEvent } from "@/lib/sentry/events";

/** Tags already shown as facts. */
const FACT_TAGS = new Set(["environment", "release", "sentry:release"]);
const MAX_TAGS = 30;

export const getEvent = defineTool({
  name: "get_event",
  title: "Get event",
  description: [
    "Show one Sentry event (a single occurrence of an error): its title, date, environment, release, user, trace id, all tags,",
    "and its exception with the stack trace (in-app frames). Needs the project slug and the event id,",
    "e.g. `projectSlug: \"backend\", eventId: \"9999aaaaca8b46d797c23c6077c6ff01\"` (event ids come from `search_issue_events` or `get_issue_details`).",
  ].join(" "),
  inputSchema: { organizationSlug, projectSlug, eventId },
  annotations: { readOnlyHint: true, destructiveHint: false, openWorldHint: true },
  async handler({ organizationSlug: org, projectSlug: project, eventId: rawId }, { sentry }) {
    const id = normalizeEventId(rawId);
    const event = await getProjectEvent(sentry, org, project, id);
    const shownId = event.eventID ?? id;
    const url = event.groupID
      ? webUrl(sentry.baseUrl, org, `issues/${encodeURIComponent(event.groupID)}/events/${encodeURIComponent(shownId)}/`)
      : webUrl(sentry.baseUrl, org, `projects/${encodeURIComponent(project)}/events/${encodeURIComponent(shownId)}/`);
    const title = event.title || event.metadata?.title || "(untitled event)";

    const sections = [
      `# Event ${code(shownId)}: ${escapeMarkdown(title)}`,
      facts([
        ...eventFacts(event),
        ["Project", code(project)],
        ["Issue id", event.groupID ? `${code(event.groupID)} (see \`get_issue_details\`)` : null],
        ["Link", link("Open in Sentry", url)],
      ]),
    ];
    if (event.message && event.message !== event.title) sections.push(`## Message\n\n${codeBlock([event.message.slice(0, 1000)])}`);

    const tags = (event.tags ?? []).filter((tag) => !FACT_TAGS.has(tag.key));
    if (tags.length > 0) {
      const lines = tags.slice(0, MAX_TAGS).map((tag) => `- ${code(tag.key)}: ${tag.value == null ? "(empty)" : code(tag.value)}`);
      if (tags.length > MAX_TAGS) lines.push(`- … and ${tags.length - MAX_TAGS} more`);
      sections.push(`## Tags\n\n${lines.join("\n")}`);
    }

    sections.push(`## Exception\n\n${formatStacktrace(event.entries) ?? "This event has no exception stack trace."}`);
    return sections.join("\n\n");
  },
});
