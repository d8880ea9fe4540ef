/**
 * The one error contract shared by server and client: a code, mapped to an HTTP status and a
 * message a person can act on. Classify by `code`, never by matching message text.
 */
export const ERROR_CODES = {
  bad_request: { status: 400, message: "The request was not valid." },
  unauthorized: { status: 401, message: "Please sign in to continue." },
  reauth_required: { status: 401, message: "Your Sentry session has ended. Sign in again to continue." },
  forbidden: { status: 403, message: "You do not have access to this." },
  not_found: { status: 404, message: "Not found." },
  method_not_allowed: { status: 405, message: "This address does not accept that method." },
  conflict: { status: 409, message: "Someone else changed this in the meantime. Reload and try again." },
  // After conflict: a bare 409 without our body reads as conflict.
  reply_in_progress: {
    status: 409,
    message: "A reply is still being written in this conversation. Wait for it to finish, or stop it.",
  },
  payload_too_large: { status: 413, message: "The request is too large." },
  unsupported_media_type: { status: 415, message: "Send the request body as JSON, with Content-Type: application/json." },
  rate_limited: { status: 429, message: "Too many requests. Try again shortly." },
  // After rate_limited: a bare 429 without our body reads as rate_limited.
  quota_exceeded: { status: 429, message: "You have used today's messages. The quota resets at midnight UTC." },
  upstream_unavailable: { status: 502, message: "A service we depend on is unavailable. Try again shortly." },
  internal: { status: 500, message: "Something went wrong on our side." },
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export type ErrorBody = { error: { code: ErrorCode; message: string; retryAfter?: number } };

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly retryAfter?: number;

  constructor(code: ErrorCode, message?: string, options?: { retryAfter?: number; cause?: unknown }) {
    super(message ?? ERROR_CODES[code].message, { cause: options?.cause });
    this.name = "AppError";
    this.code = code;
    this.retryAfter = options?.retryAfter;
  }

  get status(): number {
    return ERROR_CODES[this.code].status;
  }

  toBody(): ErrorBody {
    return {
      error: {
        code: this.code,
        message: this.message,
        ...(this.retryAfter === undefined ? {} : { retryAfter: this.retryAfter }),
      },
    };
  }
}

function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === "string" && Object.hasOwn(ERROR_CODES, value);
}

/** Reads an error body produced by `errorResponse`; anything else becomes `internal`. */
export function parseErrorBody(body: unknown, fallbackStatus?: number): AppError {
  const error = (body as { error?: { code?: unknown; message?: unknown; retryAfter?: unknown } } | null)?.error;
  if (error && isErrorCode(error.code)) {
    return new AppError(error.code, typeof error.message === "string" ? error.message : undefined, {
      retryAfter: typeof error.retryAfter === "number" ? error.retryAfter : undefined,
    });
  }
  const byStatus = Object.entries(ERROR_CODES).find(([, v]) => v.status === fallbackStatus)?.[0];
  return new AppError(isErrorCode(byStatus) ? byStatus : "internal");
}
