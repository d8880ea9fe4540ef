import { forgetOrganizations } from "@/lib/auth/organizations";
import { deleteTokens } from "@/lib/auth/token-store";
import { forgetAcceptedTokens } from "@/lib/oauth/validated-tokens";

/**
 * What signing out removes besides the session cookie: the user's Sentry tokens and cached
 * organizations. Sentry documents no way for an OAuth application to revoke its tokens, so they
 * are forgotten here and expire at Sentry.
 */
export async function forgetSignedInUser(kv: KVNamespace, userId: string): Promise<void> {
  await Promise.all([deleteTokens(kv, userId), forgetOrganizations(kv, userId)]);
  // MCP clients connected through OAuth ran on those tokens; this isolate must not reuse them.
  forgetAcceptedTokens();
}
