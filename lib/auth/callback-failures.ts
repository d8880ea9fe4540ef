import { AuthError } from "next-auth";
import { safeCallbackPath } from "@/lib/auth/callback-url";

/**
 * Auth.js reports every failed OAuth callback as a generic `OAuthCallbackError` or
 * `Configuration`. The sign-in page can say more, so the Sentry callback's error redirect is
 * rewritten with what actually happened:
 * - `consent_denied`: the person chose Deny on Sentry's consent page;
 * - `sentry_refused`: Sentry answered the authorization request with another error;
 * - `state_mismatch`: the callback does not belong to a sign-in this browser started (started in
 *   another tab or browser, expired, or forged) — Auth.js's state/PKCE check failed.
 * The page the person was going to is kept, so trying again brings them there.
 */
export type SignInProblem = "consent_denied" | "sentry_refused" | "state_mismatch";

const CALLBACK_PATH = "/api/auth/callback/sentry";
const CALLBACK_URL_COOKIES = ["__Secure-authjs.callback-url", "authjs.callback-url"];

function isStateCheckFailure(error: unknown, returnedState: string | null): boolean {
  if (!(error instanceof AuthError)) return false;
  // The browser holds no valid record (cookie) of starting this sign-in.
  if (error.type === "InvalidCheck") return true;
  // It holds one, for another sign-in: Auth.js reports the state it expected.
  const expected = (error.cause as { expected?: unknown } | undefined)?.expected;
  return error.type === "CallbackRouteError" && typeof expected === "string" && expected !== returnedState;
}

export function problemOf(query: URLSearchParams, error: unknown): SignInProblem | null {
  const sentryError = query.get("error");
  if (sentryError === "access_denied") return "consent_denied";
  if (sentryError) return "sentry_refused";
  if (isStateCheckFailure(error, query.get("state"))) return "state_mismatch";
  return null;
}

function cookie(request: Request, name: string): string | null {
  for (const part of (request.headers.get("cookie") ?? "").split(";")) {
    const index = part.indexOf("=");
    if (index > 0 && part.slice(0, index).trim() === name) return part.slice(index + 1).trim();
  }
  return null;
}

/** The page Auth.js was to return to, from its callback-url cookie; only a path on this site. */
function pendingCallbackPath(request: Request): string {
  const origin = new URL(request.url).origin;
  for (const name of CALLBACK_URL_COOKIES) {
    const value = cookie(request, name);
    if (!value) continue;
    try {
      const url = new URL(decodeURIComponent(value), origin);
      if (url.origin === origin) return safeCallbackPath(`${url.pathname}${url.search}${url.hash}`);
    } catch {
      // Not a URL: fall through to the home page.
    }
  }
  return "/";
}

/** Rewrites the Sentry callback's redirect to the sign-in page's error; other responses pass through. */
export function explainCallbackFailure(request: Request, response: Response, error: unknown): Response {
  const url = new URL(request.url);
  const location = response.headers.get("location");
  if (url.pathname !== CALLBACK_PATH || !location) return response;
  const target = new URL(location, url);
  if (target.origin !== url.origin || target.pathname !== "/signin" || !target.searchParams.has("error")) return response;

  const next = new URL("/signin", url.origin);
  next.searchParams.set("error", problemOf(url.searchParams, error) ?? target.searchParams.get("error")!);
  const callbackPath = pendingCallbackPath(request);
  if (callbackPath !== "/") next.searchParams.set("callbackUrl", callbackPath);
  const headers = new Headers(response.headers);
  headers.set("location", next.toString());
  return new Response(null, { status: response.status, headers });
}
