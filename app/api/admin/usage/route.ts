import { getCloudflareContext } from "@opennextjs/cloudflare";
import { requireApiAdmin } from "@/lib/admin/access";
import { errorResponse } from "@/lib/http";
import { usageSummary } from "@/lib/usage/summary";

/** GET /api/admin/usage — messages, tool calls and active people per day for 14 days, top tools. */
export async function GET(): Promise<Response> {
  try {
    // Nothing to validate. Authenticate and authorize: anyone but an admin gets a 404.
    const admin = await requireApiAdmin();

    // Work.
    return Response.json(await usageSummary(getCloudflareContext().env.DB, admin), { headers: { "cache-control": "private, no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
