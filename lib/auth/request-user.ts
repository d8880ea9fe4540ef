import { getToken } from "next-auth/jwt";
import type { SessionUser } from "@/lib/auth/session-user";
import { AppError } from "@/lib/errors";

/**
 * Sessions this isolate has decrypted, by the exact cookie (and secret) they came from, until the
 * session expires: a person's next chat message skips the key derivation and decryption, which
 * are about a millisecond of the time to first token. The same cookie always decodes to the same
 * session, so this changes nothing but the cost.
 */
const decoded = new Map<string, { user: SessionUser; expiresAt: number }>();
const MAX_DECODED = 500;

function remember(key: string, entry: { user: SessionUser; expiresAt: number }) {
  if (decoded.size >= MAX_DECODED) decoded.delete(decoded.keys().next().value!);
  decoded.set(key, entry);
}

/**
 * The signed-in user of a request served by worker.ts ahead of Next.js, where Auth.js's `auth()`
 * is not available: the session cookie Auth.js set, decrypted with the same secret. auth-config.ts
 * keeps Auth.js's default cookies, so the name (which is also the key's salt) is
 * `authjs.session-token`, with the `__Secure-` prefix over HTTPS — the same choice Auth.js makes
 * from the request's protocol. getToken also reassembles a cookie Auth.js split into chunks.
 */
export async function requestUser(request: Request, authSecret: string): Promise<SessionUser | null> {
  const cookie = request.headers.get("cookie") ?? "";
  const secureCookie = new URL(request.url).protocol === "https:";
  const key = `${secureCookie}\n${authSecret}\n${cookie}`;
  const known = decoded.get(key);
  if (known && known.expiresAt > Date.now()) return known.user;
  decoded.delete(key);

  // Only the cookie: getToken would also accept an Authorization header, which `auth()` does not.
  const token = await getToken({ req: { headers: new Headers({ cookie }) }, secret: authSecret, secureCookie });
  if (!token?.sub) return null;
  const user = {
    id: token.sub,
    name: token.name ?? "Sentry user",
    email: token.email ?? null,
    image: token.picture ?? null,
  };
  if (typeof token.exp === "number") remember(key, { user, expiresAt: token.exp * 1000 });
  return user;
}

/** For API handlers in worker.ts: the signed-in user, or a 401 in the shared error contract. */
export async function requireRequestUser(request: Request, authSecret: string): Promise<SessionUser> {
  const user = await requestUser(request, authSecret);
  if (!user) throw new AppError("unauthorized");
  return user;
}
