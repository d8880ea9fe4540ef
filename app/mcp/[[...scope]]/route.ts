import { WebStandardStreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js";
import { getConfig, getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { authenticateMcpRequest } from "@/lib/mcp/authenticate";
import { assertOrganizationAccess } from "@/lib/mcp/authorize";
import { parseConstraints } from "@/lib/mcp/constraints";
import { mcpErrorResponse } from "@/lib/mcp/errors";
import { createMcpServer } from "@/lib/mcp/server";
import { createSentryClient } from "@/lib/sentry/client";

type Params = { params: Promise<{ scope?: string[] }> };

/**
 * `/mcp`, `/mcp/:org`, `/mcp/:org/:project`: stateless Streamable HTTP. Every request carries its
 * Sentry token and gets a fresh server, so any isolate can answer any request.
 */
export async function POST(request: Request, { params }: Params): Promise<Response> {
  try {
    // Validate.
    const constraints = parseConstraints((await params).scope);
    if (!constraints) throw new AppError("not_found", "Use /mcp, /mcp/<organization> or /mcp/<organization>/<project>.");
    const origin = request.headers.get("origin");
    if (origin !== null && origin !== new URL(request.url).origin) {
      throw new AppError("forbidden", "Requests from this origin are not allowed.");
    }

    // Authenticate.
    const env = getEnv();
    const config = getConfig(env);
    const identity = await authenticateMcpRequest(request, env.KV, config.sentryUrl);
    if (!(await env.MCP_RATE_LIMITER.limit({ key: identity.tokenHash })).success) {
      throw new AppError("rate_limited", "Too many MCP requests for this token. Wait a minute.", { retryAfter: 60 });
    }

    // Authorize.
    const sentry = createSentryClient({ baseUrl: config.sentryUrl, token: identity.token });
    await assertOrganizationAccess(env.KV, identity.tokenHash, sentry, constraints);

    // Work.
    const server = createMcpServer({ sentry, constraints });
    const transport = new WebStandardStreamableHTTPServerTransport({ sessionIdGenerator: undefined });
    await server.connect(transport);
    return await transport.handleRequest(request);
  } catch (error) {
    return mcpErrorResponse(error);
  }
}

/** A stateless server offers no standalone stream (GET) and no session to end (DELETE). */
function methodNotAllowed(): Response {
  return new Response(
    JSON.stringify({ jsonrpc: "2.0", id: null, error: { code: -32000, message: "Method not allowed: this server is stateless; use POST." } }),
    { status: 405, headers: { allow: "POST", "content-type": "application/json" } },
  );
}

export { methodNotAllowed as GET, methodNotAllowed as DELETE };
