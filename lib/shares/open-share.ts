import { listUserOrganizations, type UserOrganization } from "@/lib/auth/organizations";
import type { SessionUser } from "@/lib/auth/session-user";
import { findActiveShare, type SharedConversation } from "@/lib/db/shares";
import { getEnv } from "@/lib/env";
import { loadEffectiveConfig } from "@/lib/settings/effective";
import { AppError } from "@/lib/errors";
import { shareAccess } from "@/lib/shares/access";
import { isShareId } from "@/lib/shares/id";

export type OpenedShare =
  /** `organizationName`: an organization link's organization as Sentry names it (its slug when the viewer's list lacks it). */
  | { access: "allowed"; share: SharedConversation; organizationName: string | null }
  | { access: "sign_in" } | { access: "not_found" };

/** A link as this viewer may see it; a malformed id is answered like an unknown one. */
export async function openShare(id: string, viewer: SessionUser | null): Promise<OpenedShare> {
  if (!isShareId(id)) return { access: "not_found" };
  const env = getEnv();
  const { config } = await loadEffectiveConfig(env);
  const share = await findActiveShare(env.DB, id);
  if (!share) return { access: "not_found" };
  let organizations: UserOrganization[] = [];
  try {
    const access = await shareAccess(
      share,
      viewer,
      async () => {
        organizations = viewer ? await listUserOrganizations(env.KV, config, viewer.id) : [];
        return organizations.map((o) => o.slug);
      },
      config.sharingPolicy,
    );
    if (access !== "allowed") return { access };
    const slug = share.organization?.toLowerCase();
    const named = organizations.find((organization) => organization.slug.toLowerCase() === slug);
    return { access, share, organizationName: share.organization === null ? null : (named?.name ?? share.organization) };
  } catch (error) {
    // A viewer whose Sentry session ended cannot be checked: they sign in again, like a signed-out one.
    if (error instanceof AppError && error.code === "reauth_required") return { access: "sign_in" };
    throw error;
  }
}
