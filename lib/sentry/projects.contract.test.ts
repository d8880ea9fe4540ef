import { describe, expect, it } from "vitest";
import { documentedExamples } from "./openapi-examples";
import { projectSchema } from "./projects";

describe("project schemas accept Sentry's documented bodies", () => {
  it.each(["listOrganizationProjects"])("%s", (operationId) => {
    for (const example of documentedExamples(operationId)) {
      expect(projectSchema.array().safeParse(example).error).toBeUndefined();
    }
  });

  it.each(["getProject", "createTeamProject", "updateProject"])("%s", (operationId) => {
    for (const example of documentedExamples(operationId)) {
      expect(projectSchema.safeParse(example).error).toBeUndefined();
    }
  });
});
