import { getConfig } from "@/lib/env";
import { getCloudflareContext } from "@opennextjs/cloudflare";
import { allowedOrganizations, listUserOrganizations, type UserOrganization } from "@/lib/auth/organizations";
import { requireApiUser } from "@/lib/auth/session";
import { parseOrBadRequest } from "@/lib/conversations/requests";
import { createShare, listShares } from "@/lib/db/shares";
import { loadEffectiveConfig } from "@/lib/settings/effective";
import { AppError } from "@/lib/errors";
import { assertSameOrigin, errorResponse, readJsonBody } from "@/lib/http";
import { withOrganizationNames } from "@/lib/shares/listing";
import { prerenderSnapshot } from "@/lib/shares/page-cache";
import { visibilityAllowed } from "@/lib/shares/policy";
import { createShareSchema, listSharesSchema, MAX_SHARE_BODY_BYTES } from "@/lib/shares/requests";

const PRIVATE = { "cache-control": "private, no-store" };

/** POST /api/shares { conversationId, visibility, organization? } — snapshots one of the user's conversations as a link. */
export async function POST(request: Request): Promise<Response> {
  try {
    // Validate.
    assertSameOrigin(request, getConfig().appUrl);
    const body = parseOrBadRequest(createShareSchema.safeParse(await readJsonBody(request, MAX_SHARE_BODY_BYTES)));

    // Authenticate.
    const user = await requireApiUser();

    // Authorize: the policy must allow this kind of link, and an organization link must name an
    // organization the owner belongs to (and the app may be used with). Conversation ownership is
    // checked inside createShare.
    const { env, ctx } = getCloudflareContext();
    const { config } = await loadEffectiveConfig(env);
    if (!visibilityAllowed(config.sharingPolicy, body.visibility)) {
      throw new AppError("forbidden", "Sharing this way is turned off on this server.");
    }
    let organization: UserOrganization | null = null;
    if (body.visibility === "org") {
      const organizations = allowedOrganizations(await listUserOrganizations(env.KV, config, user.id), config.allowedOrgs);
      const picked = organizations.find((o) => o.slug.toLowerCase() === body.organization?.toLowerCase());
      if (!picked) throw new AppError("forbidden", "You can only share with an organization you belong to.");
      organization = picked;
    }

    // Work.
    const input = { conversationId: body.conversationId, visibility: body.visibility, organization: organization?.slug ?? null };
    const share = await createShare(env.DB, user.id, input);
    ctx.waitUntil(prerenderSnapshot(env, share.id));
    const [listed] = withOrganizationNames([share], organization ? [organization] : []);
    return Response.json({ share: listed }, { status: 201, headers: PRIVATE });
  } catch (error) {
    return errorResponse(error);
  }
}

/** GET /api/shares?conversationId= — the user's links that still work, newest first. */
export async function GET(request: Request): Promise<Response> {
  try {
    // Validate.
    const query = parseOrBadRequest(listSharesSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams)));

    // Authenticate; authorization is the owner filter inside listShares.
    const user = await requireApiUser();

    // Work.
    const { env } = getCloudflareContext();
    const shares = await listShares(env.DB, user.id, query.conversationId);
    // Names are a label only: without Sentry's answer the links still list, under their slugs.
    const organizations = shares.some((share) => share.organization !== null)
      ? await loadEffectiveConfig(env)
          .then(({ config }) => listUserOrganizations(env.KV, config, user.id))
          .catch(() => [])
      : [];
    return Response.json({ shares: withOrganizationNames(shares, organizations) }, { headers: PRIVATE });
  } catch (error) {
    return errorResponse(error);
  }
}
