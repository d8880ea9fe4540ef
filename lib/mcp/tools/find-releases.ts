import { z } from "zod";
import { code, formatDate, link, nextPageHint, webUrl } from "@/lib/mcp/format";
import { cursor, limit, organizationSlug, projectSlug } from "@/lib/mcp/params";
import { defineTool } from "@/lib/mcp/tool";
import type { SentryClient } from "@/lib/sentry/client";
import { listReleases, type Release } from "@/lib/sentry/releases";

/** The release's page in the Sentry web UI. */
export function releaseUrl(client: SentryClient, organization: string, version: string): string {
  return webUrl(client.baseUrl, organization, `releases/${encodeURIComponent(version)}/`);
}

function describeRelease(client: SentryClient, organization: string, release: Release): string {
  const projects = release.projects ?? [];
  const details = [
    `version ${code(release.version)}`,
    `created ${formatDate(release.dateCreated)}`,
    release.dateReleased ? `released ${formatDate(release.dateReleased)}` : "not marked released",
    `${release.newGroups ?? 0} new issue${release.newGroups === 1 ? "" : "s"}`,
  ];
  if (projects.length > 0) details.push(`project${projects.length === 1 ? "" : "s"} ${projects.map((p) => code(p.slug)).join(", ")}`);
  if (release.lastDeploy?.environment) details.push(`last deployed to ${code(release.lastDeploy.environment)}`);
  return `- ${link(release.shortVersion || release.version, releaseUrl(client, organization, release.version))} — ${details.join(", ")}`;
}

export const findReleases = defineTool({
  name: "find_releases",
  title: "Find releases",
  description:
    "List releases, newest first: version, dates, new issues, projects. Use it for a version for `get_release_details` or a `release:` filter. Example: `query: '2.4'`.",
  inputSchema: {
    organizationSlug,
    projectSlug: projectSlug.optional(),
    query: z
      .string()
      .trim()
      .max(200)
      .optional()
      .describe("Part of a version or commit SHA"),
    limit: limit(100, 20),
    cursor,
  },
  toolset: "releases",
  annotations: { readOnlyHint: true, destructiveHint: false, openWorldHint: true },
  async handler({ organizationSlug: org, projectSlug: project, query, limit, cursor }, { sentry }) {
    const { items, nextCursor } = await listReleases(sentry, org, { project, query: query || undefined, perPage: limit, cursor });
    const scope = `${code(org)}${project ? `, project ${code(project)}` : ""}`;
    if (items.length === 0) {
      if (cursor) return `No more releases in ${scope}: this page is empty. Call again without \`cursor\` to start over.`;
      return query
        ? `No release in ${scope} has a version containing "${query}". Try a shorter part of the version, or omit \`query\`.`
        : `No releases in ${scope}. Releases appear once an SDK reports a \`release\` or one is created with sentry-cli.`;
    }
    const releases = items.slice(0, limit);
    const lines = releases.map((release) => describeRelease(sentry, org, release));
    const hint = `\n\nFor commits and deploys call \`get_release_details\` with a version; to see its issues, search with ${code(`release:${releases[0].version}`)}.`;
    return `# Releases in ${scope} (${releases.length})\n\n${lines.join("\n")}${hint}${nextPageHint(nextCursor)}`;
  },
});
