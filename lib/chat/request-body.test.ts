import type { UIMessage } from "ai";
import { describe, expect, it } from "vitest";
import { chatRequestBody } from "./request-body";
import { chatRequestSchema } from "./request";

const id = "4d4f3ad1-5f5a-4f4e-9a39-0d3b1b0b9a10";
const user: UIMessage = { id: "m1", role: "user", parts: [{ type: "text", text: "resolve PUMP-STATION-1" }] };
const decided: UIMessage = {
  id: "m2",
  role: "assistant",
  parts: [
    {
      type: "dynamic-tool",
      toolName: "update_issue",
      toolCallId: "c1",
      state: "approval-responded",
      input: { issueId: "1" },
      approval: { id: "ap1", approved: false, reason: "not yet" },
    },
  ],
};

describe("chatRequestBody", () => {
  it("sends only the last user message", () => {
    const body = chatRequestBody(id, [user], "submit-message");
    expect(body).toEqual({ id, message: user });
    expect(chatRequestSchema.safeParse(body).success).toBe(true);
  });

  it("sends the approval decisions after the person answers a waiting tool call", () => {
    const body = chatRequestBody(id, [user, decided], "submit-message");
    expect(body).toEqual({ id, approvals: [{ approvalId: "ap1", approved: false, reason: "not yet" }] });
    expect(chatRequestSchema.safeParse(body).success).toBe(true);
  });

  it("asks the server to regenerate", () => {
    expect(chatRequestBody(id, [user, decided], "regenerate-message")).toEqual({ id, regenerate: true });
  });
});
