import { z } from "zod";
import { AppError } from "@/lib/errors";
import {
  ensureIssueInProject,
  eventFacts,
  formatActor,
  formatCount,
  formatStatus,
  issueId,
  issueLabel,
  issueProjectSlug,
  issueUrl,
  plural,
} from "@/lib/mcp/format-issues";
import { codeBlock, formatStacktrace } from "@/lib/mcp/format-stacktrace";
import { code, escapeMarkdown, facts, formatDate, link, webUrl } from "@/lib/mcp/format";
import { organizationSlug } from "@/lib/mcp/params";
import { stackTraceView } from "@/lib/mcp/stack-trace-view";
import { defineTool } from "@/lib/mcp/tool";
import { getOrganizationIssueEvent, type SentryEvent } from "@/lib/sentry/events";
import { getOrganizationIssue, type Issue } from "@/lib/sentry/issues";
import { stackTraceViewSchema, type StackTraceView } from "@/lib/tool-views/stack-trace";
import { seriesFromPairs, timeSeriesViewSchema, type TimeSeriesView } from "@/lib/tool-views/time-series";

/** The latest event, or null when the issue has none Sentry can still show (e.g. past retention). */
async function latestEvent(...args: Parameters<typeof getOrganizationIssueEvent>): Promise<SentryEvent | null> {
  try {
    return await getOrganizationIssueEvent(...args);
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") return null;
    throw error;
  }
}

const STATS_WINDOWS = [
  ["24h", "Events, last 24 hours"],
  ["30d", "Events, last 30 days"],
] as const;

/** The issue's event counts as Sentry sends them with the issue: one chart per window. */
function eventCharts(issue: Issue): TimeSeriesView[] {
  return STATS_WINDOWS.flatMap(([window, title]) => {
    const pairs = issue.stats?.[window];
    return pairs?.length ? [{ kind: "time-series" as const, title, unit: "events", series: [seriesFromPairs("Events", pairs)] }] : [];
  });
}

export const getIssueDetails = defineTool({
  name: "get_issue_details",
  title: "Get issue details",
  description:
    "One issue: status, counts, assignee, tags and the latest event's stack trace. Use it to explain or debug an issue. Example: `issueId: 'PROJ-123'`.",
  inputSchema: { organizationSlug, issueId, projectSlug: issueProjectSlug },
  outputSchema: z.object({ views: z.array(z.discriminatedUnion("kind", [timeSeriesViewSchema, stackTraceViewSchema])) }),
  toolset: "issues",
  annotations: { readOnlyHint: true, destructiveHint: false, openWorldHint: true },
  async handler({ organizationSlug: org, issueId: id, projectSlug: project }, { sentry }) {
    const [issue, event] = await Promise.all([getOrganizationIssue(sentry, org, id), latestEvent(sentry, org, id, "latest")]);
    ensureIssueInProject(issue, org, project);

    const label = issueLabel(issue, id);
    const title = issue.title || issue.metadata?.title || "(untitled issue)";
    const projectName = issue.project?.slug
      ? `${escapeMarkdown(issue.project.name ?? issue.project.slug)} (${code(issue.project.slug)})`
      : null;
    const release = issue.firstRelease?.shortVersion ?? issue.firstRelease?.version;
    const sections = [
      `# Issue ${code(label)}: ${escapeMarkdown(title)}`,
      facts([
        ["Status", formatStatus(issue)],
        ["Level", issue.level],
        ["Project", projectName],
        ["Culprit", issue.culprit ? code(issue.culprit) : null],
        ["First seen", formatDate(issue.firstSeen)],
        ["Last seen", formatDate(issue.lastSeen)],
        ["Events", formatCount(issue.count)],
        ["Users affected", formatCount(issue.userCount)],
        ["Assigned to", formatActor(issue.assignedTo)],
        ["Priority", issue.priority],
        ["First release", release ? code(release) : null],
        ["Comments", issue.numComments],
        ["Issue id", code(issue.id)],
        ["Link", link("Open in Sentry", issueUrl(sentry, org, issue))],
      ]),
    ];

    const tags = issue.tags ?? [];
    if (tags.length > 0) {
      const lines = tags.map(
        (tag) => `- ${code(tag.key)}${tag.name && tag.name !== tag.key ? ` (${escapeMarkdown(tag.name)})` : ""}: ${plural(tag.totalValues, "event")}`,
      );
      sections.push(`## Tags\n\n${lines.join("\n")}\n\nUse \`get_issue_tag_values\` with a tag key for its most common values.`);
    }

    let stackTrace: StackTraceView | null = null;
    if (!event) {
      sections.push("## Latest event\n\nSentry has no event to show for this issue (it may be past retention).");
    } else {
      const eventUrl = event.eventID
        ? webUrl(sentry.baseUrl, org, `issues/${encodeURIComponent(issue.id ?? id)}/events/${encodeURIComponent(event.eventID)}/`)
        : issueUrl(sentry, org, issue);
      stackTrace = stackTraceView(event.entries, eventUrl);
      const message = event.message && event.message !== event.title ? `\n\nMessage:\n\n${codeBlock([event.message.slice(0, 1000)])}` : "";
      const stack = formatStacktrace(event.entries) ?? "The latest event has no exception stack trace.";
      sections.push(`## Latest event\n\n${facts(eventFacts(event))}${message}\n\n### Exception\n\n${stack}`);
    }
    return { text: sections.join("\n\n"), structured: { views: [...eventCharts(issue), ...(stackTrace ? [stackTrace] : [])] } };
  },
});
