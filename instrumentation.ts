import type { Instrumentation } from "next";
import { reportError } from "@/lib/observability/report";

/**
 * Errors Next.js catches itself while rendering pages and server components (route handlers
 * answer their own errors through errorResponse). Reported only when SENTRY_DSN is set, through
 * the SDK the worker entry started for the request, with the route's pattern (never its ids) and
 * the digest app/error.tsx shows the person as a reference.
 */
export const onRequestError: Instrumentation.onRequestError = (error, _request, context) => {
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : undefined;
  reportError(error, "render", { route: context.routePath, ...(digest ? { digest } : {}) });
};
