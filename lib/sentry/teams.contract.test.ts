import { describe, expect, it } from "vitest";
import { documentedExamples } from "./openapi-examples";
import { teamSchema } from "./teams";

describe("team schemas accept Sentry's documented bodies", () => {
  it.each(["listOrganizationTeams"])("%s", (operationId) => {
    for (const example of documentedExamples(operationId)) {
      expect(teamSchema.array().safeParse(example).error).toBeUndefined();
    }
  });

  it.each(["createOrganizationTeam"])("%s", (operationId) => {
    for (const example of documentedExamples(operationId)) {
      expect(teamSchema.safeParse(example).error).toBeUndefined();
    }
  });
});
