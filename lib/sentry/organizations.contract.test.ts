import { describe, expect, it } from "vitest";
import { documentedExamples } from "./openapi-examples";
import { organizationSchema } from "./organizations";

describe("organization schemas accept Sentry's documented bodies", () => {
  it.each(["listOrganizations"])("%s", (operationId) => {
    for (const example of documentedExamples(operationId)) {
      expect(organizationSchema.array().safeParse(example).error).toBeUndefined();
    }
  });

  it.each(["getOrganization"])("%s", (operationId) => {
    for (const example of documentedExamples(operationId)) {
      expect(organizationSchema.safeParse(example).error).toBeUndefined();
    }
  });
});
