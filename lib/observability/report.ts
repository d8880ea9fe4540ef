/**
 * Which failures reach Sentry. Expected outcomes (bad input, no session, no access, not found,
 * rate limits: the 4xx codes) are answered and logged but not reported, or they would bury the
 * real problems; unexpected errors and failures of the services we depend on (5xx codes) are.
 */
import { AppError, type ErrorCode } from "@/lib/errors";
import { currentRecord, noteErrorCode } from "@/lib/observability/request-record";
import { activeSdk } from "@/lib/observability/sdk";

export function isReportable(error: unknown): boolean {
  return !(error instanceof AppError) || error.status >= 500;
}

export function errorCodeOf(error: unknown): ErrorCode {
  return error instanceof AppError ? error.code : "internal";
}

/**
 * Notes the error on the request's log line and, if it is reportable, sends it to Sentry, tagged
 * with where it happened (and `tags`, which must hold no ids or content).
 */
export function reportError(error: unknown, where: string, tags: Record<string, string> = {}): void {
  noteErrorCode(errorCodeOf(error));
  if (!isReportable(error)) return;
  activeSdk()?.captureException(error, { tags: { ...tags, "error.code": errorCodeOf(error), where } });
}

/** People are known to Sentry and to the logs by their id only. */
export function identifyUser(id: string): void {
  const record = currentRecord();
  if (record) record.userId = id;
  activeSdk()?.setUser({ id });
}
