import { code, escapeMarkdown, link, nextPageHint } from "@/lib/mcp/format";
import { cursor, organizationSlug, projectSlug } from "@/lib/mcp/params";
import { settingsUrl } from "@/lib/mcp/settings-url";
import { defineTool } from "@/lib/mcp/tool";
import { listProjectKeys, type ProjectKey } from "@/lib/sentry/keys";

function describeKey(key: ProjectKey): string {
  const name = key.name || key.label || "Unnamed key";
  const state = key.isActive === false ? "inactive — events sent with it are rejected" : "active";
  const dsn = key.dsn?.public ? code(key.dsn.public) : "no public DSN";
  return `- **${escapeMarkdown(name)}** (${state}) — id ${code(key.id)}\n  - DSN: ${dsn}`;
}

export const findDsns = defineTool({
  name: "find_dsns",
  title: "Find DSNs",
  description:
    "List a project's client keys (DSNs) and whether each is active. Use it when the user needs a `SENTRY_DSN`; `create_dsn` makes another.",
  inputSchema: { organizationSlug, projectSlug, cursor },
  toolset: "projects",
  annotations: { readOnlyHint: true, destructiveHint: false, openWorldHint: true },
  async handler({ organizationSlug, projectSlug, cursor }, { sentry }) {
    const { items, nextCursor } = await listProjectKeys(sentry, organizationSlug, projectSlug, { cursor });
    const where = code(`${organizationSlug}/${projectSlug}`);
    if (items.length === 0 && cursor) return `No more client keys in ${where}: this page is empty. Call again without \`cursor\` to start over.`;
    if (items.length === 0) return `Project ${where} has no client keys (DSNs). Create one with \`create_dsn\`.`;
    const manage = link("Manage client keys in Sentry", settingsUrl(sentry.baseUrl, organizationSlug, `projects/${encodeURIComponent(projectSlug)}/keys/`));
    return [
      `# DSNs of ${where} (${items.length})`,
      "",
      items.map(describeKey).join("\n"),
      "",
      `Set the DSN as \`SENTRY_DSN\` (or pass it as \`dsn\` to the SDK's init). ${manage}.`,
    ].join("\n") + nextPageHint(nextCursor);
  },
});
