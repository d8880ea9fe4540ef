import { describe, expect, it } from "vitest";
import { sampleFromSchema } from "@/e2e/stand-ins/sentry/schema-sample.ts";
import { checkInSchema, monitorSchema } from "./monitors";
import { documentedResponseSchema } from "./openapi-examples";

// Sentry documents its monitor endpoints by schema only: a body built from each schema must parse.
describe("monitor schemas accept bodies shaped as Sentry documents them", () => {
  it.each([
    ["listOrganizationMonitors", monitorSchema.array()],
    ["getOrganizationMonitor", monitorSchema],
    ["listOrganizationMonitorCheckins", checkInSchema.array()],
  ] as const)("%s", (operationId, schema) => {
    expect(schema.safeParse(sampleFromSchema(documentedResponseSchema(operationId))).error).toBeUndefined();
  });
});
