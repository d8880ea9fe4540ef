import { WebStandardStreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js";
import { getConfig, type AppConfig } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { authenticateSentryToken, sentryBearerToken } from "@/lib/mcp/authenticate";
import { assertOrganizationAccess } from "@/lib/mcp/authorize";
import { parseConstraints, type Constraints } from "@/lib/mcp/constraints";
import { mcpErrorResponse } from "@/lib/mcp/errors";
import { createMcpServer } from "@/lib/mcp/server";
import { recordConnectionUse } from "@/lib/oauth/connections";
import { serveWithOAuth } from "@/lib/oauth/protected-mcp";
import { mcpPath } from "@/lib/oauth/resources";
import { grantsWrite } from "@/lib/oauth/scopes";
import { identifyUser } from "@/lib/observability/report";
import { sentryClientFor } from "@/lib/sentry/for-deployment";
import { withSettings } from "@/lib/settings/effective";
import type { Settings } from "@/lib/settings/schema";
import { readSettings } from "@/lib/settings/store";
import { toolPolicy } from "@/lib/settings/tool-policy";
import { countToolCallLater } from "@/lib/usage/tool-calls";

/** `/mcp`, `/mcp/:org`, `/mcp/:org/:project`. */
export function isMcpPath(pathname: string): boolean {
  return pathname === "/mcp" || pathname.startsWith("/mcp/");
}

/** A stateless server offers no standalone stream (GET) and no session to end (DELETE). */
function methodNotAllowed(): Response {
  const body = { jsonrpc: "2.0", id: null, error: { code: -32000, message: "Method not allowed: this server is stateless; use POST." } };
  return Response.json(body, { status: 405, headers: { allow: "POST" } });
}

/** Who is calling, however they authenticated: what the tools run as and may do. */
type McpCaller = {
  userId: string;
  sentryToken: string;
  /** Stable per credential: rate limits and cached access checks are keyed by it, never by a token. */
  key: string;
  /** The pinning the URL and, for an OAuth grant, the consent page chose. */
  constraints: Constraints;
  /** False for a grant approved read-only. */
  writesGranted: boolean;
};

/**
 * Stateless Streamable HTTP: every request carries its credential and gets a fresh server, so any
 * isolate can answer any request. Served from the worker entry, ahead of Next.js, because the
 * Next.js request pipeline alone costs more than the whole overhead budget of a tool call.
 * Credentials: a token this app's OAuth server issued (`Bearer`), or a pasted Sentry token
 * (`Sentry-Bearer`, also what the chat sends from inside the worker).
 */
export async function handleMcp(request: Request, env: CloudflareEnv, ctx: ExecutionContext): Promise<Response> {
  if (request.method !== "POST") return methodNotAllowed();
  try {
    // Validate.
    const url = new URL(request.url);
    const constraints = parseConstraints(url.pathname.split("/").slice(2).filter(Boolean));
    if (!constraints) throw new AppError("not_found", "Use /mcp, /mcp/<organization> or /mcp/<organization>/<project>.");
    const origin = request.headers.get("origin");
    if (origin !== null && origin !== url.origin) throw new AppError("forbidden", "Requests from this origin are not allowed.");

    // Authenticate. The admin's settings (read fresh: a change applies to the next request) load meanwhile.
    const base = getConfig(env);
    const settingsRead = readSettings(env.KV, base);
    settingsRead.catch(() => {});
    const serve = async (caller: McpCaller) => serveMcp(request, env, ctx, caller, withSettings(base, (await settingsRead).settings), (await settingsRead).settings);
    if (sentryBearerToken(request) === null) {
      return await serveWithOAuth(request, env, ctx, {
        config: base,
        resourcePath: mcpPath(constraints),
        externalClientsAllowed: async () => (await settingsRead).settings.externalMcpClients,
        serve: ({ grant, scope, sentryToken }) => {
          ctx.waitUntil(recordConnectionUse(env.DB, grant.connectionId, grant.userId).catch(() => {}));
          return serve({
            userId: grant.userId,
            sentryToken,
            key: `grant:${grant.connectionId}`,
            // The resource is exactly this URL, and consent only narrows it.
            constraints: { organization: grant.organization ?? constraints.organization, project: grant.project ?? constraints.project },
            writesGranted: grantsWrite(scope),
          }).catch(mcpErrorResponse);
        },
      });
    }
    const identity = await authenticateSentryToken(request, env.KV, base.sentryUrl);
    return await serve({ userId: identity.userId, sentryToken: identity.token, key: identity.tokenHash, constraints, writesGranted: true });
  } catch (error) {
    return mcpErrorResponse(error);
  }
}

async function serveMcp(
  request: Request,
  env: CloudflareEnv,
  ctx: ExecutionContext,
  caller: McpCaller,
  config: AppConfig,
  settings: Settings,
): Promise<Response> {
  identifyUser(caller.userId);
  if (!(await env.MCP_RATE_LIMITER.limit({ key: caller.key })).success) {
    throw new AppError("rate_limited", "Too many MCP requests for this token. Wait a minute.", { retryAfter: 60 });
  }

  // Authorize.
  const sentry = sentryClientFor(config, env.KV, caller.sentryToken);
  await assertOrganizationAccess(env.KV, caller.key, sentry, caller.constraints);

  // Work.
  const policy = toolPolicy(config, settings);
  const { server } = createMcpServer({
    sentry,
    constraints: caller.constraints,
    toolPolicy: { ...policy, writesAllowed: policy.writesAllowed && caller.writesGranted },
    onToolCall: (toolName) => countToolCallLater(ctx, env.DB, toolName),
  });
  const transport = new WebStandardStreamableHTTPServerTransport({ sessionIdGenerator: undefined });
  await server.connect(transport);
  return await transport.handleRequest(request);
}
