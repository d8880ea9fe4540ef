"use client";

import { useEffect } from "react";
import type { ObservabilityConfig } from "@/lib/observability/config";
import { scrubBreadcrumb, scrubEvent } from "@/lib/observability/scrub";

/**
 * Starts Sentry in the browser. Rendered only when SENTRY_DSN is set, and the SDK is a chunk of its
 * own loaded from here, so a page without a DSN never downloads it. Events go through the same
 * scrubber as the server's; the user is not sent (the server's events carry the id).
 */
export function BrowserMonitoring({ config }: { config: ObservabilityConfig }) {
  useEffect(() => {
    void import("@sentry/browser").then((Sentry) => {
      if (Sentry.getClient()) return;
      Sentry.init({
        dsn: config.dsn,
        release: config.release,
        environment: config.environment,
        tracesSampleRate: config.tracesSampleRate,
        traceLifecycle: "static",
        integrations: [Sentry.browserTracingIntegration()],
        dataCollection: { userInfo: false, cookies: false, httpHeaders: false, httpBodies: [], urlQueryParams: false },
        beforeSend: (event) => scrubEvent(event),
        beforeSendTransaction: (event) => scrubEvent(event),
        beforeBreadcrumb: (breadcrumb) => scrubBreadcrumb(breadcrumb),
      });
    });
  }, [config]);
  return null;
}
