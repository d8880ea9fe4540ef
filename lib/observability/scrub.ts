/**
 * What leaves for Sentry: the shape of a failure (error type, stack, route, codes, timings), never
 * what people wrote or what their tools returned, nor anything that grants access. Every event,
 * transaction, span and breadcrumb passes through here before it is sent.
 */
import type { Breadcrumb, Event } from "@sentry/cloudflare";

export const FILTERED = "[Filtered]";

/** Keys whose values grant access or identify a session. */
const SECRET_KEY = /authorization|cookie|token|secret|password|passwd|api[-_.]?key|session|signature|credential|^code$|^state$|dsn/i;
/** Keys that hold what a person wrote or what a tool or model returned: dropped whole. */
const CONTENT_KEY = /(^|\.)(body|text|content|messages?|prompt|input|output|result|results|arguments|args|query|query_string|vars)$/i;
/** Request headers worth keeping: none of them carry credentials or content. */
const KEPT_HEADERS = new Set(["accept", "content-length", "content-type", "user-agent", "x-forwarded-proto"]);

/** Credentials that may appear inside a message or URL: Bearer values, Sentry and OpenAI keys. */
const SECRET_IN_TEXT = [/\b(Bearer|Basic)\s+[^\s"',;]+/gi, /\bsntr[a-z]{1,2}_[A-Za-z0-9_+/=-]+/g, /\bsk-[A-Za-z0-9_-]{8,}/g];
/** A query string can carry a search a person typed, an OAuth code or a key. */
const URL_QUERY = /(https?:\/\/[^\s?#"']*)\?[^\s#"']*/gi;
/** A share link's id is all it takes to read a public conversation. */
const SHARE_ID = /(\/shares?\/)(?!options\b)[^/?#\s"']+/g;

export function scrubText(text: string): string {
  let out = text.replace(URL_QUERY, `$1?${FILTERED}`).replace(SHARE_ID, `$1${FILTERED}`);
  for (const pattern of SECRET_IN_TEXT) {
    out = out.replace(pattern, (match) => (/^(bearer|basic)\s/i.test(match) ? `${match.split(/\s+/)[0]} ${FILTERED}` : FILTERED));
  }
  return out;
}

/** Deep copy with secret keys masked, content keys dropped and secrets in strings masked. */
export function scrubValue(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return scrubText(value);
  if (depth > 8 || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((item) => scrubValue(item, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (CONTENT_KEY.test(key)) continue;
    out[key] = SECRET_KEY.test(key) ? FILTERED : scrubValue(item, depth + 1);
  }
  return out;
}

function scrubHeaders(headers: Record<string, string> | undefined): Record<string, string> | undefined {
  if (!headers) return undefined;
  return Object.fromEntries(Object.entries(headers).filter(([name]) => KEPT_HEADERS.has(name.toLowerCase())));
}

function scrubUrl(url: string | undefined): string | undefined {
  return url === undefined ? undefined : scrubText(url.split("?")[0]);
}

export function scrubBreadcrumb(breadcrumb: Breadcrumb): Breadcrumb {
  const data = breadcrumb.data
    ? Object.fromEntries(
        Object.entries(breadcrumb.data)
          .filter(([key]) => ["method", "status_code", "url"].includes(key))
          .map(([key, value]) => [key, key === "url" && typeof value === "string" ? scrubUrl(value) : value]),
      )
    : undefined;
  // Console breadcrumbs are log lines; ours carry no content, but a library's might.
  const message = breadcrumb.category === "console" ? undefined : breadcrumb.message && scrubText(breadcrumb.message);
  return { ...breadcrumb, message, data };
}

/** Errors and transactions alike: request reduced to method, path and harmless headers; user to an id. */
export function scrubEvent<E extends Event>(event: E): E {
  const out: E = { ...event };
  if (event.request) {
    out.request = { method: event.request.method, url: scrubUrl(event.request.url), headers: scrubHeaders(event.request.headers) };
  }
  if (event.user) out.user = event.user.id === undefined ? undefined : { id: event.user.id };
  if (event.message) out.message = scrubText(event.message);
  if (event.transaction) out.transaction = scrubText(event.transaction);
  if (event.exception?.values) {
    out.exception = {
      ...event.exception,
      values: event.exception.values.map((exception) => ({
        ...exception,
        value: exception.value && scrubText(exception.value),
        stacktrace: exception.stacktrace && {
          ...exception.stacktrace,
          frames: exception.stacktrace.frames?.map(({ vars: _vars, ...frame }) => frame),
        },
      })),
    };
  }
  if (event.breadcrumbs) out.breadcrumbs = event.breadcrumbs.map(scrubBreadcrumb);
  if (event.extra) out.extra = scrubValue(event.extra) as E["extra"];
  if (event.contexts) out.contexts = scrubValue(event.contexts) as E["contexts"];
  if (event.tags) out.tags = scrubValue(event.tags) as E["tags"];
  if (event.spans) out.spans = event.spans.map((span) => ({ ...span, data: scrubValue(span.data) as typeof span.data, description: span.description && scrubText(span.description) }));
  return out;
}
