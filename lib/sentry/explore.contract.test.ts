import { describe, expect, it } from "vitest";
import { eventsResponseSchema } from "./explore";
import { documentedExamples } from "./openapi-examples";

describe("events (Discover / Explore) schemas accept Sentry's documented bodies", () => {
  it.each(["listOrganizationEvents"])("%s", (operationId) => {
    for (const example of documentedExamples(operationId)) {
      expect(eventsResponseSchema.safeParse(example).error).toBeUndefined();
    }
  });
});
