import type { SessionUser } from "@/lib/auth/session-user";
import type { SharedConversation } from "@/lib/db/shares";
import { visibilityAllowed, type SharingPolicy } from "@/lib/shares/policy";

/** What a viewer gets for a link: the conversation, a sign-in prompt, or the same 404 as an unknown link. */
export type ShareAccess = "allowed" | "sign_in" | "not_found";

/**
 * Public links: anyone. Organization links: signed-in members of that organization (membership as
 * Sentry lists it for the viewer's own token); signed out → sign in; anyone else → 404, so a link's
 * existence does not leak. The owner always sees their own links. Links whose kind the current
 * policy forbids are closed for everyone.
 */
export async function shareAccess(
  share: Pick<SharedConversation, "visibility" | "organization" | "ownerId">,
  viewer: Pick<SessionUser, "id"> | null,
  viewerOrganizations: () => Promise<string[]>,
  policy: SharingPolicy,
): Promise<ShareAccess> {
  if (!visibilityAllowed(policy, share.visibility)) return "not_found";
  if (share.visibility === "public") return "allowed";
  if (!viewer) return "sign_in";
  if (viewer.id === share.ownerId) return "allowed";
  const organization = share.organization?.toLowerCase();
  const slugs = await viewerOrganizations();
  return slugs.some((slug) => slug.toLowerCase() === organization) ? "allowed" : "not_found";
}
