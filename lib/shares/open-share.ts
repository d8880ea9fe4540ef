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

/** An organization link's organization as the viewer's Sentry names it; its slug when that cannot be read. */
async function organizationName(slug: string | null, viewerOrganizations: () => Promise<UserOrganization[]>): Promise<string | null> {
  if (slug === null) return null;
  try {
    const named = (await viewerOrganizations()).find((organization) => organization.slug.toLowerCase() === slug.toLowerCase());
    return named?.name ?? slug;
  } catch {
    // The name is a nicety: the owner, who may see the link whatever Sentry says, still gets it.
    return slug;
  }
}

/** A link as this viewer may see it; a malformed id is answered like an unknown one. */
export async function openShare(id: string, viewer: SessionUser | null): Promise<OpenedShare> {
  if (!isShareId(id)) return { access: "not_found" };
  const env = getEnv();
  const { config } = await loadEffectiveConfig(env);
  const share = await findActiveShare(env.DB, id);
  if (!share) return { access: "not_found" };
  // Read at most once: for the membership check, then for the organization's name.
  let organizations: Promise<UserOrganization[]> | undefined;
  const viewerOrganizations = () => (organizations ??= viewer ? listUserOrganizations(env.KV, config, viewer.id) : Promise.resolve([]));
  try {
    const access = await shareAccess(share, viewer, async () => (await viewerOrganizations()).map((o) => o.slug), config.sharingPolicy);
    if (access !== "allowed") return { access };
    return { access, share, organizationName: await organizationName(share.organization, viewerOrganizations) };
  } catch (error) {
    // A viewer whose Sentry session ended cannot be checked: they sign in again, like a signed-out one.
    if (error instanceof AppError && error.code === "reauth_required") return { access: "sign_in" };
    throw error;
  }
}
