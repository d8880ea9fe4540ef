import { getCloudflareContext } from "@opennextjs/cloudflare";
import { requireApiAdmin } from "@/lib/admin/access";
import { adminSettingsView } from "@/lib/admin/settings-view";
import { assertKnownTools } from "@/lib/admin/tool-names";
import { parseOrBadRequest } from "@/lib/conversations/requests";
import { getConfig } from "@/lib/env";
import { assertSameOrigin, errorResponse, readJsonBody } from "@/lib/http";
import { saveSettingsRequestSchema } from "@/lib/settings/schema";
import { saveSettings } from "@/lib/settings/store";

const PRIVATE = { "cache-control": "private, no-store" };
/** The document is small; the extra prompt is the largest field (4,000 characters). */
const MAX_SETTINGS_BODY_BYTES = 32 * 1024;

/** GET /api/admin/settings — the settings, their version and defaults, and the tool list. */
export async function GET(): Promise<Response> {
  try {
    // Nothing to validate. Authenticate and authorize: anyone but an admin is told it does not exist.
    const admin = await requireApiAdmin();

    // Work.
    return Response.json(await adminSettingsView(getCloudflareContext().env, admin), { headers: PRIVATE });
  } catch (error) {
    return errorResponse(error);
  }
}

/** PUT /api/admin/settings { version, settings } — saves a new version; a stale version is refused (409). */
export async function PUT(request: Request): Promise<Response> {
  try {
    // Validate what any request must be; the body's contents are checked only for an admin, so
    // nobody else learns more about this route than a 404.
    assertSameOrigin(request, getConfig().appUrl);
    const body = await readJsonBody(request, MAX_SETTINGS_BODY_BYTES);

    // Authenticate and authorize.
    const admin = await requireApiAdmin();

    // Validate the settings, then work.
    const { version, settings } = parseOrBadRequest(saveSettingsRequestSchema.safeParse(body));
    assertKnownTools(settings.disabledTools);
    const { env } = getCloudflareContext();
    const saved = await saveSettings(env, getConfig(env), admin, version, settings);
    return Response.json({ version: saved.version, settings: saved.settings, changed: saved.changes.map((c) => c.field) }, { headers: PRIVATE });
  } catch (error) {
    return errorResponse(error);
  }
}
