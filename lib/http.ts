import { AppError } from "@/lib/errors";
import { reportError } from "@/lib/observability/report";
import { FOREIGN_HOST_MESSAGE, isOwnHost } from "@/lib/security/host-check";

/** Turns any thrown value into the JSON error response of the shared error contract. */
export function errorResponse(error: unknown): Response {
  const appError = error instanceof AppError ? error : new AppError("internal");
  reportError(error, "route");
  if (!(error instanceof AppError)) console.error(JSON.stringify({ msg: "unhandled error", error: String(error) }));
  else if (appError.status >= 500) {
    console.error(JSON.stringify({ msg: "request failed", code: appError.code, cause: String(appError.cause ?? "") }));
  }
  const headers = new Headers({ "content-type": "application/json" });
  if (appError.retryAfter !== undefined) headers.set("retry-after", String(appError.retryAfter));
  return new Response(JSON.stringify(appError.toBody()), { status: appError.status, headers });
}

/**
 * `application/json`, optionally with `charset=utf-8` (the body is decoded as UTF-8, as JSON must
 * be). Anything else is refused even when it would parse: a cross-site form can send text/plain
 * without a CORS preflight, and the Origin check should not be the only wall.
 */
const JSON_MEDIA_TYPE = /^application\/json\s*(;\s*charset\s*=\s*(utf-8|"utf-8")\s*)?$/i;

/**
 * Reads a JSON body: refused unless it is declared as JSON (415), and size-capped, so an
 * oversized request is refused before it is parsed (413).
 */
export async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  if (!JSON_MEDIA_TYPE.test(request.headers.get("content-type")?.trim() ?? "")) throw new AppError("unsupported_media_type");
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw new AppError("payload_too_large");
  const text = await request.text();
  if (new TextEncoder().encode(text).byteLength > maxBytes) throw new AppError("payload_too_large");
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("bad_request", "The request body is not valid JSON.");
  }
}

/**
 * State-changing routes accept requests to this app's own host (DNS rebinding) from its own origin
 * only (CSRF defence in depth). `appUrl` defaults to the configuration of the Next.js request.
 */
export function assertSameOrigin(request: Request, appUrl: string): void {
  if (!isOwnHost(request, appUrl)) throw new AppError("forbidden", FOREIGN_HOST_MESSAGE);
  const origin = request.headers.get("origin");
  if (origin !== null && origin !== new URL(request.url).origin) {
    throw new AppError("forbidden", "Cross-origin requests are not allowed.");
  }
}
