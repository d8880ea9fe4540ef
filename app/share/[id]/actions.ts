"use server";

import { redirect } from "next/navigation";
import { currentUser, signInPath } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { forkShare } from "@/lib/shares/fork";

// Server actions only accept same-origin POSTs (Next checks Origin against Host): CSRF-safe.

export type ForkState = { error: string } | null;

/**
 * "Continue in my chats": a plain form post, so it works without JavaScript too. Opens the copy;
 * a viewer whose session or Sentry grant ended signs in and comes back to the link.
 */
export async function forkShareAction(shareId: string, _previous: ForkState): Promise<ForkState> {
  const viewer = await currentUser();
  if (!viewer) redirect(signInPath(`/share/${shareId}`));
  let conversationId: string;
  try {
    conversationId = await forkShare(shareId, viewer);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (error.code === "reauth_required") redirect(signInPath(`/share/${shareId}`));
    return { error: error.message };
  }
  redirect(`/c/${conversationId}`);
}
