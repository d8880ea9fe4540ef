import { describe, expect, it } from "vitest";
import { documentedExamples } from "./openapi-examples";
import { replayListSchema, replayResponseSchema } from "./replays";

describe("replay schemas accept Sentry's documented bodies", () => {
  it.each(["getOrganizationReplay"])("%s", (operationId) => {
    for (const example of documentedExamples(operationId)) {
      expect(replayResponseSchema.safeParse(example).error).toBeUndefined();
    }
  });

  it("listOrganizationReplays", () => {
    for (const example of documentedExamples("listOrganizationReplays")) {
      expect(replayListSchema.safeParse(example).error).toBeUndefined();
    }
  });

  it("reads Sentry's zoneless replay times as UTC", () => {
    const [example] = documentedExamples("listOrganizationReplays");
    expect(replayListSchema.parse(example).data[0].started_at).toBe("2022-07-07T14:05:57.909921Z");
  });
});
