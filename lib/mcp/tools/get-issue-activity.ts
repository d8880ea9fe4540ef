import { clip, code, escapeMarkdown, formatDate, link, webUrl } from "@/lib/mcp/format";
import { ensureIssueInProject, issueId, issueLabel, issueProjectSlug } from "@/lib/mcp/format-issues";
import { limit, organizationSlug } from "@/lib/mcp/params";
import { defineTool } from "@/lib/mcp/tool";
import { getOrganizationIssueActivity, type IssueActivity } from "@/lib/sentry/issues";

const QUOTE_LIMIT = 500;

const text = (value: unknown) => (typeof value === "string" && value !== "" ? value : null);

/** One activity item in words; its `data` differs by `type`, and unknown types keep their name. */
function describeActivity(item: IssueActivity): string {
  const data = item.data ?? {};
  const version = text(data.version);
  const inRelease = version ? ` in release ${code(version)}` : "";
  switch (item.type) {
    case "note":
      return `commented: “${escapeMarkdown(clip(text(data.text) ?? "", QUOTE_LIMIT).replaceAll("\n", " "))}”`;
    case "set_resolved":
      return "marked it resolved";
    case "set_resolved_in_release":
      return `marked it resolved${inRelease || " in the next release"}`;
    case "set_resolved_by_age":
      return "resolved it automatically after inactivity";
    case "set_resolved_in_commit":
    case "set_resolved_in_pull_request":
      return `resolved it by a ${item.type.endsWith("commit") ? "commit" : "pull request"}`;
    case "set_unresolved":
      return "marked it unresolved";
    case "set_ignored":
      return "archived (ignored) it";
    case "set_regression":
      return `saw it regress${inRelease}`;
    case "set_escalating":
      return "marked it escalating";
    case "set_priority":
      return `set its priority to ${code(text(data.priority) ?? "unknown")}`;
    case "assigned":
      return `assigned it to ${escapeMarkdown(text(data.assigneeName) ?? text(data.assigneeEmail) ?? text(data.assignee) ?? "someone")}`;
    case "unassigned":
      return "unassigned it";
    case "first_seen":
      return "first saw it";
    default:
      return code(item.type.replaceAll("_", " "));
  }
}

export const getIssueActivity = defineTool({
  name: "get_issue_activity",
  title: "Get issue activity",
  description: [
    "An issue's activity, newest first: comments, status changes, assignments, regressions.",
    "Use it to see who worked on an issue and what they said.",
    "Example: `get_issue_activity(organizationSlug: 'acme', issueId: 'PROJ-123')`.",
  ].join(" "),
  inputSchema: { organizationSlug, issueId, projectSlug: issueProjectSlug, limit: limit(100, 30) },
  toolset: "issues",
  annotations: { readOnlyHint: true, destructiveHint: false, openWorldHint: true },
  async handler({ organizationSlug: org, issueId: id, projectSlug: project, limit }, { sentry }) {
    const issue = await getOrganizationIssueActivity(sentry, org, id);
    ensureIssueInProject(issue, org, project);
    const label = issueLabel(issue, id);
    const url = webUrl(sentry.baseUrl, org, `issues/${encodeURIComponent(issue.id)}/activity/`);
    const activity = issue.activity ?? [];
    if (activity.length === 0) {
      return `Issue ${code(label)} has no activity yet. Comment on it with \`add_issue_note\`. ${link("Issue activity in Sentry", url)}`;
    }
    const shown = activity.slice(0, limit);
    const lines = shown.map((item) => {
      const who = item.user ? escapeMarkdown(item.user.name || item.user.email || "someone") : "Sentry";
      return `- ${formatDate(item.dateCreated)} — ${who} ${describeActivity(item)}`;
    });
    const left = activity.length - shown.length;
    const more = left > 0 ? `\n\n${left} older item${left === 1 ? "" : "s"} not shown; raise \`limit\` to see ${left === 1 ? "it" : "them"}.` : "";
    return [
      `# Activity of issue ${code(label)}${issue.title ? `: ${escapeMarkdown(issue.title)}` : ""}`,
      "",
      lines.join("\n"),
      "",
      link("Issue activity in Sentry", url),
    ].join("\n") + more;
  },
});
