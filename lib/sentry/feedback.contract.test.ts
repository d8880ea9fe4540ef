import { describe, expect, it } from "vitest";
import { documentedExamples } from "./openapi-examples";
import { userFeedbackSchema } from "./feedback";

describe("user feedback schemas accept Sentry's documented bodies", () => {
  it.each(["List a Project's User Feedback"])("%s", (operationId) => {
    for (const example of documentedExamples(operationId)) {
      expect(userFeedbackSchema.array().safeParse(example).error).toBeUndefined();
    }
  });

  it("reads who said what about which event", () => {
    const [example] = documentedExamples("List a Project's User Feedback");
    const [feedback] = userFeedbackSchema.array().parse(example);
    expect([feedback.name, feedback.email, feedback.comments, feedback.eventID]).toEqual([
      "Jane Smith",
      "jane@example.com",
      "It broke!",
      "14bad9a2e3774046977a21440ddb39b2",
    ]);
  });
});
