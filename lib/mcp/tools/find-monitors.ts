import { z } from "zod";
import { code, formatDate, link, nextPageHint, webUrl } from "@/lib/mcp/format";
import { monitorSchedule } from "@/lib/mcp/monitor-schedule";
import { cursor, limit, organizationSlug, projectSlug } from "@/lib/mcp/params";
import { defineTool } from "@/lib/mcp/tool";
import type { SentryClient } from "@/lib/sentry/client";
import { listMonitors, type Monitor, type MonitorEnvironment } from "@/lib/sentry/monitors";

function describeEnvironment(environment: MonitorEnvironment): string {
  const status = environment.status ? code(environment.status) : "status unknown";
  const last = environment.lastCheckIn ? `last check-in ${formatDate(environment.lastCheckIn)}` : "no check-in yet";
  const next = environment.nextCheckIn ? `, next expected ${formatDate(environment.nextCheckIn)}` : "";
  return `${code(environment.name)} ${status}${environment.isMuted ? " (muted)" : ""}, ${last}${next}`;
}

function describeMonitor(client: SentryClient, organization: string, monitor: Monitor): string {
  const path = monitor.project ? `crons/${encodeURIComponent(monitor.project.slug)}/${encodeURIComponent(monitor.slug)}/` : "crons/";
  const state = [monitor.status && monitor.status !== "active" ? monitor.status : null, monitor.isMuted ? "muted" : null].filter(Boolean);
  const head = [
    `slug ${code(monitor.slug)}`,
    monitor.project ? `project ${code(monitor.project.slug)}` : null,
    monitorSchedule(monitor.config) ?? "schedule unknown",
    state.length ? state.join(", ") : null,
  ].filter(Boolean);
  const environments = monitor.environments.length
    ? monitor.environments.map((environment) => `\n  - ${describeEnvironment(environment)}`).join("")
    : "\n  - no check-ins received yet";
  return `- ${link(monitor.name, webUrl(client.baseUrl, organization, path))} — ${head.join(", ")}${environments}`;
}

export const findMonitors = defineTool({
  name: "find_monitors",
  title: "Find cron monitors",
  description:
    "List cron monitors: schedule and per-environment status (`ok`, `error`, `missed_checkin`, `timeout`) with the last and next check-in. Use it for 'is the nightly job running'. Example: `query: 'billing'`.",
  inputSchema: {
    organizationSlug,
    projectSlug: projectSlug.optional(),
    query: z
      .string()
      .trim()
      .max(200)
      .optional()
      .describe("Name or slug filter"),
    limit: limit(100, 25),
    cursor,
  },
  toolset: "monitors",
  annotations: { readOnlyHint: true, destructiveHint: false, openWorldHint: true },
  async handler({ organizationSlug: org, projectSlug: project, query, limit, cursor }, { sentry }) {
    const { items, nextCursor } = await listMonitors(sentry, org, { project, query: query || undefined, perPage: limit, cursor });
    const scope = `${code(org)}${project ? `, project ${code(project)}` : ""}`;
    if (items.length === 0) {
      if (cursor) return `No more cron monitors in ${scope}: this page is empty. Call again without \`cursor\` to start over.`;
      return query
        ? `No cron monitor in ${scope} matches "${query}". Try a shorter query, or omit it to list every monitor.`
        : `No cron monitors in ${scope}. Monitors appear once a job checks in with a Sentry SDK or sentry-cli, or one is created under Crons.`;
    }
    const monitors = items.slice(0, limit);
    const failing = monitors.filter((monitor) => monitor.environments.some((env) => env.status && !["ok", "active"].includes(env.status)));
    const alert = failing.length ? `\n\n**${failing.length} failing:** ${failing.map((monitor) => code(monitor.slug)).join(", ")}` : "";
    return (
      `# Cron monitors in ${scope} (${monitors.length})${alert}\n\n${monitors.map((monitor) => describeMonitor(sentry, org, monitor)).join("\n")}` +
      nextPageHint(nextCursor)
    );
  },
});
