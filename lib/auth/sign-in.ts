import type { SessionUser } from "@/lib/auth/session-user";
import { saveTokens, type StoredTokens } from "@/lib/auth/token-store";
import { forgetOrganizations } from "@/lib/auth/organizations";
import { upsertUser } from "@/lib/db/users";

/**
 * What every way of signing in ends with: the user recorded, their Sentry grant stored encrypted
 * in KV (replacing any earlier one), and the organizations looked up afresh for the new grant.
 */
export async function completeSignIn(
  env: Pick<CloudflareEnv, "DB" | "KV">,
  authSecret: string,
  user: SessionUser,
  grant: StoredTokens,
): Promise<void> {
  await upsertUser(env.DB, user);
  await saveTokens(env.KV, authSecret, user.id, grant);
  await forgetOrganizations(env.KV, user.id);
}
