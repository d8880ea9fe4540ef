import { DurableObject } from "cloudflare:workers";
import { createMcpServer, type SentryMcpServer } from "@/lib/mcp/server";
import { SseServerTransport } from "@/lib/mcp/sse/transport";
import { withDurableObjectObservability } from "@/lib/observability/durable-object";
import { identifyUser } from "@/lib/observability/report";
import { sentryClientFor } from "@/lib/sentry/for-deployment";
import { loadEffectiveConfig } from "@/lib/settings/effective";
import { toolPolicy } from "@/lib/settings/tool-policy";
import { countToolCallLater } from "@/lib/usage/tool-calls";

/** Keeps proxies and the runtime from closing an idle stream. */
const PING_INTERVAL_MS = 25_000;
export const SESSION_TOKEN_HEADER = "x-mcp-session-token";
export const SESSION_TOKEN_HASH_HEADER = "x-mcp-session-token-hash";
export const SESSION_USER_HEADER = "x-mcp-session-user";

/**
 * One legacy SSE session: holds the open stream and the MCP server between the client's POSTs.
 * The worker entry authenticates every request before it reaches this object; the object checks
 * that each POST comes with the same token that opened the session. A POST is answered once the
 * message it brought has been handled, so with SENTRY_DSN set its transaction holds the tool call.
 */
class SseSession extends DurableObject<CloudflareEnv> {
  private transport: SseServerTransport | null = null;
  private server: SentryMcpServer | null = null;
  private tokenHash: string | null = null;
  private userId: string | null = null;
  private pinger: ReturnType<typeof setInterval> | null = null;

  async fetch(request: Request): Promise<Response> {
    return request.method === "GET" ? this.open(request) : this.message(request);
  }

  private async open(request: Request): Promise<Response> {
    const token = request.headers.get(SESSION_TOKEN_HEADER);
    if (!token || this.transport) return new Response("Cannot open this session.", { status: 409 });
    this.tokenHash = request.headers.get(SESSION_TOKEN_HASH_HEADER);
    this.userId = request.headers.get(SESSION_USER_HEADER);

    const { readable, writable } = new TransformStream<Uint8Array, Uint8Array>();
    const sessionId = this.ctx.id.toString();
    const transport = new SseServerTransport(writable.getWriter(), sessionId);
    transport.onclose = () => this.end();
    const { config, settings } = await loadEffectiveConfig(this.env);
    const sentry = sentryClientFor(config, this.env.KV, token);
    const server = createMcpServer({
      sentry,
      constraints: {},
      toolPolicy: toolPolicy(config, settings),
      listChanged: true,
      onToolCall: (toolName) => countToolCallLater(this.ctx, this.env.DB, toolName),
    });
    await server.server.connect(transport);
    this.transport = transport;
    this.server = server;
    void transport.announce(`/sse/message?sessionId=${sessionId}`);
    this.pinger = setInterval(() => void transport.ping().catch(() => {}), PING_INTERVAL_MS);
    return new Response(readable, {
      headers: { "content-type": "text/event-stream", "cache-control": "no-cache, no-transform", connection: "keep-alive" },
    });
  }

  private async message(request: Request): Promise<Response> {
    if (!this.transport || this.transport.isClosed) return jsonError(404, "This session has ended; open a new one with GET /sse.");
    if (request.headers.get(SESSION_TOKEN_HASH_HEADER) !== this.tokenHash) {
      return jsonError(403, "This session belongs to another token.");
    }
    if (this.userId) identifyUser(this.userId);
    // The session outlives the admin's changes: a tool turned off since it opened is refused from now on.
    const { config, settings } = await loadEffectiveConfig(this.env);
    this.server?.applyToolPolicy(toolPolicy(config, settings));
    const body = await request.json().catch(() => undefined);
    const answered = this.transport.receive(body);
    if (!answered) return jsonError(400, "The body is not a JSON-RPC message.");
    await answered;
    return new Response("Accepted", { status: 202 });
  }

  private end() {
    if (this.pinger) clearInterval(this.pinger);
    this.pinger = null;
    void this.server?.server.close();
    this.server = null;
    this.transport = null;
  }
}

export const McpSseSession = withDurableObjectObservability(SseSession);

function jsonError(status: number, message: string): Response {
  return Response.json({ jsonrpc: "2.0", id: null, error: { code: -32000, message } }, { status });
}
