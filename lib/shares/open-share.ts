import { listUserOrganizations } from "@/lib/auth/organizations";
import type { SessionUser } from "@/lib/auth/session-user";
import { findActiveShare, type SharedConversation } from "@/lib/db/shares";
import { getEnv } from "@/lib/env";
import { loadEffectiveConfig } from "@/lib/settings/effective";
import { AppError } from "@/lib/errors";
import { shareAccess } from "@/lib/shares/access";
import { isShareId } from "@/lib/shares/id";

export type OpenedShare = { access: "allowed"; share: SharedConversation } | { access: "sign_in" } | { access: "not_found" };

/** A link as this viewer may see it; a malformed id is answered like an unknown one. */
export async function openShare(id: string, viewer: SessionUser | null): Promise<OpenedShare> {
  if (!isShareId(id)) return { access: "not_found" };
  const env = getEnv();
  const { config } = await loadEffectiveConfig(env);
  const share = await findActiveShare(env.DB, id);
  if (!share) return { access: "not_found" };
  try {
    const access = await shareAccess(
      share,
      viewer,
      async () => (viewer ? (await listUserOrganizations(env.KV, config, viewer.id)).map((o) => o.slug) : []),
      config.sharingPolicy,
    );
    return access === "allowed" ? { access, share } : access === "sign_in" ? { access } : { access };
  } catch (error) {
    // A viewer whose Sentry session ended cannot be checked: they sign in again, like a signed-out one.
    if (error instanceof AppError && error.code === "reauth_required") return { access: "sign_in" };
    throw error;
  }
}
