/**
 * The spans of a trace that operators read: one per MCP tool call and one per request to the
 * Sentry API, below the request's own span (the worker's `http.server` transaction). Without a
 * Sentry client they run the work and nothing else.
 */
import type { Span } from "@sentry/cloudflare";
import { activeSdk, type Sdk } from "@/lib/observability/sdk";

/** The HTTP status of the last Sentry API request made under `span`, if any. */
function lastSentryStatus(sdk: Sdk, span: Span): number | undefined {
  const statuses = sdk
    .getSpanDescendants(span)
    .map((child) => sdk.spanToJSON(child).attributes)
    .filter((attributes) => attributes["sentry.op"] === "http.client.sentry")
    .map((attributes) => attributes["http.response.status_code"]);
  const last = statuses.at(-1);
  return typeof last === "number" ? last : undefined;
}

/** A tool call's span: its name, duration, whether it failed and what Sentry answered. */
export async function traceToolCall<T extends { isError?: true }>(toolName: string, run: () => Promise<T>): Promise<T> {
  const sdk = activeSdk();
  if (!sdk) return run();
  return sdk.startSpan({ name: `tools/call ${toolName}`, op: "mcp.tool", attributes: { "mcp.tool.name": toolName } }, async (span) => {
    const result = await run();
    const failed = result.isError === true;
    span.setAttribute("mcp.tool.error", failed);
    const status = lastSentryStatus(sdk, span);
    if (status !== undefined) span.setAttribute("sentry.status_code", status);
    if (failed) span.setStatus({ code: 2, message: "tool_error" });
    return result;
  });
}

/**
 * A Sentry API request's span, named by method and path (never the query, which can hold what a
 * person searched for). The SDK's own fetch span is suppressed so each request shows once.
 */
export async function traceSentryRequest(method: string, url: URL, send: () => Promise<Response>): Promise<Response> {
  const sdk = activeSdk();
  if (!sdk) return send();
  return sdk.startSpan(
    {
      name: `${method} ${url.pathname}`,
      op: "http.client.sentry",
      attributes: { "http.request.method": method, "server.address": url.host, "url.path": url.pathname },
    },
    async (span) => {
      const response = await sdk.suppressTracing(send);
      span.setAttribute("http.response.status_code", response.status);
      if (response.status >= 400) span.setStatus({ code: 2, message: String(response.status) });
      return response;
    },
  );
}
