import { getCloudflareContext } from "@opennextjs/cloudflare";
import { requireApiUser } from "@/lib/auth/session";
import { forkSnapshot } from "@/lib/db/shares";
import { AppError } from "@/lib/errors";
import { assertSameOrigin, errorResponse } from "@/lib/http";
import { openShare } from "@/lib/shares/open-share";

type Context = { params: Promise<{ id: string }> };

/** POST /api/shares/:id/fork — copies a link's snapshot into a new conversation of the viewer's. */
export async function POST(request: Request, context: Context): Promise<Response> {
  try {
    // Validate: no body; the id is checked by openShare.
    assertSameOrigin(request);
    const { id } = await context.params;

    // Authenticate.
    const user = await requireApiUser();

    // Authorize: only someone allowed to see the link may copy it; everyone else gets the unknown-link answer.
    const opened = await openShare(id, user);
    if (opened.access === "sign_in") throw new AppError("reauth_required");
    if (opened.access !== "allowed") throw new AppError("not_found", "This link does not exist.");

    // Work.
    const conversationId = await forkSnapshot(getCloudflareContext().env.DB, user.id, opened.share);
    return Response.json({ conversationId }, { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
}
