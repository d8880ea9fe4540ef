import { NextResponse, type NextRequest } from "next/server";
import { REQUEST_PATH_HEADER } from "@/lib/auth/request-path";
import { getEnv, read } from "@/lib/env";
import { ingestOrigin } from "@/lib/observability/config";
import { contentSecurityPolicy } from "@/lib/security/csp";

/**
 * A fresh nonce per request. Set on the request headers too, so Next adds it to its own
 * script tags; `strict-dynamic` lets those scripts load the chunks they need.
 * (middleware.ts, not proxy.ts: OpenNext cannot build Next 16's Node proxy.)
 */
export function middleware(request: NextRequest) {
  const nonce = btoa(crypto.randomUUID());
  const dsn = read(getEnv(), "SENTRY_DSN");
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development", dsn && ingestOrigin(dsn));
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", csp);
  // Pages that need a session send the person to sign in and back to exactly this page.
  requestHeaders.set(REQUEST_PATH_HEADER, `${request.nextUrl.pathname}${request.nextUrl.search}`);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", csp);
  response.headers.set("x-content-type-options", "nosniff");
  response.headers.set("referrer-policy", "strict-origin-when-cross-origin");
  response.headers.set("x-frame-options", "DENY");
  return response;
}

export const config = {
  matcher: [
    {
      source: "/((?!api/|mcp|sse|_next/static|_next/image|favicon.ico|.*\\.(?:svg|png|jpg|jpeg|gif|webp|ico)$).*)",
    },
  ],
};
