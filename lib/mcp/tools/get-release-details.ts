import { z } from "zod";
import { code, escapeMarkdown, facts, formatDate, link } from "@/lib/mcp/format";
import { organizationSlug } from "@/lib/mcp/params";
import { defineTool } from "@/lib/mcp/tool";
import { releaseUrl } from "@/lib/mcp/tools/find-releases";
import { getRelease, listReleaseCommits, listReleaseDeploys, type Commit, type Deploy, type Release } from "@/lib/sentry/releases";
import { releaseHealthViewSchema, type ReleaseHealthView } from "@/lib/tool-views/release-health";

const SHOWN_COMMITS = 10;
const SHOWN_DEPLOYS = 10;

function firstLine(text: string | null | undefined, max = 100): string {
  const line = (text ?? "").split("\n", 1)[0].trim();
  if (!line) return "(no message)";
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

function person(p: { name?: string | null; email?: string | null; username?: string | null } | null | undefined): string | null {
  return p?.name || p?.email || p?.username || null;
}

function describeCommit(commit: Commit): string {
  const author = person(commit.author);
  const when = commit.dateCreated ? ` (${formatDate(commit.dateCreated)})` : "";
  return `- ${code(commit.id.slice(0, 7))} ${escapeMarkdown(firstLine(commit.message))}${author ? ` — ${escapeMarkdown(author)}` : ""}${when}`;
}

function describeDeploy(deploy: Deploy): string {
  const when = deploy.dateFinished ? `finished ${formatDate(deploy.dateFinished)}` : deploy.dateStarted ? `started ${formatDate(deploy.dateStarted)}` : "date unknown";
  const name = deploy.name ? ` — ${link(deploy.name, deploy.url)}` : "";
  return `- ${code(deploy.environment || "unknown environment")}: ${when}${name}`;
}

/** The projects' crash-free rates; null when no project of the release sends sessions. */
function releaseHealth(release: Release): ReleaseHealthView | null {
  const projects = (release.projects ?? []).flatMap(({ slug, healthData: health }) =>
    health && (health.crashFreeSessions != null || health.crashFreeUsers != null)
      ? [
          {
            project: slug,
            crashFreeSessions: health.crashFreeSessions ?? null,
            crashFreeUsers: health.crashFreeUsers ?? null,
            sessions: health.totalSessions ?? null,
            users: health.totalUsers ?? null,
          },
        ]
      : [],
  );
  return projects.length ? { kind: "release-health", version: release.version, projects } : null;
}

const percent = (value: number | null) => (value === null ? "unknown" : `${Math.round(value * 100) / 100} %`);

function describeHealth(project: ReleaseHealthView["projects"][number]): string {
  return `- ${code(project.project)}: crash-free sessions ${percent(project.crashFreeSessions)}, crash-free users ${percent(project.crashFreeUsers)}`;
}

export const getReleaseDetails = defineTool({
  name: "get_release_details",
  title: "Get release details",
  description:
    "One release: dates, authors, commits, new issues, deploys per environment. Use it for 'what shipped in 2.4.1' or 'when did it reach production'. Example: `version: 'backend@2.4.1'`.",
  inputSchema: {
    organizationSlug,
    version: z
      .string()
      .trim()
      .min(1)
      .max(250)
      .describe("The full version as Sentry shows it"),
  },
  outputSchema: z.object({ views: z.array(releaseHealthViewSchema) }),
  toolset: "releases",
  annotations: { readOnlyHint: true, destructiveHint: false, openWorldHint: true },
  async handler({ organizationSlug: org, version }, { sentry, progress }) {
    // The release first: an unknown version fails with Sentry's 404 before anything else is asked.
    const release = await getRelease(sentry, org, version);
    await progress?.(1, 2, "Read the release; fetching its commits and deploys");
    const [commits, deploys] = await Promise.all([
      listReleaseCommits(sentry, org, version),
      listReleaseDeploys(sentry, org, version),
    ]);
    await progress?.(2, 2, "Read the commits and deploys");
    const authors = (release.authors ?? []).map(person).filter((name): name is string => Boolean(name));
    const projects = release.projects ?? [];
    const lastDeploy = release.lastDeploy
      ? `${code(release.lastDeploy.environment || "unknown environment")} at ${formatDate(release.lastDeploy.dateFinished ?? release.lastDeploy.dateStarted)}`
      : "never deployed";
    const summary = facts([
      ["Version", code(release.version)],
      ["Created", formatDate(release.dateCreated)],
      ["Released", release.dateReleased ? formatDate(release.dateReleased) : "not marked released"],
      ["First event", release.firstEvent ? formatDate(release.firstEvent) : null],
      ["Last event", release.lastEvent ? formatDate(release.lastEvent) : null],
      ["New issues", release.newGroups ?? 0],
      ["Commits", release.commitCount ?? commits.items.length],
      ["Authors", authors.length ? authors.map(escapeMarkdown).join(", ") : "none recorded"],
      ["Projects", projects.length ? projects.map((p) => code(p.slug)).join(", ") : null],
      ["Last deploy", lastDeploy],
      ["Ref", release.ref ? code(release.ref) : null],
    ]);

    const shownCommits = commits.items.slice(0, SHOWN_COMMITS);
    const commitTotal = Math.max(release.commitCount ?? 0, commits.items.length);
    const commitSection = shownCommits.length
      ? `## Latest commits (${shownCommits.length} of ${commitTotal})\n\n${shownCommits.map(describeCommit).join("\n")}`
      : "## Commits\n\nNo commits are associated with this release (set them with sentry-cli `releases set-commits`).";

    const shownDeploys = deploys.items.slice(0, SHOWN_DEPLOYS);
    const deploySection = shownDeploys.length
      ? `## Deploys (${shownDeploys.length}${deploys.items.length > shownDeploys.length ? ` of ${deploys.items.length}` : ""})\n\n${shownDeploys.map(describeDeploy).join("\n")}`
      : "## Deploys\n\nNo deploys recorded for this release.";

    const health = releaseHealth(release);
    const text = [
      `# Release ${code(release.version)}`,
      link("Open in Sentry", releaseUrl(sentry, org, release.version)),
      summary,
      health ? `## Health\n\n${health.projects.map(describeHealth).join("\n")}` : null,
      commitSection,
      deploySection,
      `To see the issues of this release, call \`search_issues\` with ${code(`release:${release.version}`)}.`,
    ]
      .filter(Boolean)
      .join("\n\n");
    return { text, structured: { views: health ? [health] : [] } };
  },
});
