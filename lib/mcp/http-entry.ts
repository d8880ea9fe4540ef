import { WebStandardStreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js";
import { getConfig } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { authenticateMcpRequest } from "@/lib/mcp/authenticate";
import { assertOrganizationAccess } from "@/lib/mcp/authorize";
import { parseConstraints } from "@/lib/mcp/constraints";
import { mcpErrorResponse } from "@/lib/mcp/errors";
import { createMcpServer } from "@/lib/mcp/server";
import { identifyUser } from "@/lib/observability/report";
import { sentryClientFor } from "@/lib/sentry/for-deployment";
import { withSettings } from "@/lib/settings/effective";
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

/**
 * Stateless Streamable HTTP: every request carries its Sentry token and gets a fresh server, so any
 * isolate can answer any request. Served from the worker entry, ahead of Next.js, because the
 * Next.js request pipeline alone costs more than the whole overhead budget of a tool call.
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

    // Authenticate.
    const base = getConfig(env);
    // The admin's settings (read fresh: a change applies to the next request) load meanwhile.
    const [identity, { settings }] = await Promise.all([authenticateMcpRequest(request, env.KV, base.sentryUrl), readSettings(env.KV, base)]);
    const config = withSettings(base, settings);
    identifyUser(identity.userId);
    if (!(await env.MCP_RATE_LIMITER.limit({ key: identity.tokenHash })).success) {
      throw new AppError("rate_limited", "Too many MCP requests for this token. Wait a minute.", { retryAfter: 60 });
    }

    // Authorize.
    const sentry = sentryClientFor(config, env.KV, identity.token);
    await assertOrganizationAccess(env.KV, identity.tokenHash, sentry, constraints);

    // Work.
    const { server } = createMcpServer({
      sentry,
      constraints,
      toolPolicy: toolPolicy(config, settings),
      onToolCall: (toolName) => countToolCallLater(ctx, env.DB, toolName),
    });
    const transport = new WebStandardStreamableHTTPServerTransport({ sessionIdGenerator: undefined });
    await server.connect(transport);
    return await transport.handleRequest(request);
  } catch (error) {
    return mcpErrorResponse(error);
  }
}
