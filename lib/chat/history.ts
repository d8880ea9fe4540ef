import type { UIMessage } from "ai";
import { applyApprovalDecisions } from "@/lib/chat/approvals";
import type { ChatRequest } from "@/lib/chat/request";
import { findConversation, openConversation } from "@/lib/db/conversations";
import { deleteMessagesFrom, listMessages, saveMessage } from "@/lib/db/messages";
import { AppError } from "@/lib/errors";

const toUIMessage = ({ id, role, parts, metadata }: UIMessage): UIMessage => ({ id, role, parts, metadata });

/**
 * Brings the stored conversation up to date with the request, before the model is called, so that
 * what the person sent is kept even if everything after fails. Returns the messages for the model.
 * Ownership is checked by every data-access function: someone else's conversation is not found.
 */
export async function prepareHistory(db: D1Database, userId: string, request: ChatRequest): Promise<UIMessage[]> {
  if ("message" in request) {
    const { created } = await openConversation(db, userId, request.id, request.message.parts[0].text);
    // A conversation this request created has no messages to read.
    const stored = created ? [] : await listMessages(db, userId, request.id);
    // The same id as a stored message: an edit, which replaces that message and what followed it.
    if (stored.some((message) => message.id === request.message.id)) {
      await deleteMessagesFrom(db, userId, request.id, request.message.id);
    }
    await saveMessage(db, userId, request.id, request.message, "complete");
    return [...stored.slice(0, indexOf(stored, request.message.id)).map(toUIMessage), request.message];
  }

  if (!(await findConversation(db, userId, request.id))) throw new AppError("not_found", "This conversation does not exist.");
  const stored = (await listMessages(db, userId, request.id)).map(toUIMessage);

  if ("approvals" in request) {
    const decided = applyApprovalDecisions(stored.at(-1), request.approvals);
    await saveMessage(db, userId, request.id, decided, "complete");
    return [...stored.slice(0, -1), decided];
  }

  // Regenerate: drop the replies after the last user message and answer it again.
  const lastUser = stored.findLastIndex((message) => message.role === "user");
  if (lastUser === -1) throw new AppError("bad_request", "There is no message to answer again.");
  const replies = stored.slice(lastUser + 1);
  if (replies.length > 0) await deleteMessagesFrom(db, userId, request.id, replies[0].id);
  return stored.slice(0, lastUser + 1);
}

/** Where `id` sits in the stored list; the whole list when it is not there (a new message). */
function indexOf(messages: UIMessage[], id: string): number {
  const index = messages.findIndex((message) => message.id === id);
  return index === -1 ? messages.length : index;
}
