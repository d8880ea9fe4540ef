import { describe, expect, it } from "vitest";
import { sampleFromSchema } from "@/e2e/stand-ins/sentry/schema-sample.ts";
import { documentedExamples, documentedResponseSchema } from "./openapi-examples";
import { commitSchema, deploySchema, releaseSchema } from "./releases";

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

  // Documented by schema only: a body built from that schema must parse.
  it("listOrganizationReleaseDeploys", () => {
    const body = sampleFromSchema(documentedResponseSchema("listOrganizationReleaseDeploys"));
    expect(deploySchema.array().safeParse(body).error).toBeUndefined();
  });
});
