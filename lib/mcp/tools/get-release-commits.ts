import { code, escapeMarkdown, formatDate, link, nextPageHint } from "@/lib/mcp/format";
import { cursor, limit, organizationSlug } from "@/lib/mcp/params";
import { releaseVersion } from "@/lib/mcp/release-params";
import { defineTool } from "@/lib/mcp/tool";
import { releaseUrl } from "@/lib/mcp/tools/find-releases";
import { listReleaseCommits, type Commit } from "@/lib/sentry/releases";

function describeCommit(commit: Commit): string {
  const [subject] = (commit.message ?? "").split("\n", 1);
  const author = commit.author?.name || commit.author?.email;
  const details = [
    author ? `by ${escapeMarkdown(author)}` : null,
    commit.dateCreated ? formatDate(commit.dateCreated) : null,
    commit.repository?.name ? `in ${code(commit.repository.name)}` : null,
    commit.pullRequest?.title ? `PR "${escapeMarkdown(commit.pullRequest.title)}"` : null,
  ].filter(Boolean);
  return `- ${code(commit.id.slice(0, 12))} ${escapeMarkdown(subject.trim() || "(no message)")}${details.length ? ` — ${details.join(", ")}` : ""}`;
}

export const getReleaseCommits = defineTool({
  name: "get_release_commits",
  title: "Get release commits",
  description:
    "List a release's commits: SHA, subject, author, repository, pull request. Use it to find the change behind a regression. Example: `get_release_commits(organizationSlug: 'acme', version: 'backend@2.4.1')`.",
  inputSchema: { organizationSlug, version: releaseVersion, limit: limit(100, 30), cursor },
  toolset: "releases",
  annotations: { readOnlyHint: true, destructiveHint: false, openWorldHint: true },
  async handler({ organizationSlug: org, version, limit, cursor }, { sentry }) {
    const { items, nextCursor } = await listReleaseCommits(sentry, org, version, { perPage: limit, cursor });
    const release = link(version, releaseUrl(sentry, org, version));
    if (items.length === 0) {
      return cursor
        ? `No more commits in release ${release}: this page is empty. Call again without \`cursor\` to start over.`
        : `Release ${release} has no commits associated. They are linked with sentry-cli \`releases set-commits\` or a repository integration.`;
    }
    const commits = items.slice(0, limit);
    return (
      `# Commits in release ${release} (${commits.length})\n\n${commits.map(describeCommit).join("\n")}` +
      `\n\nTo see the issues this release brought, call \`search_issues\` with ${code(`release:${version}`)}.` +
      nextPageHint(nextCursor)
    );
  },
});
