import { z } from "zod";
import type { SentryClient } from "@/lib/sentry/client";

const FIELD = "sum(quantity)";

export const statsSchema = z.looseObject({
  start: z.string(),
  end: z.string(),
  intervals: z.array(z.string()),
  groups: z.array(
    z.looseObject({
      by: z.record(z.string(), z.unknown()),
      totals: z.record(z.string(), z.unknown()),
      series: z.record(z.string(), z.unknown()),
    }),
  ),
});
export type OrganizationStats = z.infer<typeof statsSchema>;

/** The data categories a person asks about; Sentry has more (profile durations, chunks). */
export const STATS_CATEGORIES = ["error", "transaction", "attachment", "replay", "profile", "monitor"] as const;
export type StatsCategory = (typeof STATS_CATEGORIES)[number];

/**
 * `GET /api/0/organizations/{org}/stats_v2/`: how many events Sentry accepted, filtered, rate-limited
 * or found invalid, by outcome and category, per interval.
 */
export async function getOrganizationStats(
  client: SentryClient,
  organization: string,
  /** `project`: a project's numeric id (the endpoint takes no slugs). */
  options: { statsPeriod: string; interval: string; category?: StatsCategory; project?: string },
): Promise<OrganizationStats> {
  return client.request("GET", `/api/0/organizations/${encodeURIComponent(organization)}/stats_v2/`, statsSchema, {
    baseUrl: await client.regionOf(organization),
    query: {
      groupBy: ["outcome", "category"],
      field: FIELD,
      statsPeriod: options.statsPeriod,
      interval: options.interval,
      category: options.category,
      project: options.project,
    },
    scope: "org:read",
  });
}

const quantity = (value: unknown) => (typeof value === "number" && Number.isFinite(value) ? value : 0);

export type OutcomeSeries = {
  intervals: string[];
  /** Per outcome (`accepted`, `filtered`, `rate_limited`, `invalid`, …), one count per interval, summed over categories. */
  series: Record<string, number[]>;
};

/** The per-interval counts by outcome, ready for a chart or a table. */
export function outcomeSeries(stats: OrganizationStats): OutcomeSeries {
  const series: Record<string, number[]> = {};
  for (const group of stats.groups) {
    const outcome = String(group.by.outcome ?? "unknown");
    const values = Array.isArray(group.series[FIELD]) ? (group.series[FIELD] as unknown[]) : [];
    const sums = (series[outcome] ??= stats.intervals.map(() => 0));
    stats.intervals.forEach((_, index) => (sums[index] += quantity(values[index])));
  }
  return { intervals: stats.intervals, series };
}

/** Totals by category, then by outcome; a response not grouped by category counts under `all`. */
export function outcomeTotals(stats: OrganizationStats): Record<string, Record<string, number>> {
  const totals: Record<string, Record<string, number>> = {};
  for (const group of stats.groups) {
    const category = String(group.by.category ?? "all");
    const outcome = String(group.by.outcome ?? "unknown");
    const byOutcome = (totals[category] ??= {});
    byOutcome[outcome] = (byOutcome[outcome] ?? 0) + quantity(group.totals[FIELD]);
  }
  return totals;
}
