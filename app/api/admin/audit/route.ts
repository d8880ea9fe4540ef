import { getCloudflareContext } from "@opennextjs/cloudflare";
import { requireApiAdmin } from "@/lib/admin/access";
import { parseOrBadRequest } from "@/lib/conversations/requests";
import { errorResponse } from "@/lib/http";
import { auditQuerySchema, listAuditEntries } from "@/lib/settings/audit";

/** GET /api/admin/audit?before=&limit= — settings changes, newest first, a page at a time. */
export async function GET(request: Request): Promise<Response> {
  try {
    // Authenticate and authorize first: anyone but an admin gets a 404, whatever they asked.
    const admin = await requireApiAdmin();

    // Validate.
    const query = parseOrBadRequest(auditQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams)));

    // Work.
    const page = await listAuditEntries(getCloudflareContext().env.DB, admin, query);
    return Response.json(page, { headers: { "cache-control": "private, no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
