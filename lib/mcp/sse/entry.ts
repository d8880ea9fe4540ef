import { getConfig } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { authenticateSentryToken } from "@/lib/mcp/authenticate";
import { mcpErrorResponse } from "@/lib/mcp/errors";
import { SESSION_TOKEN_HASH_HEADER, SESSION_TOKEN_HEADER, SESSION_USER_HEADER } from "@/lib/mcp/sse/session-object";
import { identifyUser } from "@/lib/observability/report";
import { FOREIGN_HOST_MESSAGE, isOwnHost } from "@/lib/security/host-check";
import { withTraceHeaders } from "@/lib/observability/trace-headers";

export const SSE_PATH = "/sse";
export const SSE_MESSAGE_PATH = "/sse/message";

/**
 * The legacy HTTP+SSE transport (deprecated by MCP; kept for clients that speak nothing newer), served from the worker entry rather than a Next route handler:
 * only there does a client's disconnect reach the stream. GET /sse opens a session held by a
 * Durable Object; POST /sse/message?sessionId=… delivers a message to it.
 */
export async function handleSse(request: Request, env: CloudflareEnv): Promise<Response> {
  try {
    // Validate.
    const url = new URL(request.url);
    const opening = url.pathname === SSE_PATH;
    if (opening ? request.method !== "GET" : request.method !== "POST") {
      return new Response(null, { status: 405, headers: { allow: opening ? "GET" : "POST" } });
    }
    const config = getConfig(env);
    if (!isOwnHost(request, config.appUrl)) throw new AppError("forbidden", FOREIGN_HOST_MESSAGE);
    const origin = request.headers.get("origin");
    if (origin !== null && origin !== url.origin) throw new AppError("forbidden", "Requests from this origin are not allowed.");
    let sessionId: DurableObjectId | null = null;
    if (!opening) {
      try {
        sessionId = env.MCP_SSE_SESSION.idFromString(url.searchParams.get("sessionId") ?? "");
      } catch {
        throw new AppError("not_found", "Unknown session: open one with GET /sse.");
      }
    }

    // Authenticate (authorization per session happens inside the session object).
    const identity = await authenticateSentryToken(request, env.KV, config.sentryUrl);
    identifyUser(identity.userId);
    if (!(await env.MCP_RATE_LIMITER.limit({ key: identity.tokenHash })).success) {
      throw new AppError("rate_limited", "Too many MCP requests for this token. Wait a minute.", { retryAfter: 60 });
    }

    // Work.
    const session = env.MCP_SSE_SESSION.get(sessionId ?? env.MCP_SSE_SESSION.newUniqueId());
    const headers = new Headers({ [SESSION_TOKEN_HASH_HEADER]: identity.tokenHash, "content-type": "application/json" });
    if (opening) headers.set(SESSION_TOKEN_HEADER, identity.token);
    if (opening) headers.set(SESSION_USER_HEADER, identity.userId);
    // The session's own transaction (with SENTRY_DSN set) joins this request's trace.
    return await session.fetch(new Request(url, withTraceHeaders({ method: request.method, headers, body: opening ? null : request.body })));
  } catch (error) {
    return mcpErrorResponse(error);
  }
}
