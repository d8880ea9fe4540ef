import { describe, expect, it } from "vitest";
import { issueSchema, issueTagSchema, issueTagValueSchema, issueUpdateResultSchema, issueWithActivitySchema } from "./issues";
import { documentedExamples } from "./openapi-examples";

describe("issue schemas accept Sentry's documented bodies", () => {
  it.each(["listOrganizationIssues"])("%s", (operationId) => {
    for (const example of documentedExamples(operationId)) {
      expect(issueSchema.array().safeParse(example).error).toBeUndefined();
    }
  });

  it.each(["getOrganizationIssue"])("%s", (operationId) => {
    for (const example of documentedExamples(operationId)) {
      expect(issueSchema.safeParse(example).error).toBeUndefined();
    }
  });

  it("reads the documented issue's activity", () => {
    const [example] = documentedExamples("getOrganizationIssue");
    const activity = issueWithActivitySchema.parse(example).activity ?? [];
    expect(activity.map((item) => [item.type, item.dateCreated])).toEqual([["first_seen", "2018-11-06T21:19:55Z"]]);
  });

  // updateOrganizationIssue documents no example; the bulk PUT's example is the changed fields.
  it.each(["updateOrganizationIssues", "getOrganizationIssue"])("update result accepts %s", (operationId) => {
    for (const example of documentedExamples(operationId)) {
      expect(issueUpdateResultSchema.safeParse(example).error).toBeUndefined();
    }
  });

  it.each(["getOrganizationIssueTag"])("%s", (operationId) => {
    for (const example of documentedExamples(operationId)) {
      expect(issueTagSchema.safeParse(example).error).toBeUndefined();
    }
  });

  it.each(["listOrganizationIssueTagValues"])("%s", (operationId) => {
    for (const example of documentedExamples(operationId)) {
      expect(issueTagValueSchema.array().safeParse(example).error).toBeUndefined();
    }
  });
});
