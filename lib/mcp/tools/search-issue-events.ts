import { z } from "zod";
import { ensureIssueInProject, formatEventUser, issueId, issueProjectSlug, tagValue } from "@/lib/mcp/format-issues";
import { code, formatDate, link, nextPageHint, webUrl } from "@/lib/mcp/format";
import { cursor, limit, organizationSlug } from "@/lib/mcp/params";
import { defineTool } from "@/lib/mcp/tool";
import { listOrganizationIssueEvents } from "@/lib/sentry/events";
import { getOrganizationIssue } from "@/lib/sentry/issues";

export const searchIssueEvents = defineTool({
  name: "search_issue_events",
  title: "Search an issue's events",
  description:
    "List one issue's events, newest first: id, date, user, release, environment. Use it to see who or where it occurs, or to pick an event for `get_event`. Example: `query: 'environment:production'`.",
  inputSchema: {
    organizationSlug,
    issueId,
    projectSlug: issueProjectSlug,
    query: z
      .string()
      .trim()
      .max(1000)
      .optional()
      .describe("e.g. `release:1.2.3`, `user.email:jane@example.com`"),
    limit: limit(100, 10),
    cursor,
  },
  toolset: "issues",
  annotations: { readOnlyHint: true, destructiveHint: false, openWorldHint: true },
  async handler({ organizationSlug: org, issueId: id, projectSlug: project, query, limit, cursor }, { sentry }) {
    if (project) ensureIssueInProject(await getOrganizationIssue(sentry, org, id), org, project);
    const { items, nextCursor } = await listOrganizationIssueEvents(sentry, org, id, { query, limit, cursor });
    if (items.length === 0) {
      return query
        ? `No events of issue ${code(id)} match ${code(query)}. Try a broader query, or none.`
        : `Issue ${code(id)} has no events Sentry can show (they may be past retention).`;
    }
    const shown = items.slice(0, limit);
    const lines = shown.map((event) => {
      const eventId = event.eventID ?? event.id ?? "unknown";
      const title = event.message || event.title || "(no message)";
      const url = webUrl(sentry.baseUrl, org, `issues/${encodeURIComponent(event.groupID ?? id)}/events/${encodeURIComponent(eventId)}/`);
      const environment = tagValue(event, "environment");
      const release = tagValue(event, "release") ?? tagValue(event, "sentry:release");
      const user = formatEventUser(event.user);
      const details = [
        formatDate(event.dateCreated),
        user ? `user ${user}` : null,
        release ? `release ${code(release)}` : null,
        environment ? `environment ${code(environment)}` : null,
        event.location ? `at ${code(event.location)}` : null,
      ].filter(Boolean);
      return `- ${code(eventId)} ${link(title, url)}\n  ${details.join(" · ")}`;
    });
    const header = `# Events of issue ${code(id)} (${shown.length})${query ? `\n\nQuery: ${code(query)}` : ""}`;
    return `${header}\n\n${lines.join("\n")}\n\nUse \`get_event\` with an event id and the issue's project slug for an event's stack trace and tags.${nextPageHint(nextCursor)}`;
  },
});
