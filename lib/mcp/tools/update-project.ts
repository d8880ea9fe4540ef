import { z } from "zod";
import { AppError } from "@/lib/errors";
import { code, escapeMarkdown, facts, link, webUrl } from "@/lib/mcp/format";
import { organizationSlug, projectSlug } from "@/lib/mcp/params";
import { newSlug, platform } from "@/lib/mcp/project-params";
import { defineTool } from "@/lib/mcp/tool";
import { updateProject as putProject } from "@/lib/sentry/projects";

export const updateProject = defineTool({
  name: "update_project",
  title: "Update project",
  description:
    "Change a project's name, slug or platform; omitted fields stay. A new slug changes its URLs and what other tools need. Example: `projectSlug: 'web', name: 'Web Storefront'`.",
  inputSchema: {
    organizationSlug,
    projectSlug,
    name: z.string().trim().min(1).max(200).optional(),
    slug: newSlug("project", "web-storefront").describe("New slug"),
    platform,
  },
  toolset: "projects",
  annotations: { readOnlyHint: false, destructiveHint: true, openWorldHint: true },
  async handler({ organizationSlug, projectSlug, name, slug, platform }, { sentry }) {
    if (name === undefined && slug === undefined && platform === undefined) {
      throw new AppError("bad_request", "Nothing to change: give at least one of `name`, `slug` or `platform`.");
    }
    const project = await putProject(sentry, organizationSlug, projectSlug, { name, slug, platform });
    const changed = [
      name !== undefined ? `name → ${escapeMarkdown(name)}` : null,
      slug !== undefined ? `slug → ${code(slug)}` : null,
      platform !== undefined ? `platform → ${code(platform)}` : null,
    ].filter((change): change is string => change !== null);
    const url = webUrl(sentry.baseUrl, organizationSlug, `projects/${encodeURIComponent(project.slug)}/`);
    const lines = [
      `# Project ${code(project.slug)} updated in ${code(organizationSlug)}`,
      "",
      `Changed: ${changed.join("; ")}.`,
      "",
      facts([
        ["Name", link(project.name, url)],
        ["Slug", code(project.slug)],
        ["ID", code(project.id)],
        ["Platform", project.platform ? code(project.platform) : "not set"],
      ]),
    ];
    if (project.slug !== projectSlug) {
      lines.push("", `The project's slug is now ${code(project.slug)}: use it instead of ${code(projectSlug)} in later calls.`);
    }
    return lines.join("\n");
  },
});
