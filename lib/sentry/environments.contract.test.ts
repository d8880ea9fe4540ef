import { describe, expect, it } from "vitest";
import { documentedExamples } from "./openapi-examples";
import { environmentSchema } from "./environments";

describe("environment schemas accept Sentry's documented bodies", () => {
  it.each(["listOrganizationEnvironments", "listProjectEnvironments"])("%s", (operationId) => {
    for (const example of documentedExamples(operationId)) {
      expect(environmentSchema.array().safeParse(example).error).toBeUndefined();
    }
  });

  it("reads whether a project's environment is hidden", () => {
    const [example] = documentedExamples("listProjectEnvironments");
    expect(environmentSchema.array().parse(example).map((environment) => environment.isHidden)).toEqual([false, true]);
  });
});
