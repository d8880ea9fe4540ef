import { toHtml } from "hast-util-to-html";
import { describe, expect, it } from "vitest";
import { issueSchema } from "@/lib/sentry/issues";
import { documentedExamples } from "@/lib/sentry/openapi-examples";
import { seriesFromPairs, type TimeSeriesView } from "@/lib/tool-views/time-series";
import { tagsOf } from "./test-support";
import { timeSeriesChart } from "./time-series-chart";

const issue = issueSchema.parse(documentedExamples("getOrganizationIssue")[0]);
const chart = (view: Omit<TimeSeriesView, "kind">) => toHtml(timeSeriesChart({ kind: "time-series", ...view }));

describe("timeSeriesChart", () => {
  it("draws an issue's documented 24-hour stats as bars scaled to the busiest hour, with a summary and hover readouts", () => {
    const html = chart({ title: "Events, last 24 hours", unit: "events", series: [seriesFromPairs("Events", issue.stats!["24h"])] });
    const summary = "1,030 events from Nov 5, 21:00 UTC to Nov 5, 22:00 UTC; the most, 557, at Nov 5, 21:00 UTC.";
    expect(html).toContain(`<p class="text-muted-foreground text-xs">${summary}</p>`);
    expect(html).toContain(`role="img" aria-label="Bar chart. Events, last 24 hours: ${summary}"`);
    // The busiest hour fills the plot; the other is in proportion.
    expect(html).toContain('style="height:100%"');
    expect(html).toContain(`style="height:${(473 / 557) * 100}%"`);
    expect(html).toContain(">Nov 5, 21:00 UTC · 557 events<");
    expect(html).toContain(">Nov 5, 22:00 UTC · 473 events<");
    // The axis: the largest count and zero, first and last bucket.
    expect(html).toMatch(/<span>557<\/span><span>0<\/span>/);
  });

  it("labels daily buckets by day", () => {
    const html = chart({ title: "Events, last 30 days", unit: "events", series: [seriesFromPairs("Events", issue.stats!["30d"])] });
    expect(html).toContain("13,427 events from Oct 7 to Oct 8; the most, 12,862, at Oct 8.");
  });

  it("stacks several series with a legend, and its readout names each", () => {
    const html = chart({
      title: "Outcomes",
      unit: "events",
      series: [
        { name: "accepted", points: [{ time: "2026-12-01T00:00:00Z", value: 30 }] },
        { name: "dropped", points: [{ time: "2026-12-01T00:00:00Z", value: 10 }] },
      ],
    });
    expect(html).toContain(">accepted</li>");
    expect(html).toContain(">Dec 1 · accepted 30 · dropped 10 · total 40 events<");
    expect(html).toContain('style="height:75%"');
    expect(html).toContain('style="height:25%"');
  });

  it("says so when there is nothing to draw", () => {
    expect(chart({ title: "Events", unit: "events", series: [{ name: "Events", points: [] }] })).toContain("No events in this period.");
    expect(chart({ title: "Events", unit: "events", series: [seriesFromPairs("Events", [[1764547200, 1]])] })).toContain("1 event on Dec 1.");
  });

  it("keeps a title and series name with markup as text", () => {
    const html = chart({
      title: "<img src=x onerror=alert(1)>",
      unit: "events",
      series: [
        { name: "<script>alert(1)</script>", points: [{ time: "2026-12-01T00:00:00Z", value: 1 }] },
        { name: "b", points: [] },
      ],
    });
    expect(tagsOf(html)).not.toMatch(/<img|<script/);
    expect(html).toContain("&#x3C;img src=x onerror=alert(1)>");
    expect(html).toContain("&#x3C;script>alert(1)&#x3C;/script>");
  });
});
