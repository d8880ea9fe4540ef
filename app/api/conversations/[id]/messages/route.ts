import { getConfig } from "@/lib/env";
import { getCloudflareContext } from "@opennextjs/cloudflare";
import { requireApiUser } from "@/lib/auth/session";
import { parseConversationId } from "@/lib/conversations/requests";
import { clearMessages } from "@/lib/db/messages";
import { assertSameOrigin, errorResponse } from "@/lib/http";

type Context = { params: Promise<{ id: string }> };

/** DELETE /api/conversations/:id/messages — `/clear`: empties one of the user's conversations. */
export async function DELETE(request: Request, context: Context): Promise<Response> {
  try {
    // Validate.
    assertSameOrigin(request, getConfig().appUrl);
    const id = parseConversationId((await context.params).id);

    // Authenticate.
    const user = await requireApiUser();

    // Authorize and work: clearMessages only touches the user's own conversation.
    await clearMessages(getCloudflareContext().env.DB, user.id, id);
    return new Response(null, { status: 204 });
  } catch (error) {
    return errorResponse(error);
  }
}
