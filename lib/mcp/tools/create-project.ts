import { z } from "zod";
import { code, facts, link, webUrl } from "@/lib/mcp/format";
import { organizationSlug } from "@/lib/mcp/params";
import { newSlug, platform, teamSlug } from "@/lib/mcp/project-params";
import { defineTool } from "@/lib/mcp/tool";
import { createTeamProject } from "@/lib/sentry/projects";

/** Sentry's project body carries no DSN today; read one should it appear (a string or `{ public }`). */
const withDsn = z.looseObject({
  dsn: z.union([z.string(), z.looseObject({ public: z.string().nullish() })]).nullish(),
});

function dsnOf(project: unknown): string | null {
  const parsed = withDsn.safeParse(project);
  const dsn = parsed.success ? parsed.data.dsn : null;
  if (typeof dsn === "string") return dsn || null;
  return dsn?.public || null;
}

export const createProject = defineTool({
  name: "create_project",
  title: "Create project",
  description:
    "Create a project owned by a team; returns its slug and DSN. Check `find_projects` first; find the team with `find_teams`. Example: `teamSlug: 'backend', name: 'Billing API', platform: 'python-django'`.",
  inputSchema: {
    organizationSlug,
    teamSlug,
    name: z.string().trim().min(1).max(200),
    platform,
    slug: newSlug("project", "billing-api"),
  },
  toolset: "projects",
  annotations: { readOnlyHint: false, destructiveHint: false, openWorldHint: true },
  async handler({ organizationSlug, teamSlug, name, platform, slug }, { sentry }) {
    const project = await createTeamProject(sentry, organizationSlug, teamSlug, { name, platform, slug });
    const url = webUrl(sentry.baseUrl, organizationSlug, `projects/${encodeURIComponent(project.slug)}/`);
    const dsn = dsnOf(project);
    const next = dsn
      ? "Give the user the project slug and the DSN: it goes in `SENTRY_DSN` (or the SDK's `dsn` option)."
      : `Sentry's answer has no DSN: call \`find_dsns\` with \`organizationSlug: "${organizationSlug}"\` and \`projectSlug: "${project.slug}"\` to get the project's DSN for the SDK.`;
    return [
      `# Project created in ${code(organizationSlug)}`,
      "",
      facts([
        ["Name", link(project.name, url)],
        ["Slug", code(project.slug)],
        ["ID", code(project.id)],
        ["Platform", project.platform ? code(project.platform) : "not set"],
        ["Team", code(teamSlug)],
        ["DSN", dsn ? code(dsn) : null],
      ]),
      "",
      next,
    ].join("\n");
  },
});
