import { z } from "zod";
import { formatStatus, issueLabel, issueUrl, plural } from "@/lib/mcp/format-issues";
import { code, formatDate, link, nextPageHint } from "@/lib/mcp/format";
import { cursor, limit, organizationSlug, projectSlug } from "@/lib/mcp/params";
import { defineTool } from "@/lib/mcp/tool";
import { listOrganizationIssues, type Issue } from "@/lib/sentry/issues";
import type { SentryClient } from "@/lib/sentry/client";
import { issueTableViewSchema, type IssueTableView } from "@/lib/tool-views/issue-table";

const SORT_LABELS = { date: "last seen", new: "first seen", freq: "events", user: "users" } as const;

function issueTable(sentry: SentryClient, org: string, issues: Issue[]): IssueTableView {
  const number = (value: string | number | null | undefined) => (value == null || value === "" || !Number.isFinite(Number(value)) ? null : Number(value));
  return {
    kind: "issue-table",
    issues: issues.map((issue) => ({
      shortId: issueLabel(issue),
      title: issue.title || issue.metadata?.title || "(untitled issue)",
      culprit: issue.culprit || null,
      url: issueUrl(sentry, org, issue),
      level: issue.level ?? null,
      status: formatStatus(issue),
      count: number(issue.count),
      userCount: number(issue.userCount),
      lastSeen: issue.lastSeen ?? null,
    })),
  };
}

export const searchIssues = defineTool({
  name: "search_issues",
  title: "Search issues",
  description:
    "Search an organization's issues (grouped errors) with Sentry search syntax. Use it for 'what is breaking' or 'issues assigned to me', then `get_issue_details` for a stack trace. Example: `query: 'is:unresolved level:error firstSeen:-24h'`.",
  inputSchema: {
    organizationSlug,
    projectSlug: projectSlug.optional(),
    query: z
      .string()
      .trim()
      .max(1000)
      .default("is:unresolved")
      .describe("e.g. `assigned:me`, `release:1.2.3`, `environment:production`, free text"),
    sort: z
      .enum(["date", "new", "freq", "user"])
      .optional()
      .describe("`date`: last seen; `new`: first seen; `freq`: events; `user`: users"),
    limit: limit(100, 10),
    cursor,
  },
  outputSchema: z.object({ views: z.array(issueTableViewSchema) }),
  toolset: "issues",
  annotations: { readOnlyHint: true, destructiveHint: false, openWorldHint: true },
  async handler({ organizationSlug: org, projectSlug: project, query, sort, limit, cursor }, { sentry }) {
    const { items, nextCursor } = await listOrganizationIssues(sentry, org, { query, project, sort, limit, cursor });
    const scope = `${code(org)}${project ? `, project ${code(project)}` : ""}`;
    if (items.length === 0) {
      const text =
        `No issues match ${query ? code(query) : "the query"} in ${scope}. ` +
        "Try a broader query (fewer filters, a longer `firstSeen`/`lastSeen` window, or `is:unresolved`), or another project.";
      return { text, structured: { views: [] } };
    }
    const shown = items.slice(0, limit);
    const lines = shown.map((issue) => {
      const title = issue.title || issue.metadata?.title || "(untitled issue)";
      const details = [
        issue.culprit ? `culprit ${code(issue.culprit)}` : null,
        `level ${issue.level ?? "unknown"}`,
        `status ${formatStatus(issue)}`,
        plural(issue.count, "event"),
        plural(issue.userCount, "user"),
        `last seen ${formatDate(issue.lastSeen)}`,
      ].filter(Boolean);
      return `- ${code(issueLabel(issue))} ${link(title, issueUrl(sentry, org, issue))}\n  ${details.join(" · ")}`;
    });
    const header = `# Issues in ${scope} (${shown.length})\n\nQuery: ${query ? code(query) : "(none)"}${sort ? ` · sorted by ${SORT_LABELS[sort]}` : ""}`;
    const footer = "\n\nUse `get_issue_details` with a short id for the stack trace and tags.";
    return { text: `${header}\n\n${lines.join("\n")}${footer}${nextPageHint(nextCursor)}`, structured: { views: [issueTable(sentry, org, shown)] } };
  },
});
