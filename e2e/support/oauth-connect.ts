/**
 * An MCP client's OAuth connection made over plain HTTP, as the browser would make it: a signed-in
 * person, dynamic registration, the authorization request with PKCE, Allow on the consent page,
 * and the code exchanged for tokens. For benchmarks and API-level tests that run no browser.
 */
import { createHash, randomBytes } from "node:crypto";
import { signInOverHttp } from "./oauth-login.ts";

const REDIRECT_URI = "http://127.0.0.1:47617/callback";

export type OAuthTokens = { access_token: string; refresh_token: string; expires_in: number };

export async function connectOverHttp(appUrl: string, path = "/mcp"): Promise<OAuthTokens> {
  const session = await signInOverHttp(appUrl);
  const registered = await fetch(`${appUrl}/oauth/register`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ client_name: "Benchmark client", redirect_uris: [REDIRECT_URI], token_endpoint_auth_method: "none" }),
  });
  const { client_id: clientId } = (await registered.json()) as { client_id: string };

  const verifier = randomBytes(32).toString("base64url");
  const authorize = new URL("/oauth/authorize", appUrl);
  authorize.search = new URLSearchParams({
    response_type: "code",
    client_id: clientId,
    redirect_uri: REDIRECT_URI,
    code_challenge: createHash("sha256").update(verifier).digest("base64url"),
    code_challenge_method: "S256",
    state: randomBytes(8).toString("hex"),
    scope: "sentry:read",
    resource: `${appUrl}${path}`,
  }).toString();
  const page = await fetch(authorize, { headers: { cookie: session }, redirect: "manual" });
  const binding = page.headers.getSetCookie().map((cookie) => cookie.split(";")[0]);
  const html = await page.text();
  const field = (name: string) => new RegExp(`name="${name}" value="([^"]+)"`).exec(html)?.[1] ?? "";
  const approved = await fetch(`${appUrl}/oauth/authorize`, {
    method: "POST",
    redirect: "manual",
    headers: { cookie: [session, ...binding].join("; "), "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ handle: field("handle"), resource: field("resource"), decision: "approve", access: "read", target: "all" }),
  });
  const code = new URL(approved.headers.get("location") ?? "", appUrl).searchParams.get("code");
  if (!code) throw new Error(`consent did not return a code (status ${approved.status})`);

  const token = await fetch(`${appUrl}/oauth/token`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ grant_type: "authorization_code", code, redirect_uri: REDIRECT_URI, client_id: clientId, code_verifier: verifier, resource: `${appUrl}${path}` }),
  });
  if (!token.ok) throw new Error(`token request failed: ${token.status} ${await token.text()}`);
  return (await token.json()) as OAuthTokens;
}
