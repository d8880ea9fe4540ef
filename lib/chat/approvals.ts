import type { ToolApprovalStatus, UIMessage } from "ai";
import { AppError } from "@/lib/errors";
import { tools } from "@/lib/mcp/tools";

export type ApprovalDecision = { approvalId: string; approved: boolean; reason?: string };

/** Read-only tools run at once; every other tool — including any the registry does not know — waits for the person. */
const readOnlyTools = new Set(tools.filter((tool) => tool.annotations.readOnlyHint).map((tool) => tool.name));

export function approvalFor(toolName: string): ToolApprovalStatus {
  if (readOnlyTools.has(toolName)) return "not-applicable";
  return { type: "user-approval", reason: `${toolName} changes data in Sentry.` };
}

/**
 * Applies the person's decisions to the approval requests stored in the conversation's last
 * assistant message. Only requests the server itself stored, still pending, can be decided: a
 * client cannot approve a call that was never requested, approve it twice, or change its input.
 */
export function applyApprovalDecisions(stored: UIMessage | undefined, decisions: ApprovalDecision[]): UIMessage {
  if (!stored || stored.role !== "assistant") throw new AppError("bad_request", "There is no tool call waiting for approval.");
  const pending = new Map(decisions.map((decision) => [decision.approvalId, decision]));
  const parts = stored.parts.map((part) => {
    if (part.type !== "dynamic-tool" || part.state !== "approval-requested") return part;
    const decision = pending.get(part.approval.id);
    if (!decision) return part;
    pending.delete(part.approval.id);
    return {
      ...part,
      state: "approval-responded" as const,
      approval: { ...part.approval, approved: decision.approved, reason: decision.reason },
    };
  });
  if (pending.size > 0) {
    throw new AppError("bad_request", "That approval does not match a tool call waiting for approval in this conversation.");
  }
  return { ...stored, parts };
}
