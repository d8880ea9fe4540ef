import { AppError } from "@/lib/errors";
import { reportError } from "@/lib/observability/report";

/** MCP clients expect JSON-RPC error bodies, and `WWW-Authenticate` on 401 (RFC 6750). */
export function mcpErrorResponse(error: unknown): Response {
  const appError = error instanceof AppError ? error : new AppError("internal");
  reportError(error, "mcp");
  if (!(error instanceof AppError)) console.error(JSON.stringify({ msg: "mcp error", error: String(error) }));
  const headers = new Headers({ "content-type": "application/json" });
  if (appError.status === 401) headers.set("www-authenticate", 'Bearer realm="sentry-chat", error="invalid_token"');
  if (appError.retryAfter !== undefined) headers.set("retry-after", String(appError.retryAfter));
  const body = { jsonrpc: "2.0", id: null, error: { code: -32001, message: appError.message, data: { code: appError.code } } };
  return new Response(JSON.stringify(body), { status: appError.status, headers });
}
