import { z } from "zod";
import { formatEvent } from "@/lib/mcp/format-event";
import { eventId, normalizeEventId } from "@/lib/mcp/format-issues";
import { webUrl } from "@/lib/mcp/format";
import { organizationSlug, projectSlug } from "@/lib/mcp/params";
import { stackTraceView } from "@/lib/mcp/stack-trace-view";
import { defineTool } from "@/lib/mcp/tool";
import { getProjectEvent } from "@/lib/sentry/events";
import { stackTraceViewSchema } from "@/lib/tool-views/stack-trace";

export const getEvent = defineTool({
  name: "get_event",
  title: "Get event",
  description:
    "One event: date, environment, release, user, trace id, tags and stack trace. Example: `projectSlug: 'backend', eventId: '9999aaaaca8b46d797c23c6077c6ff01'` (ids from `search_issue_events`).",
  inputSchema: { organizationSlug, projectSlug, eventId },
  outputSchema: z.object({ views: z.array(stackTraceViewSchema) }),
  toolset: "events",
  annotations: { readOnlyHint: true, destructiveHint: false, openWorldHint: true },
  async handler({ organizationSlug: org, projectSlug: project, eventId: rawId }, { sentry }) {
    const id = normalizeEventId(rawId);
    const event = await getProjectEvent(sentry, org, project, id);
    const shownId = event.eventID ?? id;
    const url = event.groupID
      ? webUrl(sentry.baseUrl, org, `issues/${encodeURIComponent(event.groupID)}/events/${encodeURIComponent(shownId)}/`)
      : webUrl(sentry.baseUrl, org, `projects/${encodeURIComponent(project)}/events/${encodeURIComponent(shownId)}/`);
    const stackTrace = stackTraceView(event.entries, url);
    return { text: formatEvent(event, { shownId, project, groupId: event.groupID, url }), structured: { views: stackTrace ? [stackTrace] : [] } };
  },
});
