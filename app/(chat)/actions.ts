"use server";

import { redirect } from "next/navigation";
import { forgetOrganizations } from "@/lib/auth/organizations";
import { currentUser, requestedPath } from "@/lib/auth/session";
import { forgetSignedInUser } from "@/lib/auth/sign-out";
import { signOut } from "@/lib/auth/config";
import { getEnv } from "@/lib/env";

// Server actions only accept same-origin POSTs (Next checks Origin against Host): CSRF-safe.

/**
 * Deletes the user's Sentry tokens, then ends the session. Auth.js's signOut event does the same,
 * but swallows failures; here a KV failure stops the sign-out visibly instead of leaving a
 * grant behind a session the person believes ended.
 */
export async function signOutAction() {
  const user = await currentUser();
  if (user) await forgetSignedInUser(getEnv().KV, user.id);
  await signOut({ redirectTo: "/signin" });
}

/** "Check again" on the no-organization page: asks Sentry now instead of using the cached list. */
export async function recheckOrganizationsAction() {
  const user = await currentUser();
  if (user) await forgetOrganizations(getEnv().KV, user.id);
  redirect(await requestedPath());
}
