import { getToken } from "next-auth/jwt";
import type { SessionUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";

/**
 * The signed-in user of a request served by worker.ts ahead of Next.js, where Auth.js's `auth()`
 * is not available: the session cookie Auth.js set, decrypted with the same secret. auth-config.ts
 * keeps Auth.js's default cookies, so the name (which is also the key's salt) is
 * `authjs.session-token`, with the `__Secure-` prefix over HTTPS — the same choice Auth.js makes
 * from the request's protocol. getToken also reassembles a cookie Auth.js split into chunks.
 */
export async function requestUser(request: Request, authSecret: string): Promise<SessionUser | null> {
  // Only the cookie: getToken would also accept an Authorization header, which `auth()` does not.
  const cookies = new Headers({ cookie: request.headers.get("cookie") ?? "" });
  const token = await getToken({
    req: { headers: cookies },
    secret: authSecret,
    secureCookie: new URL(request.url).protocol === "https:",
  });
  if (!token?.sub) return null;
  return {
    id: token.sub,
    name: token.name ?? "Sentry user",
    email: token.email ?? null,
    image: token.picture ?? null,
  };
}

/** For API handlers in worker.ts: the signed-in user, or a 401 in the shared error contract. */
export async function requireRequestUser(request: Request, authSecret: string): Promise<SessionUser> {
  const user = await requestUser(request, authSecret);
  if (!user) throw new AppError("unauthorized");
  return user;
}
