import { describe, expect, it } from "vitest";
import { dashboardSchema, dashboardSummarySchema } from "./dashboards";
import { documentedExamples } from "./openapi-examples";

describe("dashboard schemas accept Sentry's documented bodies", () => {
  it.each([
    ["listOrganizationDashboards", dashboardSummarySchema.array()],
    ["getOrganizationDashboard", dashboardSchema],
  ] as const)("%s", (operationId, schema) => {
    for (const example of documentedExamples(operationId)) {
      expect(schema.safeParse(example).error).toBeUndefined();
    }
  });

  it("reads each widget's display type and query from the documented dashboard", () => {
    const [example] = documentedExamples("getOrganizationDashboard");
    const widget = dashboardSchema.parse(example).widgets?.[0];
    expect(widget).toMatchObject({ displayType: "table", queries: [{ aggregates: ["avg(transaction.duration)"], columns: ["transaction"] }] });
  });
});
