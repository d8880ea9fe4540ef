import { WebStandardStreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js";
import { getConfig, getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { authenticateMcpRequest } from "@/lib/mcp/authenticate";
import { mcpErrorResponse } from "@/lib/mcp/errors";
import { createMcpServer } from "@/lib/mcp/server";
import { createSentryClient } from "@/lib/sentry/client";

/** Stateless Streamable HTTP: every request carries its token and gets a fresh server. */
async function handle(request: Request): Promise<Response> {
  try {
    const origin = request.headers.get("origin");
    if (origin !== null && origin !== new URL(request.url).origin) {
      throw new AppError("forbidden", "Requests from this origin are not allowed.");
    }
    const env = getEnv();
    const config = getConfig(env);
    const identity = await authenticateMcpRequest(request, env.KV, config.sentryUrl);
    const { success } = await env.MCP_RATE_LIMITER.limit({ key: identity.tokenHash });
    if (!success) throw new AppError("rate_limited", "Too many MCP requests for this token.", { retryAfter: 60 });

    const server = createMcpServer({
      sentry: createSentryClient({ baseUrl: config.sentryUrl, token: identity.token }),
    });
    const transport = new WebStandardStreamableHTTPServerTransport({ sessionIdGenerator: undefined });
    await server.connect(transport);
    return await transport.handleRequest(request);
  } catch (error) {
    return mcpErrorResponse(error);
  }
}

export { handle as GET, handle as POST, handle as DELETE };
