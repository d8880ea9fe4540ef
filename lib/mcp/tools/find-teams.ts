import { z } from "zod";
import { code, link, nextPageHint } from "@/lib/mcp/format";
import { cursor, limit, organizationSlug } from "@/lib/mcp/params";
import { settingsUrl } from "@/lib/mcp/settings-url";
import { defineTool } from "@/lib/mcp/tool";
import { listOrganizationTeams, type Team } from "@/lib/sentry/teams";

const MAX_PROJECTS_SHOWN = 5;

function describeTeam(team: Team, url: string): string {
  const details = [`slug ${code(team.slug)}`];
  if (typeof team.memberCount === "number") details.push(`${team.memberCount} member${team.memberCount === 1 ? "" : "s"}`);
  if (team.isMember) details.push("you are a member");
  let line = `- ${link(team.name, url)} — ${details.join(", ")}`;
  const projects = team.projects ?? [];
  if (projects.length > 0) {
    const shown = projects.slice(0, MAX_PROJECTS_SHOWN).map((project) => code(project.slug));
    const more = projects.length > MAX_PROJECTS_SHOWN ? ` and ${projects.length - MAX_PROJECTS_SHOWN} more` : "";
    line += `\n  - Projects: ${shown.join(", ")}${more}`;
  }
  return line;
}

export const findTeams = defineTool({
  name: "find_teams",
  title: "Find teams",
  description:
    "List an organization's teams: slugs, members, projects. Use it for a `teamSlug` (e.g. for `create_project`). Example: `query: 'platform'`.",
  inputSchema: {
    organizationSlug,
    query: z.string().trim().max(100).optional().describe("Name or slug filter"),
    cursor,
    limit: limit(100, 25),
  },
  toolset: "projects",
  annotations: { readOnlyHint: true, destructiveHint: false, openWorldHint: true },
  async handler({ organizationSlug, query, cursor, limit }, { sentry }) {
    const { items, nextCursor } = await listOrganizationTeams(sentry, organizationSlug, { query, cursor, perPage: limit });
    if (items.length === 0) {
      if (cursor) return `No more teams in ${code(organizationSlug)}: this page is empty. Call again without \`cursor\` to start over.`;
      return query
        ? `No team in ${code(organizationSlug)} matches "${query}". Try a shorter query, or omit it to list every team.`
        : `Organization ${code(organizationSlug)} has no teams yet. Create one with \`create_team\`.`;
    }
    const teams = items.slice(0, limit);
    const lines = teams.map((team) =>
      describeTeam(team, settingsUrl(sentry.baseUrl, organizationSlug, `teams/${encodeURIComponent(team.slug)}/`)),
    );
    return `# Teams in ${code(organizationSlug)} (${teams.length})\n\n${lines.join("\n")}${nextPageHint(nextCursor)}`;
  },
});
