import { describe, expect, it } from "vitest";
import { documentedExamples } from "./openapi-examples";
import { memberSchema } from "./members";

describe("member schemas accept Sentry's documented bodies", () => {
  it.each(["listOrganizationMembers"])("%s", (operationId) => {
    for (const example of documentedExamples(operationId)) {
      expect(memberSchema.array().safeParse(example).error).toBeUndefined();
    }
  });

  it("tells a pending invitation from a member who joined", () => {
    const [example] = documentedExamples("listOrganizationMembers");
    const members = memberSchema.array().parse(example);
    expect(members.map((member) => [member.name, member.orgRole, member.pending])).toEqual([
      ["Sir Penguin", "member", false],
      ["Rockhopper", "member", true],
    ]);
  });
});
