import { describe, expect, it } from "vitest";
import { documentedExamples } from "./openapi-examples";
import { commitSchema, releaseSchema } from "./releases";

// listOrganizationReleaseDeploys documents no example: find_releases / get_release_details tests cover it.
describe("release schemas accept Sentry's documented bodies", () => {
  it.each([
    ["listOrganizationReleases", releaseSchema.array()],
    ["getOrganizationRelease", releaseSchema],
    ["listOrganizationReleaseCommits", commitSchema.array()],
  ] as const)("%s", (operationId, schema) => {
    for (const example of documentedExamples(operationId)) {
      expect(schema.safeParse(example).error).toBeUndefined();
    }
  });
});
