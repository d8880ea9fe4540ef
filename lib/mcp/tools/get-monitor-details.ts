import { z } from "zod";
import { code, escapeMarkdown, facts, formatDate, link, webUrl } from "@/lib/mcp/format";
import { formatDuration } from "@/lib/mcp/format-duration";
import { monitorSchedule } from "@/lib/mcp/monitor-schedule";
import { limit, organizationSlug } from "@/lib/mcp/params";
import { defineTool } from "@/lib/mcp/tool";
import { getMonitor, listMonitorCheckIns, type CheckIn } from "@/lib/sentry/monitors";

const HEALTHY = new Set(["ok", "in_progress"]);

const minutes = (value: number | null | undefined) => (value ? `${value} min` : null);

function describeCheckIn(checkIn: CheckIn): string {
  const took = formatDuration(checkIn.duration);
  const environment = checkIn.environment ? ` in ${code(checkIn.environment)}` : "";
  return `- ${formatDate(checkIn.dateCreated ?? checkIn.expectedTime)} ${code(checkIn.status)}${environment}${took ? `, took ${took}` : ""}`;
}

export const getMonitorDetails = defineTool({
  name: "get_monitor_details",
  title: "Get cron monitor details",
  description:
    "Show one cron monitor: schedule, margins, status per environment and its latest check-ins (status, duration, time). Use it to see why a job fails or runs late. Example: `get_monitor_details(organizationSlug: 'acme', monitorSlug: 'nightly-billing')`.",
  inputSchema: {
    organizationSlug,
    monitorSlug: z.string().trim().min(1).max(100).describe("Monitor slug or id from `find_monitors`."),
    limit: limit(100, 10),
  },
  toolset: "monitors",
  annotations: { readOnlyHint: true, destructiveHint: false, openWorldHint: true },
  async handler({ organizationSlug: org, monitorSlug, limit }, { sentry, progress }) {
    // The monitor first: an unknown slug fails with Sentry's 404 before its check-ins are asked for.
    const monitor = await getMonitor(sentry, org, monitorSlug);
    await progress?.(1, 2, "Read the monitor; fetching its check-ins");
    const { items } = await listMonitorCheckIns(sentry, org, monitor.slug, { perPage: limit });
    await progress?.(2, 2, "Read the check-ins");
    const checkIns = items.slice(0, limit);
    const path = monitor.project ? `crons/${encodeURIComponent(monitor.project.slug)}/${encodeURIComponent(monitor.slug)}/` : "crons/";
    const summary = facts([
      ["Slug", code(monitor.slug)],
      ["Project", monitor.project ? code(monitor.project.slug) : null],
      ["Schedule", monitorSchedule(monitor.config)],
      ["Check-in margin", minutes(monitor.config?.checkin_margin)],
      ["Max runtime", minutes(monitor.config?.max_runtime)],
      ["State", [monitor.status ?? "unknown", monitor.isMuted ? "muted" : null].filter(Boolean).join(", ")],
      ["Owner", monitor.owner?.name ? escapeMarkdown(monitor.owner.name) : null],
    ]);
    const environments = monitor.environments.length
      ? monitor.environments
          .map((env) => {
            const next = env.nextCheckIn ? `, next expected ${formatDate(env.nextCheckIn)}` : "";
            return `- ${code(env.name)} ${code(env.status ?? "unknown")}${env.isMuted ? " (muted)" : ""}, last check-in ${formatDate(env.lastCheckIn)}${next}`;
          })
          .join("\n")
      : "No check-ins received yet.";
    const failed = checkIns.filter((checkIn) => !HEALTHY.has(checkIn.status));
    const verdict = checkIns.length
      ? failed.length
        ? `**${failed.length} of the last ${checkIns.length} check-ins failed** (${[...new Set(failed.map((c) => code(c.status)))].join(", ")}).`
        : `All of the last ${checkIns.length} check-ins were fine.`
      : "";
    const history = checkIns.length ? `${verdict}\n\n${checkIns.map(describeCheckIn).join("\n")}` : "No check-ins recorded.";
    return [
      `# Cron monitor ${escapeMarkdown(monitor.name)}`,
      link("Open in Sentry", webUrl(sentry.baseUrl, org, path)),
      summary,
      `## Environments\n\n${environments}`,
      `## Latest check-ins\n\n${history}`,
      `For the issues it raised, call \`search_issues\` with ${code(`monitor.slug:${monitor.slug}`)}.`,
    ].join("\n\n");
  },
});
