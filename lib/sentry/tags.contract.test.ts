import { describe, expect, it } from "vitest";
import { documentedExamples } from "./openapi-examples";
import { tagKeySchema } from "./tags";

describe("tag schemas accept Sentry's documented bodies", () => {
  it.each(["listOrganizationTags"])("%s", (operationId) => {
    for (const example of documentedExamples(operationId)) {
      expect(tagKeySchema.array().safeParse(example).error).toBeUndefined();
    }
  });
});
