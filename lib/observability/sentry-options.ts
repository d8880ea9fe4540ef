/**
 * The worker's Sentry SDK settings. Transactions, not streamed spans (`traceLifecycle: "static"`):
 * every Sentry, self-hosted ones included, ingests them. Nothing is collected that the scrubber
 * would have to catch later: no headers, cookies, bodies or query strings, no automatic user.
 */
import { withStaticSpan, type CloudflareOptions } from "@sentry/cloudflare";
import type { ObservabilityConfig } from "@/lib/observability/config";
import { scrubBreadcrumb, scrubEvent, scrubText, scrubValue } from "@/lib/observability/scrub";

export function sentryOptions(config: ObservabilityConfig): CloudflareOptions {
  return {
    dsn: config.dsn,
    release: config.release,
    environment: config.environment,
    tracesSampleRate: config.tracesSampleRate,
    traceLifecycle: "static",
    dataCollection: {
      userInfo: false,
      cookies: false,
      httpHeaders: false,
      httpBodies: [],
      urlQueryParams: false,
      genAI: { inputs: false, outputs: false },
      databaseQueryData: false,
      stackFrameVariables: false,
    },
    beforeSend: (event) => scrubEvent(event),
    beforeSendTransaction: (event) => scrubEvent(event),
    beforeBreadcrumb: (breadcrumb) => scrubBreadcrumb(breadcrumb),
    beforeSendSpan: withStaticSpan((span) => ({
      ...span,
      description: span.description && scrubText(span.description),
      data: scrubValue(span.data) as typeof span.data,
    })),
  };
}
