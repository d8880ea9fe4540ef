import { getConfig } from "@/lib/env";
import { getCloudflareContext } from "@opennextjs/cloudflare";
import { requireApiUser } from "@/lib/auth/session";
import { revokeShare } from "@/lib/db/shares";
import { AppError } from "@/lib/errors";
import { assertSameOrigin, errorResponse } from "@/lib/http";
import { isShareId } from "@/lib/shares/id";
import { forgetRenderedSnapshot } from "@/lib/shares/page-cache";

type Context = { params: Promise<{ id: string }> };

/** DELETE /api/shares/:id — revokes one of the user's links; anyone else's answers 404. */
export async function DELETE(request: Request, context: Context): Promise<Response> {
  try {
    // Validate: a malformed id names no link, so it is answered like an unknown one.
    assertSameOrigin(request, getConfig().appUrl);
    const { id } = await context.params;
    if (!isShareId(id)) throw new AppError("not_found", "This link does not exist.");

    // Authenticate.
    const user = await requireApiUser();

    // Authorize and work: revokeShare only touches the user's own links.
    const { env } = getCloudflareContext();
    await revokeShare(env.DB, user.id, id);
    await forgetRenderedSnapshot(env.KV, id);
    return new Response(null, { status: 204 });
  } catch (error) {
    return errorResponse(error);
  }
}
