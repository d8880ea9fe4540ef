import { getConfig } from "@/lib/env";
import { getCloudflareContext } from "@opennextjs/cloudflare";
import { requireApiUser } from "@/lib/auth/session";
import {
  MAX_RENAME_BODY_BYTES,
  parseConversationId,
  parseOrBadRequest,
  renameRequestSchema,
} from "@/lib/conversations/requests";
import { deleteConversation, renameConversation } from "@/lib/db/conversations";
import { assertSameOrigin, errorResponse, readJsonBody } from "@/lib/http";

type Context = { params: Promise<{ id: string }> };

/** PATCH /api/conversations/:id { title } — renames one of the user's conversations. */
export async function PATCH(request: Request, context: Context): Promise<Response> {
  try {
    // Validate.
    assertSameOrigin(request, getConfig().appUrl);
    const id = parseConversationId((await context.params).id);
    const { title } = parseOrBadRequest(renameRequestSchema.safeParse(await readJsonBody(request, MAX_RENAME_BODY_BYTES)));

    // Authenticate.
    const user = await requireApiUser();

    // Authorize and work: renameConversation only touches the user's own conversation.
    const conversation = await renameConversation(getCloudflareContext().env.DB, user.id, id, title);
    return Response.json({ conversation });
  } catch (error) {
    return errorResponse(error);
  }
}

/** DELETE /api/conversations/:id — deletes one of the user's conversations with its messages. */
export async function DELETE(request: Request, context: Context): Promise<Response> {
  try {
    // Validate.
    assertSameOrigin(request, getConfig().appUrl);
    const id = parseConversationId((await context.params).id);

    // Authenticate.
    const user = await requireApiUser();

    // Authorize and work: deleteConversation only touches the user's own conversation.
    await deleteConversation(getCloudflareContext().env.DB, user.id, id);
    return new Response(null, { status: 204 });
  } catch (error) {
    return errorResponse(error);
  }
}
