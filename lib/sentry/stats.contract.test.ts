import { describe, expect, it } from "vitest";
import { documentedExamples } from "./openapi-examples";
import { outcomeSeries, outcomeTotals, statsSchema } from "./stats";

describe("organization stats", () => {
  it.each(["listOrganizationStatsV2"])("%s: the schema accepts Sentry's documented body", (operationId) => {
    for (const example of documentedExamples(operationId)) {
      expect(statsSchema.safeParse(example).error).toBeUndefined();
    }
  });

  it("turns the documented body into a series and totals by outcome", () => {
    const stats = statsSchema.parse(documentedExamples("listOrganizationStatsV2")[0]);
    expect(outcomeSeries(stats)).toEqual({ intervals: ["2022-02-28T00:00:00Z"], series: { invalid: [165665] } });
    expect(outcomeTotals(stats)).toEqual({ all: { invalid: 165665 } });
  });

  it("sums categories into one series per outcome, and keeps them apart in the totals", () => {
    const group = (outcome: string, category: string, series: number[]) => ({
      by: { outcome, category },
      totals: { "sum(quantity)": series.reduce((a, b) => a + b, 0) },
      series: { "sum(quantity)": series },
    });
    const stats = statsSchema.parse({
      start: "2024-05-01T00:00:00Z",
      end: "2024-05-03T00:00:00Z",
      intervals: ["2024-05-01T00:00:00Z", "2024-05-02T00:00:00Z"],
      groups: [group("accepted", "error", [10, 20]), group("accepted", "transaction", [1, 2]), group("rate_limited", "error", [0, 5])],
    });
    expect(outcomeSeries(stats).series).toEqual({ accepted: [11, 22], rate_limited: [0, 5] });
    expect(outcomeTotals(stats)).toEqual({ error: { accepted: 30, rate_limited: 5 }, transaction: { accepted: 3 } });
  });
});
