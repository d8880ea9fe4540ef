import { z } from "zod";
import { code, link, nextPageHint, webUrl } from "@/lib/mcp/format";
import { cursor, limit, organizationSlug } from "@/lib/mcp/params";
import { defineTool } from "@/lib/mcp/tool";
import { listOrganizationProjects, type Project } from "@/lib/sentry/projects";

function describeProject(project: Project, url: string): string {
  const details = [`slug ${code(project.slug)}`, project.platform ? `platform ${code(project.platform)}` : "no platform set"];
  const teams = project.teams?.length ? project.teams : project.team ? [project.team] : [];
  if (teams.length > 0) details.push(`team${teams.length === 1 ? "" : "s"} ${teams.map((team) => code(team.slug)).join(", ")}`);
  if (project.firstEvent === null) details.push("no events received yet");
  return `- ${link(project.name, url)} — ${details.join(", ")}`;
}

export const findProjects = defineTool({
  name: "find_projects",
  title: "Find projects",
  description:
    "List an organization's projects: slugs, platforms, teams. Use it for a project slug or to check one exists. Example: `query: 'backend'`.",
  inputSchema: {
    organizationSlug,
    query: z.string().trim().max(100).optional().describe("Name or slug filter"),
    cursor,
    limit: limit(100, 25),
  },
  toolset: "projects",
  annotations: { readOnlyHint: true, destructiveHint: false, openWorldHint: true },
  async handler({ organizationSlug, query, cursor, limit }, { sentry }) {
    const { items, nextCursor } = await listOrganizationProjects(sentry, organizationSlug, { query, cursor, perPage: limit });
    if (items.length === 0) {
      if (cursor) return `No more projects in ${code(organizationSlug)}: this page is empty. Call again without \`cursor\` to start over.`;
      return query
        ? `No project in ${code(organizationSlug)} matches "${query}". Try a shorter query, or omit it to list every project.`
        : `Organization ${code(organizationSlug)} has no projects yet (or none you can see). Create one with \`create_project\`.`;
    }
    const projects = items.slice(0, limit);
    const lines = projects.map((project) =>
      describeProject(project, webUrl(sentry.baseUrl, organizationSlug, `projects/${encodeURIComponent(project.slug)}/`)),
    );
    return `# Projects in ${code(organizationSlug)} (${projects.length})\n\n${lines.join("\n")}${nextPageHint(nextCursor)}`;
  },
});
