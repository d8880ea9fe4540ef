import { z } from "zod";
import { code, escapeMarkdown, facts, formatDate, link, webUrl } from "@/lib/mcp/format";
import { organizationSlug } from "@/lib/mcp/params";
import { formatDuration } from "@/lib/mcp/format-duration";
import { defineTool } from "@/lib/mcp/tool";
import { getReplay, type Replay } from "@/lib/sentry/replays";

const MAX_URLS = 20;
const MAX_IDS = 10;

export const replayIdParam = z
  .string()
  .trim()
  .regex(
    /^(?:[0-9a-fA-F]{32}|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/,
    "a replay id of 32 hexadecimal characters, e.g. `7e07485f12f9416b8b1426260799b51f`",
  )
  .describe("32 hex characters");

const nameVersion = (value: { name?: string | null; version?: string | null } | null | undefined) =>
  value?.name ? escapeMarkdown([value.name, value.version].filter(Boolean).join(" ")) : null;

function describeUser(user: Replay["user"]): string {
  if (!user) return "anonymous";
  const name = user.display_name || user.username || user.email || user.id || user.ip;
  if (!name) return "anonymous";
  const extra = user.email && user.email !== name ? ` (${user.email})` : "";
  return escapeMarkdown(`${name}${extra}`);
}

const ids = (values: string[] | null | undefined) => {
  const list = values ?? [];
  if (list.length === 0) return null;
  const shown = list.slice(0, MAX_IDS).map((value) => code(value)).join(", ");
  return list.length > MAX_IDS ? `${shown} and ${list.length - MAX_IDS} more` : shown;
};

export const getReplayDetails = defineTool({
  name: "get_replay_details",
  title: "Get replay details",
  description:
    "One session replay: user, browser, pages visited, errors, dead and rage clicks, trace ids, link. Use it to learn what the user did before an error. Example: `replayId: '7e07485f12f9416b8b1426260799b51f'`.",
  inputSchema: { organizationSlug, replayId: replayIdParam },
  toolset: "replays",
  annotations: { readOnlyHint: true, destructiveHint: false, openWorldHint: true },
  async handler({ organizationSlug: org, replayId }, { sentry }) {
    const replay = await getReplay(sentry, org, replayId.toLowerCase());
    const id = replay.id.replaceAll("-", "").toLowerCase();
    const url = webUrl(sentry.baseUrl, org, `replays/${id}/`);
    const urls = replay.urls ?? [];
    const summary = facts([
      ["User", describeUser(replay.user)],
      ["Started", formatDate(replay.started_at)],
      ["Finished", replay.finished_at ? formatDate(replay.finished_at) : null],
      ["Duration", replay.duration == null ? null : formatDuration(replay.duration * 1000)],
      ["Browser", nameVersion(replay.browser)],
      ["OS", nameVersion(replay.os)],
      ["Device", replay.device?.name ? escapeMarkdown(replay.device.name) : null],
      ["Environment", replay.environment ? code(replay.environment) : null],
      ["Releases", replay.releases?.length ? replay.releases.map((release) => code(release)).join(", ") : null],
      ["Errors", replay.count_errors ?? replay.error_ids?.length ?? 0],
      ["Dead clicks", replay.count_dead_clicks ?? null],
      ["Rage clicks", replay.count_rage_clicks ?? null],
      ["Error event ids", ids(replay.error_ids)],
      ["Trace ids", ids(replay.trace_ids)],
      ["Archived", replay.is_archived ? "yes (deleted or expired)" : null],
    ]);
    const pages = urls.slice(0, MAX_URLS).map((page, index) => `${index + 1}. ${escapeMarkdown(page)}`);
    const total = Math.max(replay.count_urls ?? 0, urls.length);
    const urlSection = pages.length
      ? `## URLs visited (${total})\n\n${pages.join("\n")}${total > pages.length ? `\n\n${total - pages.length} more not shown.` : ""}`
      : "## URLs visited\n\nNone recorded.";
    return [
      `# Replay ${code(id)}`,
      `${summary}\n\n${link("Watch the replay in Sentry", url)}`,
      urlSection,
      "Look up an error with `get_event` (project and event id) or a trace with `get_trace_details`.",
    ].join("\n\n");
  },
});
