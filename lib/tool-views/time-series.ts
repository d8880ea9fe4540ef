import { z } from "zod";

/**
 * Counts over time (an issue's events, an organization's or project's event volume): one or more
 * named series over the same buckets, drawn as (stacked) bars.
 */
export const timeSeriesViewSchema = z.object({
  kind: z.literal("time-series"),
  title: z.string().describe("What is counted and over which window, e.g. `Events, last 24 hours`."),
  unit: z.string().describe("What one count is, plural, e.g. `events`."),
  series: z
    .array(
      z.object({
        name: z.string(),
        points: z.array(z.object({ time: z.iso.datetime().describe("The bucket's start (UTC)."), value: z.number() })).max(1000),
      }),
    )
    .min(1)
    .max(8),
});
export type TimeSeriesView = z.infer<typeof timeSeriesViewSchema>;

/** A series from Sentry's `[unix seconds, count]` pairs (an issue's `stats`, a stats endpoint's buckets). */
export function seriesFromPairs(name: string, pairs: ReadonlyArray<readonly [number, number]>): TimeSeriesView["series"][number] {
  return { name, points: pairs.map(([seconds, value]) => ({ time: new Date(seconds * 1000).toISOString(), value })) };
}
