/**
 * Wraps the worker's fetch handler: Sentry error monitoring and tracing when SENTRY_DSN is set
 * (decided per request from the environment; without it the SDK is never initialised), and one
 * JSON log line per chat and MCP request, whatever the DSN, for Workers Logs and `wrangler tail`.
 */
import * as Sentry from "@sentry/cloudflare";
import type { CloudflareOptions } from "@sentry/cloudflare";
import { read } from "@/lib/env";
import { readObservabilityConfig } from "@/lib/observability/config";
import { recordStore, type RequestRecord } from "@/lib/observability/request-record";
import { registerSdk } from "@/lib/observability/sdk";
import { sentryOptions } from "@/lib/observability/sentry-options";

type FetchHandler = ExportedHandlerFetchHandler<CloudflareEnv>;

registerSdk(Sentry);

/** The routes that get a log line; everything else is pages, assets and auth. */
function loggedRoute(pathname: string): string | null {
  if (pathname === "/api/chat") return "/api/chat";
  if (pathname === "/mcp" || pathname.startsWith("/mcp/")) return "/mcp";
  if (pathname === "/sse" || pathname.startsWith("/sse/")) return "/sse";
  return null;
}

function logLine(record: RequestRecord, status: number, startedAt: number): void {
  console.log(
    JSON.stringify({
      msg: "request",
      route: record.route,
      userId: record.userId,
      status,
      durationMs: Math.round(performance.now() - startedAt),
      tools: record.tools,
      errorCode: record.errorCode,
    }),
  );
}

/** The line is written when the response body ends: a chat's duration is its whole stream. */
function logWhenDone(response: Response, record: RequestRecord, startedAt: number): Response {
  if (!response.body) {
    logLine(record, response.status, startedAt);
    return response;
  }
  const done = new TransformStream<Uint8Array, Uint8Array>({ flush: () => logLine(record, response.status, startedAt) });
  return new Response(response.body.pipeThrough(done), response);
}

/** The SDK's settings for a worker's environment; undefined (no SDK) without SENTRY_DSN. */
export function monitoringOptions(env: CloudflareEnv): CloudflareOptions | undefined {
  const config = readObservabilityConfig((name) => read(env, name));
  return config ? sentryOptions(config) : undefined;
}

export function isMonitored(env: CloudflareEnv): boolean {
  return read(env, "SENTRY_DSN") !== undefined;
}

export function withObservability(handler: { fetch: FetchHandler }): { fetch: FetchHandler } {
  const monitored = Sentry.withSentry(monitoringOptions, { fetch: handler.fetch } satisfies ExportedHandler<CloudflareEnv>);

  return {
    async fetch(request, env, ctx) {
      const run = isMonitored(env) ? monitored.fetch! : handler.fetch;
      const route = loggedRoute(new URL(request.url).pathname);
      if (!route) return run(request, env, ctx);
      const record: RequestRecord = { route, userId: null, tools: [], errorCode: null, ended: null };
      const startedAt = performance.now();
      const response = await recordStore().run(record, () => run(request, env, ctx));
      if (!record.ended) return logWhenDone(response, record, startedAt);
      ctx.waitUntil(record.ended.catch(() => {}).then(() => logLine(record, response.status, startedAt)));
      return response;
    },
  };
}
