import { z } from "zod";
import { describe, expect, it } from "vitest";
import { documentedExamples } from "./openapi-examples";
import { traceMetaSchema, traceNodeSchema } from "./traces";

describe("trace schemas accept Sentry's documented bodies", () => {
  it.each([
    ["getOrganizationTraceMeta", traceMetaSchema],
    ["getOrganizationTrace", z.array(traceNodeSchema)],
  ] as const)("%s", (operationId, schema) => {
    for (const example of documentedExamples(operationId)) {
      expect(schema.safeParse(example).error).toBeUndefined();
    }
  });
});
