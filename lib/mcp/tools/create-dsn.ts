import { z } from "zod";
import { code, facts, link } from "@/lib/mcp/format";
import { organizationSlug, projectSlug } from "@/lib/mcp/params";
import { settingsUrl } from "@/lib/mcp/settings-url";
import { defineTool } from "@/lib/mcp/tool";
import { createProjectKey } from "@/lib/sentry/keys";

export const createDsn = defineTool({
  name: "create_dsn",
  title: "Create DSN",
  description:
    "Create another client key (DSN) for a project, e.g. per environment; a new project already has one (see `find_dsns`). Example: `name: 'Production'`.",
  inputSchema: {
    organizationSlug,
    projectSlug,
    name: z.string().trim().min(1).max(64).describe("Where the key is used"),
  },
  toolset: "projects",
  annotations: { readOnlyHint: false, destructiveHint: false, openWorldHint: true },
  async handler({ organizationSlug, projectSlug, name }, { sentry }) {
    const key = await createProjectKey(sentry, organizationSlug, projectSlug, { name });
    const url = settingsUrl(sentry.baseUrl, organizationSlug, `projects/${encodeURIComponent(projectSlug)}/keys/`);
    const dsn = key.dsn?.public;
    return [
      `# DSN created for ${code(`${organizationSlug}/${projectSlug}`)}`,
      "",
      facts([
        ["DSN", dsn ? code(dsn) : "not in Sentry's answer — call `find_dsns` to read it"],
        ["Name", link(key.name || key.label || name, url)],
        ["Key ID", code(key.id)],
        ["Status", key.isActive === false ? "inactive" : "active"],
      ]),
      "",
      "Set the DSN as `SENTRY_DSN` (or the SDK's `dsn` option). It is public by design: it only lets clients send events.",
    ].join("\n");
  },
});
