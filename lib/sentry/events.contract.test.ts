import { describe, expect, it } from "vitest";
import { attachmentSchema, breadcrumbsDataSchema, eventSchema, exceptionDataSchema, sourceMapDebugSchema } from "./events";
import { documentedExamples } from "./openapi-examples";

describe("event schemas accept Sentry's documented bodies", () => {
  it.each(["getOrganizationIssueEvent", "getProjectEvent"])("%s", (operationId) => {
    for (const example of documentedExamples(operationId)) {
      const parsed = eventSchema.safeParse(example);
      expect(parsed.error).toBeUndefined();
      const exceptions = (parsed.data?.entries ?? []).filter((entry) => entry.type === "exception");
      expect(exceptions.length).toBeGreaterThan(0);
      for (const entry of exceptions) expect(exceptionDataSchema.safeParse(entry.data).error).toBeUndefined();
    }
  });

  it.each(["listOrganizationIssueEvents"])("%s", (operationId) => {
    for (const example of documentedExamples(operationId)) {
      expect(eventSchema.array().safeParse(example).error).toBeUndefined();
    }
  });

  it.each(["listProjectEventAttachments"])("%s", (operationId) => {
    for (const example of documentedExamples(operationId)) {
      expect(attachmentSchema.array().safeParse(example).error).toBeUndefined();
    }
  });

  it("reads the breadcrumbs entry of the documented event", () => {
    const [example] = documentedExamples("getProjectEvent");
    const entry = eventSchema.parse(example).entries?.find((candidate) => candidate.type === "breadcrumbs");
    const crumbs = breadcrumbsDataSchema.parse(entry?.data).values ?? [];
    expect(crumbs.map((crumb) => crumb.category)).toEqual(["tracing", "xhr", "sentry.transaction"]);
  });

  it.each(["getProjectEventSourceMapDebug"])("%s", (operationId) => {
    for (const example of documentedExamples(operationId)) {
      expect(sourceMapDebugSchema.safeParse(example).error).toBeUndefined();
    }
  });
});
