import { code, formatDate, link, nextPageHint } from "@/lib/mcp/format";
import { durationBetween } from "@/lib/mcp/format-duration";
import { cursor, organizationSlug } from "@/lib/mcp/params";
import { releaseVersion } from "@/lib/mcp/release-params";
import { defineTool } from "@/lib/mcp/tool";
import { releaseUrl } from "@/lib/mcp/tools/find-releases";
import { listReleaseDeploys, type Deploy } from "@/lib/sentry/releases";

function describeDeploy(deploy: Deploy): string {
  const took = durationBetween(deploy.dateStarted, deploy.dateFinished);
  const when = [
    deploy.dateStarted ? `started ${formatDate(deploy.dateStarted)}` : null,
    deploy.dateFinished ? `finished ${formatDate(deploy.dateFinished)}` : null,
    took ? `took ${took}` : null,
  ].filter(Boolean);
  const name = deploy.name ? ` — ${link(deploy.name, deploy.url)}` : deploy.url ? ` — ${link("deploy", deploy.url)}` : "";
  return `- ${code(deploy.environment || "unknown environment")}: ${when.join(", ") || "no dates recorded"}${name}`;
}

export const getReleaseDeploys = defineTool({
  name: "get_release_deploys",
  title: "Get release deploys",
  description:
    "List a release's deploys: environment, when each started and finished, how long it took. Use it to learn when a version reached production. Example: `get_release_deploys(organizationSlug: 'acme', version: 'backend@2.4.1')`.",
  inputSchema: { organizationSlug, version: releaseVersion, cursor },
  toolset: "releases",
  annotations: { readOnlyHint: true, destructiveHint: false, openWorldHint: true },
  async handler({ organizationSlug: org, version, cursor }, { sentry }) {
    const { items, nextCursor } = await listReleaseDeploys(sentry, org, version, { cursor });
    const release = link(version, releaseUrl(sentry, org, version));
    if (items.length === 0) {
      return cursor
        ? `No more deploys of release ${release}: this page is empty. Call again without \`cursor\` to start over.`
        : `Release ${release} has no deploys recorded. Deploys are reported with sentry-cli \`deploys new\`.`;
    }
    const environments = [...new Set(items.map((deploy) => deploy.environment).filter(Boolean))] as string[];
    const reached = environments.length ? `\n\nReached ${environments.map((name) => code(name)).join(", ")}.` : "";
    return `# Deploys of release ${release} (${items.length})${reached}\n\n${items.map(describeDeploy).join("\n")}${nextPageHint(nextCursor)}`;
  },
});
