import { z } from "zod";
import { code, link, webUrl } from "@/lib/mcp/format";
import { organizationSlug, projectSlug } from "@/lib/mcp/params";
import { settingsUrl } from "@/lib/mcp/settings-url";
import { defineTool } from "@/lib/mcp/tool";
import { listEnvironments } from "@/lib/sentry/environments";

export const findEnvironments = defineTool({
  name: "find_environments",
  title: "Find environments",
  description: [
    "List the environments (e.g. production, staging) of an organization or one project.",
    "Use it to pick a valid `environment:` filter for issue and event searches.",
    "Example: `find_environments(organizationSlug: 'acme', projectSlug: 'backend')`.",
  ].join(" "),
  inputSchema: {
    organizationSlug,
    projectSlug: projectSlug.optional().describe("Only this project's environments, e.g. `backend`."),
    includeHidden: z.boolean().optional().describe("Also list environments hidden in Sentry."),
  },
  toolset: "projects",
  annotations: { readOnlyHint: true, destructiveHint: false, openWorldHint: true },
  async handler({ organizationSlug, projectSlug, includeHidden }, { sentry }) {
    const environments = await listEnvironments(sentry, organizationSlug, {
      project: projectSlug,
      visibility: includeHidden ? "all" : "visible",
    });
    const where = code(projectSlug ? `${organizationSlug}/${projectSlug}` : organizationSlug);
    if (environments.length === 0) {
      return `No ${includeHidden ? "" : "visible "}environments in ${where}: events sent so far carry no \`environment\`. Set the SDK's \`environment\` option to tell production from staging.`;
    }
    const lines = environments.map((environment) => {
      const issues = webUrl(sentry.baseUrl, organizationSlug, `issues/?environment=${encodeURIComponent(environment.name)}`);
      return `- ${code(environment.name)}${environment.isHidden ? " (hidden)" : ""} — ${link("issues", issues)}`;
    });
    const manage = projectSlug
      ? `\n\n${link("Manage environments in Sentry", settingsUrl(sentry.baseUrl, organizationSlug, `projects/${encodeURIComponent(projectSlug)}/environments/`))}.`
      : "";
    return [
      `# Environments in ${where} (${environments.length})`,
      "",
      lines.join("\n"),
      "",
      `Filter searches with e.g. ${code(`environment:${environments[0].name}`)}.${manage}`,
    ].join("\n");
  },
});
