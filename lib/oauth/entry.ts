import { getConfig } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http";
import { AUTHORIZE_PATH, authorizationServer, REGISTER_PATH, TOKEN_PATH } from "@/lib/oauth/authorization-server";
import { showConsent, submitConsent } from "@/lib/oauth/authorize-entry";
import { clientIdUrlAllowed } from "@/lib/oauth/cimd-guard";
import { CONSENT_VIEW_HEADER } from "@/lib/oauth/consent-view";
import { protectedResourceMetadata } from "@/lib/oauth/protected-mcp";
import { atOrigin } from "@/lib/oauth/public-origin";
import { parseResourceIndicator, resourcePathOf } from "@/lib/oauth/resources";
import { readSettings } from "@/lib/settings/store";

const AS_METADATA_PATH = "/.well-known/oauth-authorization-server";
const PRM_PATH = "/.well-known/oauth-protected-resource";

/** The OAuth server's addresses: discovery, registration, token, and the consent page. */
export function isOAuthPath(pathname: string): boolean {
  return (
    pathname === AS_METADATA_PATH ||
    pathname === PRM_PATH ||
    pathname.startsWith(`${PRM_PATH}/`) ||
    pathname === TOKEN_PATH ||
    pathname === REGISTER_PATH ||
    pathname === AUTHORIZE_PATH
  );
}

/**
 * The app as the OAuth authorization server for its own /mcp (served from the worker entry, like
 * /mcp): the protocol endpoints are @cloudflare/workers-oauth-provider's; the consent page is a
 * page of the app, rendered by Next.js through `renderPage`.
 */
export async function handleOAuth(
  request: Request,
  env: CloudflareEnv,
  ctx: ExecutionContext,
  renderPage: (request: Request) => Promise<Response>,
): Promise<Response> {
  try {
    const config = getConfig(env);
    const url = new URL(request.url);
    const publicRequest = atOrigin(request, config.appUrl);

    if (url.pathname === PRM_PATH || url.pathname.startsWith(`${PRM_PATH}/`)) {
      // The root document describes /mcp, for clients that look only there.
      const resourcePath = url.pathname === PRM_PATH ? "/mcp" : resourcePathOf(url.pathname.slice(PRM_PATH.length));
      if (!resourcePath || (url.pathname !== PRM_PATH && url.pathname.slice(PRM_PATH.length) !== resourcePath)) {
        throw new AppError("not_found", "No protected resource here.");
      }
      return await protectedResourceMetadata(publicRequest, env, ctx, config.appUrl, resourcePath);
    }

    if (url.pathname === REGISTER_PATH || url.pathname === AUTHORIZE_PATH) {
      const ip = request.headers.get("cf-connecting-ip") ?? "unknown";
      if (!(await env.OAUTH_RATE_LIMITER.limit({ key: ip })).success) {
        throw new AppError("rate_limited", "Too many authorization requests from this address. Wait a minute.", { retryAfter: 60 });
      }
    }

    if (url.pathname === AUTHORIZE_PATH) {
      if (request.method !== "GET" && request.method !== "POST") {
        throw new AppError("method_not_allowed");
      }
      const { settings } = await readSettings(env.KV, config);
      // Only the worker may tell the page what to show.
      const headers = new Headers(publicRequest.headers);
      headers.delete(CONSENT_VIEW_HEADER);
      const context = { request: new Request(publicRequest, { headers }), env, config, settings, renderPage };
      return await (request.method === "GET" ? showConsent(context) : submitConsent(context));
    }

    // Metadata, registration and the token endpoint belong to the library; a token request names the
    // resource its token is for, which must be in the registry the server is built with.
    const form = url.pathname === TOKEN_PATH && request.method === "POST" ? await publicRequest.clone().formData().catch(() => null) : null;
    const clientId = form?.get("client_id");
    if (typeof clientId === "string" && !clientIdUrlAllowed(clientId, config.appUrl)) {
      return Response.json({ error: "invalid_client", error_description: "The client metadata document is not on a public address." }, { status: 401 });
    }
    const resourceValue = form?.get("resource");
    const resource = typeof resourceValue === "string" ? parseResourceIndicator(config.appUrl, resourceValue) : null;
    return await authorizationServer(config.appUrl, resource ? [resource] : []).fetch(publicRequest, env, ctx);
  } catch (error) {
    return errorResponse(error);
  }
}
