import type { Element } from "hast";
import { h } from "hastscript";
import { formatBucket, formatCount, formatNumber } from "@/components/tool-views/format";
import type { TimeSeriesView } from "@/lib/tool-views/time-series";

/** One colour per series, readable on light and dark backgrounds; stacked bottom to top in this order. */
const SERIES_COLORS = ["bg-primary", "bg-sky-500", "bg-amber-500", "bg-emerald-500", "bg-rose-500", "bg-slate-400", "bg-fuchsia-500", "bg-lime-500"];
const DAY_MS = 24 * 60 * 60 * 1000;

type Bucket = { time: Date; values: number[]; total: number };

/** The series' points merged by time: one bucket per time, a value per series (0 where a series has none). */
function buckets(view: TimeSeriesView): Bucket[] {
  const byTime = new Map<number, number[]>();
  view.series.forEach((series, index) => {
    for (const point of series.points) {
      const time = Date.parse(point.time);
      const values = byTime.get(time) ?? view.series.map(() => 0);
      values[index] += point.value;
      byTime.set(time, values);
    }
  });
  return [...byTime]
    .sort(([a], [b]) => a - b)
    .map(([time, values]) => ({ time: new Date(time), values, total: values.reduce((sum, value) => sum + value, 0) }));
}

/** What the chart shows, in a sentence: for screen readers, and for everyone under the title. */
function summary(view: TimeSeriesView, all: Bucket[], hourly: boolean): string {
  if (all.length === 0) return `No ${view.unit} in this period.`;
  const total = all.reduce((sum, bucket) => sum + bucket.total, 0);
  const peak = all.reduce((top, bucket) => (bucket.total > top.total ? bucket : top));
  if (all.length === 1) return `${formatCount(total, view.unit)} ${hourly ? "at" : "on"} ${formatBucket(all[0].time, hourly)}.`;
  const range = `${formatBucket(all[0].time, hourly)} to ${formatBucket(all.at(-1)!.time, hourly)}`;
  return `${formatCount(total, view.unit)} from ${range}; the most, ${formatNumber(peak.total)}, at ${formatBucket(peak.time, hourly)}.`;
}

/** A bar per bucket (stacked by series), with the bucket's figures shown while it is hovered. */
function bar(view: TimeSeriesView, bucket: Bucket, max: number, hourly: boolean): Element {
  const readout = [
    formatBucket(bucket.time, hourly),
    ...(view.series.length === 1
      ? [formatCount(bucket.total, view.unit)]
      : [...view.series.map((series, index) => `${series.name} ${formatNumber(bucket.values[index])}`), `total ${formatCount(bucket.total, view.unit)}`]),
  ].join(" · ");
  return h("div", { className: "group flex h-full min-w-px flex-1 flex-col-reverse hover:bg-muted" }, [
    ...bucket.values.map((value, index) =>
      h("div", { className: `${SERIES_COLORS[index]} group-hover:opacity-80`, style: `height:${max > 0 ? (value / max) * 100 : 0}%` }),
    ),
    // Positioned against the plot, not the bar, so it never leaves the card.
    h(
      "div",
      { className: "bg-popover text-popover-foreground pointer-events-none absolute top-0 right-0 hidden rounded border px-1.5 py-0.5 text-xs shadow-sm group-hover:block" },
      readout,
    ),
  ]);
}

export function timeSeriesChart(view: TimeSeriesView): Element {
  const all = buckets(view);
  const hourly = all.length > 1 && all[1].time.getTime() - all[0].time.getTime() < DAY_MS;
  const max = Math.max(0, ...all.map((bucket) => bucket.total));
  const description = summary(view, all, hourly);
  const axis = "text-muted-foreground text-[0.6875rem] tabular-nums";
  return h("figure", { className: "space-y-1", dataTestid: "tool-view-time-series" }, [
    h("figcaption", [h("div", { className: "font-medium" }, view.title), h("p", { className: "text-muted-foreground text-xs" }, description)]),
    view.series.length > 1
      ? h(
          "ul",
          { className: "flex flex-wrap gap-x-3 text-xs" },
          view.series.map((series, index) =>
            h("li", { className: "flex items-center gap-1" }, [h("span", { className: `${SERIES_COLORS[index]} inline-block size-2 rounded-sm` }), series.name]),
          ),
        )
      : "",
    h("div", { className: "flex gap-1" }, [
      h("div", { className: `${axis} flex h-28 flex-col justify-between text-right`, ariaHidden: "true" }, [h("span", formatNumber(max)), h("span", "0")]),
      h("div", { className: "min-w-0 flex-1" }, [
        // The bars are one picture to assistive technology, described by the summary.
        h("div", { className: "relative flex h-28 items-stretch gap-px border-b border-l", role: "img", ariaLabel: `Bar chart. ${view.title}: ${description}` }, all.map((bucket) => bar(view, bucket, max, hourly))),
        all.length > 0
          ? h("div", { className: `${axis} flex justify-between`, ariaHidden: "true" }, [
              h("span", formatBucket(all[0].time, hourly)),
              h("span", formatBucket(all.at(-1)!.time, hourly)),
            ])
          : "",
      ]),
    ]),
  ]);
}
