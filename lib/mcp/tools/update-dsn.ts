import { z } from "zod";
import { AppError } from "@/lib/errors";
import { code, escapeMarkdown, facts, link } from "@/lib/mcp/format";
import { organizationSlug, projectSlug } from "@/lib/mcp/params";
import { settingsUrl } from "@/lib/mcp/settings-url";
import { defineTool } from "@/lib/mcp/tool";
import { updateProjectKey, type ProjectKey } from "@/lib/sentry/keys";

/** 7200 → "2 h": rate-limit windows are usually whole hours or minutes. */
function formatWindow(seconds: number): string {
  if (seconds % 3600 === 0) return `${seconds / 3600} h`;
  if (seconds % 60 === 0) return `${seconds / 60} min`;
  return `${seconds} s`;
}

function describeRateLimit(rateLimit: ProjectKey["rateLimit"]): string {
  if (!rateLimit?.count || !rateLimit.window) return "none";
  return `${rateLimit.count} events per ${formatWindow(rateLimit.window)}`;
}

export const updateDsn = defineTool({
  name: "update_dsn",
  title: "Update DSN",
  description: [
    "Rename, enable or disable a project's client key (DSN), or set or remove its rate limit.",
    "A disabled key's events are rejected. Get `keyId` from `find_dsns`.",
    "Example: `update_dsn(organizationSlug: 'acme', projectSlug: 'web', keyId: '6012…', rateLimit: {count: 1000, window: 3600})`.",
  ].join(" "),
  inputSchema: {
    organizationSlug,
    projectSlug,
    keyId: z.string().trim().min(1).max(64).describe("The key's id from `find_dsns`."),
    name: z.string().trim().min(1).max(64).optional().describe("New name, e.g. `Production`."),
    isActive: z.boolean().optional().describe("`false` disables the key, `true` enables it."),
    rateLimit: z
      .object({
        count: z.number().int().min(1).max(1e9).describe("Events accepted per window."),
        window: z.number().int().min(1).max(86400).describe("Window in seconds, e.g. 3600."),
      })
      .nullable()
      .optional()
      .describe("`null` removes the limit."),
  },
  toolset: "projects",
  annotations: { readOnlyHint: false, destructiveHint: true, openWorldHint: true },
  async handler({ organizationSlug, projectSlug, keyId, name, isActive, rateLimit }, { sentry }) {
    if (name === undefined && isActive === undefined && rateLimit === undefined) {
      throw new AppError("bad_request", "Nothing to change: give at least one of `name`, `isActive` or `rateLimit`.");
    }
    const key = await updateProjectKey(sentry, organizationSlug, projectSlug, keyId, { name, isActive, rateLimit });
    const changed = [
      name !== undefined ? `name → ${escapeMarkdown(name)}` : null,
      isActive !== undefined ? (isActive ? "enabled" : "disabled") : null,
      rateLimit !== undefined ? `rate limit → ${rateLimit ? describeRateLimit(rateLimit) : "none"}` : null,
    ].filter((change): change is string => change !== null);
    const url = settingsUrl(sentry.baseUrl, organizationSlug, `projects/${encodeURIComponent(projectSlug)}/keys/${encodeURIComponent(key.id)}/`);
    return [
      `# DSN ${code(key.id)} updated in ${code(`${organizationSlug}/${projectSlug}`)}`,
      "",
      `Changed: ${changed.join("; ")}.`,
      "",
      facts([
        ["Name", link(key.name || key.label || key.id, url)],
        ["Status", key.isActive === false ? "disabled — events sent with it are rejected" : "active"],
        ["Rate limit", describeRateLimit(key.rateLimit)],
        ["DSN", key.dsn?.public ? code(key.dsn.public) : null],
      ]),
    ].join("\n");
  },
});
