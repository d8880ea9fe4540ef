import type { UIMessage } from "ai";
import { applyApprovalDecisions } from "@/lib/chat/approvals";
import { chipLabel } from "@/lib/chat/prompt-chip";
import type { ChatRequest } from "@/lib/chat/request";
import { verifiedPrompt } from "@/lib/chat/sent-prompt";
import { titleFromMessage } from "@/lib/conversations/title";
import { addUserMessage, deleteMessagesFrom, listMessages, saveMessage } from "@/lib/db/messages";
import { claimReply, releaseReply, type ReplyClaim } from "@/lib/db/reply-claims";
import { AppError } from "@/lib/errors";
import { countChatMessage, type DailyQuota } from "@/lib/usage/quota";

const toUIMessage = ({ id, role, parts, metadata }: UIMessage): UIMessage => ({ id, role, parts, metadata });

/**
 * Brings the stored conversation up to date with the request, before the model is called, so that
 * what the person sent is kept even if everything after fails. Returns the messages for the model,
 * with the conversation claimed for the reply (`claim`; see lib/db/reply-claims.ts): a reply
 * already in flight there refuses the request (reply_in_progress) before anything is stored.
 * Ownership is checked by every data-access function: someone else's conversation is not found.
 * Each message the person sends, or asks to have answered again, counts against the daily quota
 * before anything is stored, so a refused message is not kept; approving a tool call continues an
 * answer already counted.
 */
export async function prepareHistory(
  db: D1Database,
  userId: string,
  request: ChatRequest,
  quota: DailyQuota,
  claim: ReplyClaim,
): Promise<UIMessage[]> {
  if ("message" in request) {
    // One round trip before the model is called (the claim and the count included): it is most of
    // the time the app adds to the first token.
    const { text } = request.message.parts[0];
    const prompt = request.message.metadata && verifiedPrompt(text, request.message.metadata);
    // A conversation started from a prompt is titled after its chip, not the template's first line.
    const title = titleFromMessage(prompt ? chipLabel(prompt.prompt) : text);
    const message = { ...request.message, metadata: prompt };
    return (await addUserMessage(db, userId, request.id, message, title, quota, claim)).map(toUIMessage);
  }

  await claimReply(db, userId, request.id, claim);
  try {
    return await continueReply(db, userId, request, quota);
  } catch (error) {
    // What the person is told is why the request failed; a claim that cannot be given back expires.
    await releaseReply(db, userId, request.id, claim.id).catch(() => {});
    throw error;
  }
}

/** Approvals continue the last reply; a regenerate drops the replies after the last user message and answers it again. */
async function continueReply(
  db: D1Database,
  userId: string,
  request: Exclude<ChatRequest, { message: unknown }>,
  quota: DailyQuota,
): Promise<UIMessage[]> {
  const stored = (await listMessages(db, userId, request.id)).map(toUIMessage);

  if ("approvals" in request) {
    const decided = applyApprovalDecisions(stored.at(-1), request.approvals);
    await saveMessage(db, userId, request.id, decided, "complete");
    return [...stored.slice(0, -1), decided];
  }

  await countChatMessage(db, userId, quota);
  const lastUser = stored.findLastIndex((message) => message.role === "user");
  if (lastUser === -1) throw new AppError("bad_request", "There is no message to answer again.");
  const replies = stored.slice(lastUser + 1);
  if (replies.length > 0) await deleteMessagesFrom(db, userId, request.id, replies[0].id);
  return stored.slice(0, lastUser + 1);
}
