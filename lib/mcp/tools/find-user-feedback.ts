import { clip, code, escapeMarkdown, formatDate, link, nextPageHint, webUrl } from "@/lib/mcp/format";
import { cursor, organizationSlug, projectSlug } from "@/lib/mcp/params";
import { defineTool } from "@/lib/mcp/tool";
import type { SentryClient } from "@/lib/sentry/client";
import { listProjectUserFeedback, type UserFeedback } from "@/lib/sentry/feedback";

const QUOTE_LIMIT = 500;
const WIDGET_HINT = "Feedback sent with the User Feedback widget is not listed here: find it with `search_issues` and `issue.category:feedback`.";

function describeFeedback(client: SentryClient, organization: string, feedback: UserFeedback): string {
  const who = [feedback.name ? `**${escapeMarkdown(feedback.name)}**` : "**Anonymous**", feedback.email ? `(${escapeMarkdown(feedback.email)})` : null]
    .filter(Boolean)
    .join(" ");
  const quote = escapeMarkdown(clip(feedback.comments ?? "", QUOTE_LIMIT).replaceAll("\n", " "));
  const about = [
    feedback.issue?.id
      ? `issue ${link(feedback.issue.shortId ?? feedback.issue.id, webUrl(client.baseUrl, organization, `issues/${encodeURIComponent(feedback.issue.id)}/`))}`
      : null,
    feedback.eventID ? `event ${code(feedback.eventID)}` : null,
  ].filter(Boolean);
  return `- ${formatDate(feedback.dateCreated)} — ${who}: “${quote}”${about.length ? `\n  - About ${about.join(", ")}` : ""}`;
}

export const findUserFeedback = defineTool({
  name: "find_user_feedback",
  title: "Find user feedback",
  description: [
    "User feedback (crash-report comments) of a project, newest first: who wrote what, about which event and issue.",
    "Use it to hear what users said about errors.",
    "Example: `find_user_feedback(organizationSlug: 'acme', projectSlug: 'web')`.",
  ].join(" "),
  inputSchema: { organizationSlug, projectSlug, cursor },
  toolset: "replays",
  annotations: { readOnlyHint: true, destructiveHint: false, openWorldHint: true },
  async handler({ organizationSlug, projectSlug, cursor }, { sentry }) {
    const { items, nextCursor } = await listProjectUserFeedback(sentry, organizationSlug, projectSlug, { cursor });
    const where = code(`${organizationSlug}/${projectSlug}`);
    if (items.length === 0) {
      if (cursor) return `No more user feedback in ${where}: this page is empty. Call again without \`cursor\` to start over.`;
      return `No user feedback in ${where}. ${WIDGET_HINT}`;
    }
    return [
      `# User feedback in ${where} (${items.length})`,
      "",
      items.map((feedback) => describeFeedback(sentry, organizationSlug, feedback)).join("\n"),
      "",
      `${WIDGET_HINT} ${link("User feedback in Sentry", webUrl(sentry.baseUrl, organizationSlug, "feedback/"))}.`,
    ].join("\n") + nextPageHint(nextCursor);
  },
});
