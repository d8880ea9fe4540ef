import { z } from "zod";
import { code, facts, link } from "@/lib/mcp/format";
import { organizationSlug } from "@/lib/mcp/params";
import { newSlug } from "@/lib/mcp/project-params";
import { settingsUrl } from "@/lib/mcp/settings-url";
import { defineTool } from "@/lib/mcp/tool";
import { createOrganizationTeam } from "@/lib/sentry/teams";

export const createTeam = defineTool({
  name: "create_team",
  title: "Create team",
  description:
    "Create a team; returns its slug for `create_project`. Check `find_teams` first. Example: `name: 'Mobile Platform'`.",
  inputSchema: {
    organizationSlug,
    name: z.string().trim().min(1).max(64),
    slug: newSlug("team", "mobile-platform"),
  },
  toolset: "projects",
  annotations: { readOnlyHint: false, destructiveHint: false, openWorldHint: true },
  async handler({ organizationSlug, name, slug }, { sentry }) {
    const team = await createOrganizationTeam(sentry, organizationSlug, { name, slug });
    const url = settingsUrl(sentry.baseUrl, organizationSlug, `teams/${encodeURIComponent(team.slug)}/`);
    return [
      `# Team created in ${code(organizationSlug)}`,
      "",
      facts([
        ["Name", link(team.name, url)],
        ["Slug", code(team.slug)],
        ["ID", code(team.id)],
      ]),
      "",
      `Use \`teamSlug: "${team.slug}"\` with \`create_project\` to give the team a project.`,
    ].join("\n");
  },
});
