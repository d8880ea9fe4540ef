import type { Instrumentation } from "next";
import { reportError } from "@/lib/observability/report";

/**
 * Errors Next.js catches itself while rendering pages and server components (route handlers
 * answer their own errors through errorResponse). Reported only when SENTRY_DSN is set, through
 * the SDK the worker entry started for the request.
 */
export const onRequestError: Instrumentation.onRequestError = (error) => {
  reportError(error, "render");
};
