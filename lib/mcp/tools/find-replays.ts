import { z } from "zod";
import { code, escapeMarkdown, formatDate, link, nextPageHint, webUrl } from "@/lib/mcp/format";
import { formatDuration } from "@/lib/mcp/format-duration";
import { cursor, limit, organizationSlug, projectSlug } from "@/lib/mcp/params";
import { statsPeriod } from "@/lib/mcp/period-param";
import { defineTool } from "@/lib/mcp/tool";
import type { SentryClient } from "@/lib/sentry/client";
import { listReplays, type Replay } from "@/lib/sentry/replays";

const count = (n: number | null | undefined, what: string) => (n ? `${n} ${what}${n === 1 ? "" : "s"}` : null);

function describeReplay(client: SentryClient, organization: string, replay: Replay): string {
  const user = replay.user;
  const who = user?.display_name || user?.email || user?.username || user?.id || user?.ip || "anonymous user";
  const browser = replay.browser?.name ? [replay.browser.name, replay.browser.version].filter(Boolean).join(" ") : null;
  const os = replay.os?.name ? [replay.os.name, replay.os.version].filter(Boolean).join(" ") : null;
  const details = [
    replay.duration == null ? null : formatDuration(replay.duration * 1000),
    count(replay.count_errors, "error") ?? "no errors",
    count(replay.count_rage_clicks, "rage click"),
    count(replay.count_dead_clicks, "dead click"),
    `started ${formatDate(replay.started_at)}`,
    replay.environment ? code(replay.environment) : null,
    browser || os ? escapeMarkdown([browser, os].filter(Boolean).join(" on ")) : null,
    replay.urls?.[0] ? `from ${code(replay.urls[0])}` : null,
  ].filter(Boolean);
  return `- ${link(who, webUrl(client.baseUrl, organization, `replays/${encodeURIComponent(replay.id)}/`))} (${code(replay.id)}) — ${details.join(", ")}`;
}

export const findReplays = defineTool({
  name: "find_replays",
  title: "Find session replays",
  description:
    "List session replays, newest first, with user, duration, errors, rage clicks and link. Use it to see what users did around a problem. Example: `find_replays(organizationSlug: 'acme', query: 'count_errors:>0')`.",
  inputSchema: {
    organizationSlug,
    projectSlug: projectSlug.optional(),
    query: z.string().trim().max(500).optional().describe("Replay search, e.g. `url:*checkout*`."),
    environment: z.string().trim().max(64).optional().describe("Environment, e.g. `production`."),
    statsPeriod,
    limit: limit(50, 10),
    cursor,
  },
  toolset: "replays",
  annotations: { readOnlyHint: true, destructiveHint: false, openWorldHint: true },
  async handler({ organizationSlug: org, projectSlug: project, query, environment, statsPeriod, limit, cursor }, { sentry }) {
    const { items, nextCursor } = await listReplays(sentry, org, {
      project,
      environment: environment || undefined,
      query: query || undefined,
      statsPeriod,
      perPage: limit,
      cursor,
    });
    const scope = `${code(org)}${project ? `, project ${code(project)}` : ""} over ${code(statsPeriod)}`;
    if (items.length === 0) {
      if (cursor) return `No more replays in ${scope}: this page is empty. Call again without \`cursor\` to start over.`;
      return query || environment
        ? `No replay in ${scope} matches. Try a longer \`statsPeriod\` or a looser \`query\`.`
        : `No replays in ${scope}. Replays are recorded by the Session Replay integration of a browser or mobile SDK.`;
    }
    const replays = items.slice(0, limit);
    return (
      `# Replays in ${scope} (${replays.length})\n\n${replays.map((replay) => describeReplay(sentry, org, replay)).join("\n")}` +
      "\n\nFor a replay's pages, errors and traces call `get_replay_details` with its id." +
      nextPageHint(nextCursor)
    );
  },
});
