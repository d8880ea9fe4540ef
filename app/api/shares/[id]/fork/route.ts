import { getConfig } from "@/lib/env";
import { requireApiUser } from "@/lib/auth/session";
import { assertSameOrigin, errorResponse } from "@/lib/http";
import { forkShare } from "@/lib/shares/fork";

type Context = { params: Promise<{ id: string }> };

/** POST /api/shares/:id/fork — copies a link's snapshot into a new conversation of the viewer's. */
export async function POST(request: Request, context: Context): Promise<Response> {
  try {
    // Validate: no body; the id is checked by openShare.
    assertSameOrigin(request, getConfig().appUrl);
    const { id } = await context.params;

    // Authenticate.
    const user = await requireApiUser();

    // Authorize and work: forkShare lets only someone allowed to see the link copy it.
    const conversationId = await forkShare(id, user);
    return Response.json({ conversationId }, { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
}
