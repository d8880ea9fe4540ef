import type { UIMessage } from "ai";

/**
 * What the chat client sends for a turn: the server keeps the history, so only what is new goes
 * over the wire — the person's decisions on waiting tool calls, a regenerate request, or the last
 * (new or edited) user message.
 */
export function chatRequestBody(conversationId: string, messages: UIMessage[], trigger: "submit-message" | "regenerate-message") {
  if (trigger === "regenerate-message") return { id: conversationId, regenerate: true as const };
  const last = messages.at(-1);
  if (last?.role === "assistant") {
    const approvals = last.parts.flatMap((part) =>
      part.type === "dynamic-tool" && part.state === "approval-responded"
        ? [{ approvalId: part.approval.id, approved: part.approval.approved, ...(part.approval.reason ? { reason: part.approval.reason } : {}) }]
        : [],
    );
    return { id: conversationId, approvals };
  }
  return { id: conversationId, message: last };
}
