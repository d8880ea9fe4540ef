import type { RequestId } from "@modelcontextprotocol/server";
import { AppError } from "@/lib/errors";
import { reportError } from "@/lib/observability/report";

/** A JSON-RPC error answer: the request's id when it had one (null only when no id could be read). */
export function jsonRpcErrorResponse(status: number, code: number, message: string, id: RequestId | null, headers?: HeadersInit): Response {
  return Response.json({ jsonrpc: "2.0", id, error: { code, message } }, { status, headers });
}

/** The id of a JSON-RPC request body, or null (a notification, a batch, not a request at all). */
export function requestIdOf(body: unknown): RequestId | null {
  if (body === null || typeof body !== "object" || Array.isArray(body)) return null;
  const { method, id } = body as { method?: unknown; id?: unknown };
  if (typeof method !== "string") return null;
  return typeof id === "string" || typeof id === "number" ? id : null;
}

/** MCP clients expect JSON-RPC error bodies, carrying the request's id, and `WWW-Authenticate` on 401 (RFC 6750). */
export function mcpErrorResponse(error: unknown, id: RequestId | null = null): Response {
  const appError = error instanceof AppError ? error : new AppError("internal");
  reportError(error, "mcp");
  if (!(error instanceof AppError)) console.error(JSON.stringify({ msg: "mcp error", error: String(error) }));
  const headers = new Headers({ "content-type": "application/json" });
  if (appError.status === 401) headers.set("www-authenticate", 'Bearer realm="sentry-chat", error="invalid_token"');
  if (appError.retryAfter !== undefined) headers.set("retry-after", String(appError.retryAfter));
  const body = { jsonrpc: "2.0", id, error: { code: -32001, message: appError.message, data: { code: appError.code } } };
  return new Response(JSON.stringify(body), { status: appError.status, headers });
}
