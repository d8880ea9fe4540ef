import { OAuthAuthorizationServer, type OAuthHelpers } from "@cloudflare/workers-oauth-provider";
import { resourceUrl } from "@/lib/oauth/resources";
import { SUPPORTED_SCOPES } from "@/lib/oauth/scopes";

export const AUTHORIZE_PATH = "/oauth/authorize";
export const TOKEN_PATH = "/oauth/token";
export const REGISTER_PATH = "/oauth/register";

/** Access tokens live about an hour; refresh tokens rotate on every use and end 30 days after consent. */
const ACCESS_TOKEN_TTL_SECONDS = 3600;
const REFRESH_TOKEN_TTL_SECONDS = 30 * 24 * 3600;

const built = new Map<string, OAuthAuthorizationServer<CloudflareEnv>>();
const MAX_BUILT = 200;

/**
 * The OAuth authorization server for MCP clients (@cloudflare/workers-oauth-provider), with the app's
 * public origin as issuer, for `/mcp` and its pinned forms. The library fixes its resource registry at construction, but ours is a
 * pattern — `/mcp/<org>/<project>` exists for every organization and project — so each request gets
 * a server whose registry is `/mcp` plus the one resource that request is about (which
 * the caller has checked against the pattern). Built servers are kept per registry.
 */
export function authorizationServer(issuer: string, extraResources: readonly string[] = []): OAuthAuthorizationServer<CloudflareEnv> {
  const base = resourceUrl(issuer, "/mcp");
  const resources = [...new Set([base, ...extraResources])];
  const key = resources.join(" ");
  let server = built.get(key);
  if (!server) {
    if (built.size >= MAX_BUILT) built.delete(built.keys().next().value!);
    server = new OAuthAuthorizationServer<CloudflareEnv>({
      issuer,
      resources,
      // A client that names no resource gets the unpinned /mcp.
      defaultResource: base,
      authorizeEndpoint: AUTHORIZE_PATH,
      tokenEndpoint: TOKEN_PATH,
      clientRegistrationEndpoint: REGISTER_PATH,
      scopesSupported: [...SUPPORTED_SCOPES],
      clientIdMetadataDocumentEnabled: true,
      accessTokenTTL: ACCESS_TOKEN_TTL_SECONDS,
      refreshTokenTTL: REFRESH_TOKEN_TTL_SECONDS,
    });
    built.set(key, server);
  }
  return server;
}

/** The grant and client helpers, for code that needs no particular resource (listing, revoking). */
export function oauthHelpers(env: CloudflareEnv, issuer: string): OAuthHelpers {
  return authorizationServer(issuer).getOAuthApi(env);
}
