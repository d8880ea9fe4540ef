import { describe, expect, it } from "vitest";
import { documentedExamples } from "./openapi-examples";
import { replayResponseSchema } from "./replays";

describe("replay schemas accept Sentry's documented bodies", () => {
  it.each(["getOrganizationReplay"])("%s", (operationId) => {
    for (const example of documentedExamples(operationId)) {
      expect(replayResponseSchema.safeParse(example).error).toBeUndefined();
    }
  });
});
