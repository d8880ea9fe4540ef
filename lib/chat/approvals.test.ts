import type { UIMessage } from "ai";
import { describe, expect, it } from "vitest";
import { applyApprovalDecisions, approvalFor } from "./approvals";

const waiting: UIMessage = {
  id: "msg_1",
  role: "assistant",
  parts: [
    {
      type: "dynamic-tool",
      toolName: "update_issue",
      toolCallId: "call_1",
      state: "approval-requested",
      input: { issueId: "1", status: "resolved" },
      approval: { id: "approval_1" },
    },
  ],
};

describe("approval policy", () => {
  it("runs read-only tools at once and asks before writes and unknown tools", () => {
    expect(approvalFor("search_issues")).toBe("not-applicable");
    expect(approvalFor("update_issue")).toMatchObject({ type: "user-approval" });
    expect(approvalFor("some_new_tool")).toMatchObject({ type: "user-approval" });
  });
});

describe("applyApprovalDecisions", () => {
  it("records the person's decision on the stored request, keeping the stored input", () => {
    const decided = applyApprovalDecisions(waiting, [{ approvalId: "approval_1", approved: true }]);
    expect(decided.parts[0]).toMatchObject({
      state: "approval-responded",
      input: { issueId: "1", status: "resolved" },
      approval: { id: "approval_1", approved: true },
    });
  });

  it("refuses a forged approval for a call that was never requested", () => {
    expect(() => applyApprovalDecisions(waiting, [{ approvalId: "approval_forged", approved: true }])).toThrow(
      expect.objectContaining({ code: "bad_request" }),
    );
  });

  it("refuses deciding twice", () => {
    const decided = applyApprovalDecisions(waiting, [{ approvalId: "approval_1", approved: false }]);
    expect(() => applyApprovalDecisions(decided, [{ approvalId: "approval_1", approved: true }])).toThrow(
      expect.objectContaining({ code: "bad_request" }),
    );
  });

  it("refuses when nothing is waiting", () => {
    expect(() => applyApprovalDecisions(undefined, [{ approvalId: "approval_1", approved: true }])).toThrow();
    expect(() => applyApprovalDecisions({ id: "u", role: "user", parts: [] }, [{ approvalId: "a", approved: true }])).toThrow();
  });
});
