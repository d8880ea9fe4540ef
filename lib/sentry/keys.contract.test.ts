import { describe, expect, it } from "vitest";
import { documentedExamples } from "./openapi-examples";
import { projectKeySchema } from "./keys";

describe("client key schemas accept Sentry's documented bodies", () => {
  it.each(["listProjectKeys"])("%s", (operationId) => {
    for (const example of documentedExamples(operationId)) {
      expect(projectKeySchema.array().safeParse(example).error).toBeUndefined();
    }
  });

  it.each(["createProjectKey", "updateProjectKey"])("%s", (operationId) => {
    for (const example of documentedExamples(operationId)) {
      expect(projectKeySchema.safeParse(example).error).toBeUndefined();
    }
  });

  it("reads the public DSN from the documented key", () => {
    const [example] = documentedExamples("createProjectKey");
    expect(projectKeySchema.parse(example).dsn?.public).toMatch(/^https:\/\/\w+@/);
  });

  it("reads the rate limit from the documented key", () => {
    const [example] = documentedExamples("updateProjectKey");
    expect(projectKeySchema.parse(example).rateLimit).toEqual({ window: 7200, count: 1000 });
  });
});
