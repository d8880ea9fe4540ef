import { describe, expect, it } from "vitest";
import { documentedExamples } from "./openapi-examples";
import { workflowSchema } from "./workflows";

describe("workflow schemas accept Sentry's documented bodies", () => {
  it("listOrganizationWorkflows", () => {
    for (const example of documentedExamples("listOrganizationWorkflows")) {
      expect(workflowSchema.array().safeParse(example).error).toBeUndefined();
    }
  });

  it("reads an alert's conditions and whom its actions notify", () => {
    const [example] = documentedExamples("listOrganizationWorkflows");
    const alert = workflowSchema.array().parse(example)[1];
    expect(alert.actionFilters?.[0].conditions?.[0]).toMatchObject({ type: "event_frequency_count", comparison: { value: 100, interval: "1h" } });
    expect(alert.actionFilters?.[0].actions?.[0].config).toMatchObject({ targetType: "team", targetIdentifier: "1234567890" });
  });
});
