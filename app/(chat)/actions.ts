"use server";

import { redirect } from "next/navigation";
import { forgetOrganizations } from "@/lib/auth/organizations";
import { deleteTokens } from "@/lib/auth/token-store";
import { currentUser, requestedPath } from "@/lib/auth/session";
import { signOut } from "@/lib/auth/config";
import { getEnv } from "@/lib/env";

// Server actions only accept same-origin POSTs (Next checks Origin against Host): CSRF-safe.

/**
 * Deletes the user's Sentry tokens, then ends the session. Sentry documents no way for an OAuth
 * application to revoke its tokens, so they are forgotten here and expire at Sentry.
 */
export async function signOutAction() {
  const user = await currentUser();
  if (user) {
    const { KV } = getEnv();
    await Promise.all([deleteTokens(KV, user.id), forgetOrganizations(KV, user.id)]);
  }
  await signOut({ redirectTo: "/signin" });
}

/** "Check again" on the no-organization page: asks Sentry now instead of using the cached list. */
export async function recheckOrganizationsAction() {
  const user = await currentUser();
  if (user) await forgetOrganizations(getEnv().KV, user.id);
  redirect(await requestedPath());
}
