import { z } from "zod";
import { code, escapeMarkdown, formatDate, link, nextPageHint, webUrl } from "@/lib/mcp/format";
import { formatDuration } from "@/lib/mcp/format-duration";
import { cursor, limit, organizationSlug, projectSlug } from "@/lib/mcp/params";
import { defineTool } from "@/lib/mcp/tool";
import type { SentryClient } from "@/lib/sentry/client";
import { listWorkflows, type ConditionGroup, type Workflow, type WorkflowAction, type WorkflowCondition } from "@/lib/sentry/workflows";

const words = (type: string) => type.replaceAll("_", " ");

/** `{ value: 100, interval: "1h" }` → "over 100 in 1h"; `true` says nothing beyond the condition's name. */
function describeCondition(condition: WorkflowCondition): string {
  const comparison = condition.comparison;
  let detail = "";
  if (typeof comparison === "number" || typeof comparison === "string") detail = ` ${comparison}`;
  else if (comparison && typeof comparison === "object" && "value" in comparison) {
    const { value, interval } = comparison as { value: unknown; interval?: unknown };
    detail = ` over ${String(value)}${typeof interval === "string" ? ` in ${interval}` : ""}`;
  }
  return `${words(condition.type)}${detail}`;
}

function describeGroup(group: ConditionGroup | null | undefined): string | null {
  const conditions = group?.conditions ?? [];
  if (conditions.length === 0) return null;
  const joiner = group?.logicType?.startsWith("all") ? " and " : group?.logicType === "none" ? " nor " : " or ";
  return `${group?.logicType === "none" ? "neither " : ""}${conditions.map(describeCondition).join(joiner)}`;
}

function describeAction(action: WorkflowAction): string {
  const config = action.config;
  const target = config?.targetDisplay || (config?.targetType ? `${words(config.targetType)}${config.targetIdentifier ? ` ${config.targetIdentifier}` : ""}` : null);
  return escapeMarkdown(`${words(action.type)}${target ? ` to ${target}` : ""}${action.status && action.status !== "active" ? ` (${action.status})` : ""}`);
}

function describeAlert(client: SentryClient, organization: string, alert: Workflow): string {
  const filters = alert.actionFilters ?? [];
  const when = [describeGroup(alert.triggers), ...filters.map(describeGroup)].filter(Boolean);
  const actions = filters.flatMap((group) => group.actions ?? []).map(describeAction);
  const frequency = alert.config?.frequency ? formatDuration(alert.config.frequency * 60_000) : null;
  const monitors = alert.detectorIds?.length ?? 0;
  const details = [
    alert.enabled === false ? "**disabled**" : "enabled",
    alert.environment ? `environment ${code(alert.environment)}` : null,
    when.length ? `when ${escapeMarkdown(when.join("; "))}` : "on every matching issue",
    actions.length ? `then ${actions.join(", ")}` : "no actions",
    frequency ? `at most every ${frequency} per issue` : null,
    monitors ? `${monitors} connected monitor${monitors === 1 ? "" : "s"}` : null,
    alert.lastTriggered ? `last fired ${formatDate(alert.lastTriggered)}` : "never fired",
  ].filter(Boolean);
  const url = webUrl(client.baseUrl, organization, `monitors/alerts/${encodeURIComponent(alert.id)}/`);
  return `- ${link(alert.name, url)} (id ${code(alert.id)}) — ${details.join(", ")}`;
}

export const findAlertRules = defineTool({
  name: "find_alert_rules",
  title: "Find alert rules",
  description:
    "List alerts with their conditions, whom they notify, whether enabled and when last fired. Use it for 'who gets notified' or 'why no alert fired'. Example: `find_alert_rules(organizationSlug: 'acme', query: 'billing')`.",
  inputSchema: {
    organizationSlug,
    projectSlug: projectSlug.optional(),
    query: z.string().trim().max(200).optional().describe("Search alert names, e.g. `billing`."),
    limit: limit(100, 25),
    cursor,
  },
  toolset: "monitors",
  annotations: { readOnlyHint: true, destructiveHint: false, openWorldHint: true },
  async handler({ organizationSlug: org, projectSlug: project, query, limit, cursor }, { sentry }) {
    const { items, nextCursor } = await listWorkflows(sentry, org, { project, query: query || undefined, perPage: limit, cursor });
    const scope = `${code(org)}${project ? `, project ${code(project)}` : ""}`;
    if (items.length === 0) {
      if (cursor) return `No more alerts in ${scope}: this page is empty. Call again without \`cursor\` to start over.`;
      return query
        ? `No alert in ${scope} matches "${escapeMarkdown(query)}". Try a shorter query, or omit it.`
        : `No alerts in ${scope}. Nobody is notified of new issues until an alert is created under Monitors → Alerts.`;
    }
    const alerts = items.slice(0, limit);
    const disabled = alerts.filter((alert) => alert.enabled === false).length;
    const note = disabled ? ` — ${disabled} disabled` : "";
    return `# Alerts in ${scope} (${alerts.length}${note})\n\n${alerts.map((alert) => describeAlert(sentry, org, alert)).join("\n")}${nextPageHint(nextCursor)}`;
  },
});
