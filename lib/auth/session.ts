import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { auth } from "@/lib/auth/config";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { REQUEST_PATH_HEADER } from "@/lib/auth/request-path";
import type { SessionUser } from "@/lib/auth/session-user";
import { AppError } from "@/lib/errors";
import { identifyUser } from "@/lib/observability/report";

export async function currentUser(): Promise<SessionUser | null> {
  const session = await auth();
  const user = session?.user;
  if (!user?.id) return null;
  // Whatever fails later in this request is reported with the person's id (and nothing else of theirs).
  identifyUser(user.id);
  return { id: user.id, name: user.name ?? "Sentry user", email: user.email ?? null, image: user.image ?? null };
}

/** For API routes: the signed-in user, or a 401 in the shared error contract. */
export async function requireApiUser(): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) throw new AppError("unauthorized");
  return user;
}

/** The page being rendered, for sending the person back to it after sign-in. */
export async function requestedPath(): Promise<string> {
  return safeCallbackPath((await headers()).get(REQUEST_PATH_HEADER));
}

export function signInPath(returnTo: string): string {
  return `/signin?callbackUrl=${encodeURIComponent(safeCallbackPath(returnTo))}`;
}

/** Sends the person to the sign-in page, to come back to the page they asked for. */
export async function redirectToSignIn(): Promise<never> {
  redirect(signInPath(await requestedPath()));
}

/** For pages: the signed-in user, or a redirect to the sign-in page that brings them back. */
export async function requirePageUser(): Promise<SessionUser> {
  const user = await currentUser();
  return user ?? redirectToSignIn();
}
