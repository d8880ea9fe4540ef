import type { SessionUser } from "@/lib/auth/session-user";
import { forkSnapshot } from "@/lib/db/shares";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { openShare } from "@/lib/shares/open-share";

/**
 * Copies a link's snapshot into a new conversation of the viewer's; returns its id. Only someone
 * allowed to see the link may copy it; everyone else gets the unknown-link answer.
 */
export async function forkShare(id: string, viewer: SessionUser): Promise<string> {
  const opened = await openShare(id, viewer);
  if (opened.access === "sign_in") throw new AppError("reauth_required");
  if (opened.access !== "allowed") throw new AppError("not_found", "This link does not exist.");
  return forkSnapshot(getEnv().DB, viewer.id, opened.share);
}
