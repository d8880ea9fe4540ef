import { redirect } from "next/navigation";
import { auth } from "@/lib/auth/config";
import { AppError } from "@/lib/errors";

export type SessionUser = { id: string; name: string; email: string | null; image: string | null };

export async function currentUser(): Promise<SessionUser | null> {
  const session = await auth();
  const user = session?.user;
  if (!user?.id) return null;
  return { id: user.id, name: user.name ?? "Sentry user", email: user.email ?? null, image: user.image ?? null };
}

/** For API routes: the signed-in user, or a 401 in the shared error contract. */
export async function requireApiUser(): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) throw new AppError("unauthorized");
  return user;
}

/** For pages: the signed-in user, or a redirect to the sign-in page that brings them back. */
export async function requirePageUser(returnTo: string): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}
