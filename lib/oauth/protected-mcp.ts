import {
  OAuthError,
  OAuthResourceServer,
  type OAuthResourceContext,
  type OAuthResourceServerOptions,
} from "@cloudflare/workers-oauth-provider";
import { getAccessToken, type RefreshConfig } from "@/lib/auth/access-token";
import { AppError } from "@/lib/errors";
import { authorizationServer, oauthHelpers } from "@/lib/oauth/authorization-server";
import type { GrantProps } from "@/lib/oauth/grant-props";
import { atOrigin } from "@/lib/oauth/public-origin";
import { forgetAcceptedTokens, rememberedAcceptance } from "@/lib/oauth/validated-tokens";
import { resourceUrl } from "@/lib/oauth/resources";
import { READ_SCOPE } from "@/lib/oauth/scopes";

/** A request made with a token this app issued: the grant, what it may do, and the person's Sentry token. */
export type OAuthCaller = { grant: GrantProps; scope: string[]; sentryToken: string };

const NOT_OUR_TOKEN =
  "This token is not valid here: it has expired or been revoked, was issued for another URL, or was not issued by this server. Connect again with OAuth; to use a Sentry user auth token, send it as `Authorization: Sentry-Bearer <token>`.";
const CLIENTS_OFF = "An administrator has turned off external MCP clients for this app.";
const SENTRY_GRANT_GONE = "Your Sentry sign-in has ended. Connect again to continue.";

/**
 * Serves an MCP request that does not carry a pasted Sentry token: the OAuth library's resource
 * server answers a missing or foreign token with 401 and the resource's metadata URL (RFC 9728),
 * checks the token's audience is exactly this resource (RFC 8707), and only then calls `serve`.
 * The token is valid only while the admin allows external clients and the person's Sentry grant
 * (kept by sign-in) still yields a token; when it does not, the MCP grant is revoked, so the
 * client re-authorizes rather than refreshing into the same refusal.
 */
export function serveWithOAuth(
  request: Request,
  env: CloudflareEnv,
  ctx: ExecutionContext,
  options: {
    config: RefreshConfig & { appUrl: string };
    resourcePath: string;
    externalClientsAllowed: () => Promise<boolean>;
    serve: (caller: OAuthCaller) => Promise<Response>;
  },
): Promise<Response> {
  const issuer = options.config.appUrl;
  const resource = resourceUrl(issuer, options.resourcePath);
  const server = authorizationServer(issuer, [resource]);
  const host = mcpResourceServer(issuer, resource, {
    validateToken: (env) => (audience, token) =>
      rememberedAcceptance(audience, token, async () => {
        const validated = await server.validateToken(audience, token, env);
        if (!validated) throw new OAuthError("invalid_token", { description: NOT_OUR_TOKEN });
        const grant = validated.props as GrantProps;
        const sentryToken = await getAccessToken(env.KV, options.config, grant.userId).catch(async (error: unknown) => {
          if (!(error instanceof AppError && error.code === "reauth_required")) throw error;
          const summary = await oauthHelpers(env, issuer).unwrapToken(token);
          if (summary) await oauthHelpers(env, issuer).revokeGrant(summary.grantId, summary.userId);
          forgetAcceptedTokens();
          throw new OAuthError("invalid_token", { description: SENTRY_GRANT_GONE });
        });
        return { ...validated, props: { grant, scope: validated.scope, sentryToken } };
      }).then(async (accepted) => {
        // Checked on every request, remembered or not: the admin's switch applies at once.
        if (!(await options.externalClientsAllowed())) throw new OAuthError("invalid_token", { description: CLIENTS_OFF });
        return accepted;
      }),
    handler: {
      fetch: (_request: Request, _env: CloudflareEnv, context: OAuthResourceContext<OAuthCaller>) => options.serve(context.props),
    },
  });
  return host.fetch(atOrigin(request, issuer), env, ctx);
}

function mcpResourceServer(
  issuer: string,
  resource: string,
  options: Pick<OAuthResourceServerOptions<CloudflareEnv, OAuthCaller>, "validateToken" | "handler">,
): OAuthResourceServer<CloudflareEnv, OAuthCaller> {
  return new OAuthResourceServer<CloudflareEnv, OAuthCaller>({
    resourceMetadata: { resource, authorization_servers: [issuer], resource_name: "Sentry Chat MCP server" },
    requiredScopes: [READ_SCOPE],
    ...options,
  });
}

/** RFC 9728 metadata of one MCP resource, as its resource server publishes it (no token is looked at). */
export function protectedResourceMetadata(request: Request, env: CloudflareEnv, ctx: ExecutionContext, issuer: string, resourcePath: string): Promise<Response> {
  const resource = resourceUrl(issuer, resourcePath);
  const metadataRequest = new Request(`${issuer}/.well-known/oauth-protected-resource${resourcePath}`, { method: request.method === "HEAD" ? "HEAD" : request.method, headers: request.headers });
  return mcpResourceServer(issuer, resource, {
    validateToken: () => async () => null,
    handler: { fetch: () => new Response(null, { status: 404 }) },
  }).fetch(metadataRequest, env, ctx);
}
