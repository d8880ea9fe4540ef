import { describe, expect, it } from "vitest";
import { documentedExamples } from "./openapi-examples";
import { flamegraphSchema } from "./profiling";

describe("profiling schemas accept Sentry's documented bodies", () => {
  it("getOrganizationProfilingFlamegraph", () => {
    for (const example of documentedExamples("getOrganizationProfilingFlamegraph")) {
      const parsed = flamegraphSchema.safeParse(example);
      expect(parsed.error).toBeUndefined();
      expect(parsed.data?.profiles[0].samples).toEqual([[0, 1, 2], [0, 1]]);
    }
  });
});
