import { getCloudflareContext } from "@opennextjs/cloudflare";
import { allowedOrganizations, listUserOrganizations } from "@/lib/auth/organizations";
import { requireApiUser } from "@/lib/auth/session";
import { loadEffectiveConfig } from "@/lib/settings/effective";
import { errorResponse } from "@/lib/http";
import { allowedVisibilities } from "@/lib/shares/policy";

/**
 * GET /api/shares/options — what the Share dialog may offer this user: the kinds of link the
 * policy allows (none: no Share button) and the organizations they could share with.
 */
export async function GET(): Promise<Response> {
  try {
    // Validate: nothing to read. Authenticate; the answer is about the user only.
    const user = await requireApiUser();

    // Work.
    const { env } = getCloudflareContext();
    const { config } = await loadEffectiveConfig(env);
    const visibilities = allowedVisibilities(config.sharingPolicy);
    const organizations = visibilities.includes("org")
      ? allowedOrganizations(await listUserOrganizations(env.KV, config, user.id), config.allowedOrgs)
      : [];
    return Response.json({ visibilities, organizations }, { headers: { "cache-control": "private, no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
