// Shared by the stand-in's own tests: PKCE values, the consent-form round trip, JSON fetches.
import { createHash, randomBytes } from "node:crypto";
import type { SentryStandIn } from "./server.ts";

export const REDIRECT_URI = "http://127.0.0.1:3000/api/auth/callback/sentry";

export function pkcePair(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString("base64url");
  return { verifier, challenge: createHash("sha256").update(verifier).digest("base64url") };
}

export type AuthorizeOptions = {
  user?: string;
  op?: "approve" | "deny";
  state?: string;
  scope?: string;
  challenge?: string;
  redirectUri?: string;
};

/** Reads the hidden fields out of the consent page, the way a browser would submit them. */
export function hiddenFields(page: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const m of page.matchAll(/<input type="hidden" name="([^"]*)" value="([^"]*)">/g)) {
    fields[m[1]] = m[2].replace(/&#(\d+);/g, (_s, code: string) => String.fromCharCode(Number(code)));
  }
  return fields;
}

/** GET the consent page, then POST the form; returns the redirect Location as a URL. */
export async function authorize(sentry: SentryStandIn, options: AuthorizeOptions = {}): Promise<URL> {
  const query = new URLSearchParams({
    response_type: "code",
    client_id: sentry.clientId,
    redirect_uri: options.redirectUri ?? REDIRECT_URI,
    scope: options.scope ?? "org:read project:read event:read",
    state: options.state ?? "xyz",
  });
  if (options.challenge) {
    query.set("code_challenge", options.challenge);
    query.set("code_challenge_method", "S256");
  }
  const page = await fetch(`${sentry.url}/oauth/authorize/?${query}`);
  if (page.status !== 200) throw new Error(`consent page answered ${page.status}`);
  const form = new URLSearchParams({ ...hiddenFields(await page.text()), user: options.user ?? "1", op: options.op ?? "approve" });
  const res = await fetch(`${sentry.url}/oauth/authorize/`, { method: "POST", body: form, redirect: "manual" });
  if (res.status !== 302) throw new Error(`authorize answered ${res.status}`);
  return new URL(res.headers.get("location") ?? "");
}

export async function postToken(sentry: SentryStandIn, params: Record<string, string>): Promise<Response> {
  return fetch(`${sentry.url}/oauth/token/`, {
    method: "POST",
    body: new URLSearchParams({ client_id: sentry.clientId, client_secret: sentry.clientSecret, ...params }),
  });
}

export type TokenResponse = {
  access_token: string;
  refresh_token: string;
  expires_in: number;
  expires_at: string;
  token_type: string;
  scope: string;
  user: { id: string; name: string; email: string };
};

/** Full authorization_code + PKCE flow; returns Sentry's token response. */
export async function signIn(sentry: SentryStandIn, user = "1"): Promise<TokenResponse> {
  const { verifier, challenge } = pkcePair();
  const location = await authorize(sentry, { user, challenge });
  const res = await postToken(sentry, {
    grant_type: "authorization_code",
    code: location.searchParams.get("code") ?? "",
    redirect_uri: REDIRECT_URI,
    code_verifier: verifier,
  });
  if (res.status !== 200) throw new Error(`token exchange answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as TokenResponse;
}

export async function api(sentry: SentryStandIn, path: string, token: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set("authorization", `Bearer ${token}`);
  if (init.body !== undefined) headers.set("content-type", "application/json");
  return fetch(`${sentry.url}${path}`, { ...init, headers });
}

export async function control(sentry: SentryStandIn, path: string, body?: unknown, method = "POST"): Promise<Response> {
  return fetch(`${sentry.url}/__control/${path}`, {
    method,
    headers: body === undefined ? {} : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}
