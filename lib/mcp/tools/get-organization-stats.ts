import { z } from "zod";
import { code, escapeMarkdown, formatDate, link, webUrl } from "@/lib/mcp/format";
import { organizationSlug, projectSlug } from "@/lib/mcp/params";
import { defineTool } from "@/lib/mcp/tool";
import { timeSeriesViewSchema, type TimeSeriesView } from "@/lib/tool-views/time-series";
import { getProject } from "@/lib/sentry/projects";
import { getOrganizationStats as readStats, outcomeSeries, outcomeTotals, STATS_CATEGORIES } from "@/lib/sentry/stats";

/** Known outcomes in the order people read them; any other Sentry sends follows. */
const OUTCOMES = ["accepted", "filtered", "rate_limited", "invalid", "abuse", "client_discard", "cardinality_limited"];
const MAX_ROWS = 48;

const label = (outcome: string) => escapeMarkdown(outcome.replaceAll("_", " "));

function ordered(outcomes: Iterable<string>): string[] {
  const present = new Set(outcomes);
  return [...OUTCOMES.filter((outcome) => present.has(outcome)), ...[...present].filter((outcome) => !OUTCOMES.includes(outcome)).sort()];
}

function table(head: string[], rows: Array<Array<string | number>>): string {
  return [`| ${head.join(" | ")} |`, `|${head.map(() => " --- |").join("")}`, ...rows.map((row) => `| ${row.join(" | ")} |`)].join("\n");
}

/** Hourly buckets for up to two days, daily ones beyond: a few dozen rows at most. */
function defaultInterval(period: string): "1h" | "1d" {
  const [, amount, unit] = /^(\d+)([hdw])$/.exec(period) ?? [];
  const hours = Number(amount) * (unit === "w" ? 168 : unit === "d" ? 24 : 1);
  return hours <= 48 ? "1h" : "1d";
}

/** The whole period as stacked bars, one series per outcome (the chart shows what the table cuts). */
function volumeChart(title: string, unit: string, bucket: string, intervals: string[], outcomes: string[], series: Record<string, number[]>): TimeSeriesView {
  const points = intervals.slice(-1000);
  const skipped = intervals.length - points.length;
  return {
    kind: "time-series",
    title: `${title}, per ${bucket}`,
    unit,
    series: outcomes.slice(0, 8).map((outcome) => ({
      name: outcome.replaceAll("_", " "),
      points: points.map((start, index) => ({ time: new Date(start).toISOString(), value: series[outcome]?.[skipped + index] ?? 0 })),
    })),
  };
}

export const getOrganizationStats = defineTool({
  name: "get_organization_stats",
  title: "Get organization stats",
  description: [
    "Event volume of an organization or one project by outcome (accepted, filtered, rate limited, invalid) and category, with a per-interval series.",
    "Use it for quota, dropped events or traffic spikes.",
    "Example: `get_organization_stats(organizationSlug: 'acme', period: '7d', category: 'error')`.",
  ].join(" "),
  inputSchema: {
    organizationSlug,
    period: z
      .string()
      .trim()
      .regex(/^\d{1,3}[hdw]$/, "a period such as `24h`, `14d` or `4w`")
      .default("14d")
      .describe("How far back, e.g. `24h`, `14d` (default)."),
    interval: z.enum(["1h", "6h", "1d"]).optional().describe("Bucket size; default hourly up to 48h, else daily."),
    category: z.enum(STATS_CATEGORIES).optional().describe("Only this kind of data."),
    projectSlug: projectSlug.optional().describe("Only this project."),
  },
  outputSchema: z.object({ views: z.array(timeSeriesViewSchema) }),
  toolset: "projects",
  annotations: { readOnlyHint: true, destructiveHint: false, openWorldHint: true },
  async handler({ organizationSlug, period, interval, category, projectSlug: project }, { sentry }) {
    const bucket = interval ?? defaultInterval(period);
    // Sentry filters stats by a project's numeric id only.
    const projectId = project ? (await getProject(sentry, organizationSlug, project)).id : undefined;
    const stats = await readStats(sentry, organizationSlug, { statsPeriod: period, interval: bucket, category, project: projectId });
    const what = category ? `${category} ` : "";
    const heading = `# ${category ? `${category[0].toUpperCase()}${category.slice(1)} volume` : "Event volume"} in ${code(organizationSlug)}${project ? `, project ${code(project)}` : ""}, last ${period}`;
    const page = link("Usage stats in Sentry", webUrl(sentry.baseUrl, organizationSlug, "stats/"));
    const totals = outcomeTotals(stats);
    const outcomes = ordered(Object.values(totals).flatMap((byOutcome) => Object.keys(byOutcome)));
    const counts = Object.values(totals).flatMap((byOutcome) => Object.entries(byOutcome));
    const total = counts.reduce((all, [, count]) => all + count, 0);
    if (total === 0) {
      const text = `${heading}\n\nSentry received no ${what}events in this period. Check that the SDKs have a DSN and send events, or try a longer \`period\`. ${page}.`;
      return { text, structured: { views: [] } };
    }
    const dropped = total - counts.reduce((all, [outcome, count]) => all + (outcome === "accepted" ? count : 0), 0);
    const { intervals, series } = outcomeSeries(stats);
    const shown = intervals.length > MAX_ROWS ? intervals.length - MAX_ROWS : 0;
    const rows = intervals.slice(shown).map((start, index) => [formatDate(start), ...outcomes.map((outcome) => series[outcome]?.[shown + index] ?? 0)]);
    const text = [
      heading,
      "",
      `${formatDate(stats.start)} to ${formatDate(stats.end)}: ${total} in all, ${dropped} (${Math.round((dropped / total) * 100)}%) not accepted.${category === "attachment" ? " Attachment counts are bytes." : ""}`,
      "",
      "## Totals by category",
      "",
      table(
        ["Category", ...outcomes.map(label)],
        Object.entries(totals).map(([name, byOutcome]) => [escapeMarkdown(name), ...outcomes.map((outcome) => byOutcome[outcome] ?? 0)]),
      ),
      "",
      `## Per ${bucket} interval${shown ? ` (last ${MAX_ROWS} of ${intervals.length})` : ""}`,
      "",
      table(["Interval start", ...outcomes.map(label)], rows),
      "",
      `Rate limited means over quota or a key's rate limit; filtered means inbound filters dropped it. ${page}.`,
    ].join("\n");
    return { text, structured: { views: [volumeChart(heading.slice(2).replaceAll("`", ""), category === "attachment" ? "bytes" : "events", bucket, intervals, outcomes, series)] } };
  },
});
