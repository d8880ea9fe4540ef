import { createMcpHandler, isJsonContentType, readRequestBody, type RequestId } from "@modelcontextprotocol/server";
import { getConfig, type AppConfig } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { authenticateSentryToken, sentryBearerToken } from "@/lib/mcp/authenticate";
import { assertOrganizationAccess } from "@/lib/mcp/authorize";
import { parseConstraints, type Constraints } from "@/lib/mcp/constraints";
import { jsonRpcErrorResponse, mcpErrorResponse, requestIdOf } from "@/lib/mcp/errors";
import { createMcpServer } from "@/lib/mcp/server";
import { narrowToolsets, parseToolsets, type Toolset } from "@/lib/mcp/toolsets";
import { recordConnectionUse } from "@/lib/oauth/connections";
import { serveWithOAuth } from "@/lib/oauth/protected-mcp";
import { mcpPath } from "@/lib/oauth/resources";
import { grantsWrite } from "@/lib/oauth/scopes";
import { identifyUser } from "@/lib/observability/report";
import { FOREIGN_HOST_MESSAGE, isOwnHost } from "@/lib/security/host-check";
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
  return jsonRpcErrorResponse(405, -32000, "Method not allowed: this server is stateless; use POST.", null, { allow: "POST" });
}

/** Tool arguments are small: a larger body is refused before it is parsed (or anyone is authenticated). */
const MAX_BODY_BYTES = 1024 * 1024;

/** The JSON body, parsed once (its id goes on any error answered before the SDK); or the error response. */
async function readMessage(request: Request): Promise<{ body: unknown } | Response> {
  if (!isJsonContentType(request.headers.get("content-type"))) {
    return jsonRpcErrorResponse(415, -32000, "Unsupported Media Type: Content-Type must be application/json", null);
  }
  const read = await readRequestBody(request, MAX_BODY_BYTES).catch(() => null);
  if (read === null) return jsonRpcErrorResponse(400, -32700, "Parse error: the request body could not be read", null);
  if (read.tooLarge) return jsonRpcErrorResponse(413, -32000, `Payload Too Large: the body exceeds ${MAX_BODY_BYTES} bytes`, null);
  try {
    return { body: JSON.parse(read.text) };
  } catch {
    return jsonRpcErrorResponse(400, -32700, "Parse error: the request body is not valid JSON", null);
  }
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
  /** The tool groups the URL and, for an OAuth grant, the consent page chose; null: all. */
  toolsets: ReadonlySet<Toolset> | null;
};

/**
 * Stateless Streamable HTTP, MCP 2026-07-28 and the 2025 revisions (2025-11-25, 2025-06-18,
 * 2025-03-26) alike: every request carries its credential and gets a fresh server, so any
 * isolate can answer any request. Served from the worker entry, ahead of Next.js, because the
 * Next.js request pipeline alone costs more than the whole overhead budget of a tool call.
 * Credentials: a token this app's OAuth server issued (`Bearer`), or a pasted Sentry token
 * (`Sentry-Bearer`, also what the chat sends from inside the worker). Only requests to the app's
 * own host are served (DNS rebinding), and every error answer carries the request's id.
 */
export async function handleMcp(request: Request, env: CloudflareEnv, ctx: ExecutionContext): Promise<Response> {
  if (request.method !== "POST") return methodNotAllowed();
  let id: RequestId | null = null;
  try {
    // Validate.
    const message = await readMessage(request);
    if (message instanceof Response) return message;
    id = requestIdOf(message.body);
    const base = getConfig(env);
    if (!isOwnHost(request, base.appUrl)) throw new AppError("forbidden", FOREIGN_HOST_MESSAGE);
    const url = new URL(request.url);
    const constraints = parseConstraints(url.pathname.split("/").slice(2).filter(Boolean));
    if (!constraints) throw new AppError("not_found", "Use /mcp, /mcp/<organization> or /mcp/<organization>/<project>.");
    const toolsets = parseToolsets(url.searchParams.get("toolsets"));
    const origin = request.headers.get("origin");
    if (origin !== null && origin !== url.origin) throw new AppError("forbidden", "Requests from this origin are not allowed.");

    // Authenticate. The admin's settings (read fresh: a change applies to the next request) load meanwhile.
    const settingsRead = readSettings(env.KV, base);
    settingsRead.catch(() => {});
    const serve = async (caller: McpCaller) =>
      serveMcp(request, message.body, env, ctx, caller, withSettings(base, (await settingsRead).settings), (await settingsRead).settings);
    if (sentryBearerToken(request) === null) {
      const requestId = id;
      // The body is read already; the OAuth library looks at the headers only.
      return await serveWithOAuth(new Request(request.url, { method: request.method, headers: request.headers }), env, ctx, {
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
            toolsets: narrowToolsets(toolsets, grant.toolsets ? new Set(grant.toolsets) : null),
          }).catch((error: unknown) => mcpErrorResponse(error, requestId));
        },
      });
    }
    const identity = await authenticateSentryToken(request, env.KV, base.sentryUrl);
    return await serve({ userId: identity.userId, sentryToken: identity.token, key: identity.tokenHash, constraints, writesGranted: true, toolsets });
  } catch (error) {
    return mcpErrorResponse(error, id);
  }
}

async function serveMcp(
  request: Request,
  body: unknown,
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

  // Work: the SDK (v2) tells the protocol eras apart, validates the 2026-07-28 headers against the
  // body, and serves either era from the same server.
  const policy = toolPolicy(config, settings);
  const mcp = createMcpHandler(() =>
    createMcpServer({
      sentry,
      constraints: caller.constraints,
      toolPolicy: { ...policy, writesAllowed: policy.writesAllowed && caller.writesGranted },
      toolsets: caller.toolsets,
      listChanged: false,
      onToolCall: (toolName) => countToolCallLater(ctx, env.DB, toolName),
    }).server,
  );
  return await mcp.fetch(request, { parsedBody: body });
}
