import { getCloudflareContext } from "@opennextjs/cloudflare";
import { requireApiUser } from "@/lib/auth/session";
import { listRequestSchema, parseOrBadRequest } from "@/lib/conversations/requests";
import { listConversations } from "@/lib/db/conversations";
import { errorResponse } from "@/lib/http";

/** GET /api/conversations?limit=&cursor= — the signed-in user's history, most recently active first. */
export async function GET(request: Request): Promise<Response> {
  try {
    // Validate.
    const query = Object.fromEntries(new URL(request.url).searchParams);
    const { limit, cursor } = parseOrBadRequest(listRequestSchema.safeParse(query));

    // Authenticate; authorization is the owner filter inside listConversations.
    const user = await requireApiUser();

    // Work.
    const page = await listConversations(getCloudflareContext().env.DB, user.id, { limit, cursor });
    return Response.json(page, { headers: { "cache-control": "private, no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
