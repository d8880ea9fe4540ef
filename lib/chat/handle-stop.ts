import { requireRequestUser } from "@/lib/auth/request-user";
import { stopReplies } from "@/lib/chat/stop-signal";
import { parseConversationId } from "@/lib/conversations/requests";
import { findConversation } from "@/lib/db/conversations";
import { getConfig } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { assertSameOrigin, errorResponse } from "@/lib/http";

/** POST /api/chat/:id/stop — Stop: the server stops generating the conversation's reply and stores what it has. */
export async function handleStop(request: Request, env: CloudflareEnv, rawConversationId: string): Promise<Response> {
  try {
    // Validate.
    assertSameOrigin(request, getConfig(env).appUrl);
    const conversationId = parseConversationId(rawConversationId);

    // Authenticate.
    const user = await requireRequestUser(request, getConfig(env).authSecret);

    // Authorize: only the person's own conversation; someone else's is indistinguishable from none.
    if (!(await findConversation(env.DB, user.id, conversationId))) {
      throw new AppError("not_found", "This conversation does not exist.");
    }

    // Work.
    await stopReplies(env.KV, conversationId);
    return new Response(null, { status: 204 });
  } catch (error) {
    return errorResponse(error);
  }
}
