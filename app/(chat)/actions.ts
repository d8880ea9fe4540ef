"use server";

import { deleteTokens } from "@/lib/auth/token-store";
import { currentUser } from "@/lib/auth/session";
import { signOut } from "@/lib/auth/config";
import { getEnv } from "@/lib/env";

/** Server actions only accept same-origin POSTs, which is the CSRF protection sign-out needs. */
export async function signOutAction() {
  const user = await currentUser();
  if (user) await deleteTokens(getEnv().KV, user.id);
  await signOut({ redirectTo: "/signin" });
}
