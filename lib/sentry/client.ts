import { AppError } from "@/lib/errors";

/** Sentry answers slowly at times; a tool call should fail clearly rather than hang the chat. */
const TIMEOUT_MS = 10_000;

export type SentryClient = {
  /** The Sentry web/API host, e.g. https://sentry.io or a self-hosted URL. */
  baseUrl: string;
  get<T>(path: string, parse: (body: unknown) => T): Promise<T>;
};

function failure(response: Response, path: string): AppError {
  switch (response.status) {
    case 401:
      return new AppError("unauthorized", "Sentry did not accept the token (it may have expired or been revoked).");
    case 403:
      return new AppError("forbidden", `Sentry refused access to ${path}: the token lacks the permission for it.`);
    case 404:
      return new AppError("not_found", `Sentry has no resource at ${path}.`);
    case 429: {
      const retryAfter = Number(response.headers.get("retry-after") ?? "") || undefined;
      return new AppError(
        "rate_limited",
        `Sentry rate-limited the request${retryAfter ? `; retry after ${retryAfter} s` : ""}.`,
        { retryAfter },
      );
    }
    default:
      return new AppError("upstream_unavailable", `Sentry answered ${response.status} for ${path}.`);
  }
}

export function createSentryClient(options: { baseUrl: string; token: string; fetch?: typeof fetch }): SentryClient {
  const doFetch = options.fetch ?? fetch;
  return {
    baseUrl: options.baseUrl,
    async get(path, parse) {
      let response: Response;
      try {
        response = await doFetch(`${options.baseUrl}${path}`, {
          headers: { authorization: `Bearer ${options.token}`, accept: "application/json" },
          signal: AbortSignal.timeout(TIMEOUT_MS),
        });
      } catch (cause) {
        const timedOut = cause instanceof DOMException && cause.name === "TimeoutError";
        throw new AppError(
          "upstream_unavailable",
          timedOut ? `Sentry did not answer ${path} within ${TIMEOUT_MS / 1000} s.` : `Sentry could not be reached.`,
          { cause },
        );
      }
      if (!response.ok) throw failure(response, path);
      return parse(await response.json());
    },
  };
}
