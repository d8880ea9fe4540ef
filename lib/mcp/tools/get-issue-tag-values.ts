import { z } from "zod";
import { AppError } from "@/lib/errors";
import { ensureIssueInProject, formatCount, issueId, issueProjectSlug, plural } from "@/lib/mcp/format-issues";
import { code, formatDate } from "@/lib/mcp/format";
import { organizationSlug } from "@/lib/mcp/params";
import { defineTool } from "@/lib/mcp/tool";
import { getOrganizationIssue, getOrganizationIssueTag, listOrganizationIssueTagValues } from "@/lib/sentry/issues";

const MAX_VALUES = 20;

function percent(count: number | null | undefined, total: number): string {
  if (count == null || total <= 0) return "?%";
  const value = (count / total) * 100;
  return `${value >= 10 || Number.isInteger(value) ? value.toFixed(0) : value.toFixed(1)}%`;
}

export const getIssueTagValues = defineTool({
  name: "get_issue_tag_values",
  title: "Get an issue's tag values",
  description:
    "Top values of one tag across an issue's events, with counts and shares. Use it for 'which browsers, releases or users does it affect'. Example: `tagKey: 'browser'`.",
  inputSchema: {
    organizationSlug,
    issueId,
    projectSlug: issueProjectSlug,
    tagKey: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .regex(/^[A-Za-z0-9_.:-]+$/, "a tag key such as `browser` or `environment`")
      .describe("e.g. `environment`, `release`, `url`, `user`"),
  },
  toolset: "issues",
  annotations: { readOnlyHint: true, destructiveHint: false, openWorldHint: true },
  async handler({ organizationSlug: org, issueId: id, projectSlug: project, tagKey }, { sentry }) {
    if (project) ensureIssueInProject(await getOrganizationIssue(sentry, org, id), org, project);
    const [tag, values] = await Promise.all([
      getOrganizationIssueTag(sentry, org, id, tagKey),
      listOrganizationIssueTagValues(sentry, org, id, tagKey),
    ]).catch((error: unknown) => {
      if (error instanceof AppError && error.code === "not_found") {
        throw new AppError(
          "not_found",
          `Sentry found no tag ${tagKey} on issue ${id} in organization ${org} (or no such issue). get_issue_details lists the issue's tag keys.`,
        );
      }
      throw error;
    });

    const rows = values.items.length > 0 ? values.items : (tag.topValues ?? []);
    const sorted = [...rows].sort((a, b) => (b.count ?? 0) - (a.count ?? 0));
    const total = tag.totalValues ?? sorted.reduce((sum, row) => sum + (row.count ?? 0), 0);
    const heading = `# Tag ${code(tagKey)} on issue ${code(id)}`;
    if (sorted.length === 0) return `${heading}\n\nNo event of this issue has the tag ${code(tagKey)}.`;

    const shown = sorted.slice(0, MAX_VALUES);
    const lines = shown.map((row) => {
      const value = row.value ?? row.name;
      const label = value == null || value === "" ? "(empty)" : code(value);
      const lastSeen = row.lastSeen ? `, last seen ${formatDate(row.lastSeen)}` : "";
      return `- ${label}: ${plural(row.count, "event")} (${percent(row.count, total)})${lastSeen}`;
    });
    const distinct = tag.uniqueValues ?? sorted.length;
    const more = distinct > shown.length ? `\n\n${distinct - shown.length} less common values are not shown.` : "";
    const summary = `${plural(total, "event")} carry this tag, with ${formatCount(distinct)} distinct values. Most common first:`;
    return `${heading}\n\n${summary}\n\n${lines.join("\n")}${more}\n\nTo see matching events, use \`search_issue_events\` with \`query: "${tagKey}:<value>"\`.`;
  },
});
