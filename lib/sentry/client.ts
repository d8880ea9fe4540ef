import type { z } from "zod";
import { AppError } from "@/lib/errors";
import { traceSentryRequest } from "@/lib/observability/spans";
import { parseNextCursor } from "@/lib/sentry/pagination";

/** Sentry answers slowly at times; a tool call should fail clearly rather than hang the chat. */
const TIMEOUT_MS = 10_000;

type Query = Record<string, string | number | boolean | string[] | undefined | null>;

export type RequestOptions = {
  query?: Query;
  body?: unknown;
  /** The scope this call needs, named in the error when Sentry answers 403. */
  scope?: string;
  /** Base URL for the call, e.g. an organization's region; defaults to the client's. */
  baseUrl?: string;
};

export type Page<T> = { items: T[]; nextCursor: string | null };

/** Where organizations live does not depend on who asks: a cache shared across requests saves a call each time. */
export type RegionCache = {
  get(organization: string): Promise<string | null>;
  put(organization: string, regionUrl: string): Promise<void>;
};

export type SentryClient = {
  /** The Sentry host, e.g. https://sentry.io or a self-hosted URL. */
  readonly baseUrl: string;
  request<S extends z.ZodType>(method: string, path: string, schema: S, options?: RequestOptions): Promise<z.infer<S>>;
  list<S extends z.ZodType>(path: string, itemSchema: S, options?: RequestOptions): Promise<Page<z.infer<S>>>;
  /**
   * The base URL for an organization's API calls (its `links.regionUrl`), looked up once per client.
   * Every organization-scoped call goes through it, so it is also where the allowlist is enforced.
   */
  regionOf(organization: string): Promise<string>;
  /** Whether this deployment may be used with the organization (the policy the client was created with). */
  allows(organization: string): boolean;
};

function failure(response: Response, path: string, scope: string | undefined): AppError {
  switch (response.status) {
    case 401:
      return new AppError("unauthorized", "Sentry did not accept the token (it may have expired or been revoked).");
    case 403:
      return new AppError(
        "forbidden",
        scope
          ? `Sentry refused ${path}: the token lacks the \`${scope}\` scope or access to this organization or project.`
          : `Sentry refused ${path}: the token has no access to it.`,
      );
    case 404:
      return new AppError("not_found", `Sentry found nothing at ${path}. Check the organization, project or id.`);
    case 429: {
      const retryAfter = Math.ceil(Number(response.headers.get("retry-after") ?? "")) || undefined;
      return new AppError(
        "rate_limited",
        `Sentry rate-limited the request${retryAfter ? `; retry after ${retryAfter} s` : ""}.`,
        { retryAfter },
      );
    }
    default:
      if (response.status >= 400 && response.status < 500) {
        return new AppError("bad_request", `Sentry rejected the request to ${path} (${response.status}).`);
      }
      return new AppError("upstream_unavailable", `Sentry answered ${response.status} for ${path}. Try again shortly.`);
  }
}

function withQuery(url: URL, query: Query | undefined): URL {
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === "") continue;
    for (const item of Array.isArray(value) ? value : [value]) url.searchParams.append(key, String(item));
  }
  return url;
}

export function createSentryClient(options: {
  baseUrl: string;
  token: string;
  fetch?: typeof fetch;
  regionCache?: RegionCache;
  /**
   * Whether this deployment may be used with an organization (every one when left out). A function,
   * so the client needs to know nothing of where the deployment keeps its allowlist.
   */
  allowsOrganization?: (organization: string) => boolean;
}): SentryClient {
  const doFetch = options.fetch ?? fetch;
  const regions = new Map<string, Promise<string>>();

  async function send(method: string, path: string, request: RequestOptions = {}) {
    const url = withQuery(new URL(path, request.baseUrl ?? options.baseUrl), request.query);
    let response: Response;
    try {
      response = await traceSentryRequest(method, url, () =>
        doFetch(url, {
          method,
          headers: {
            authorization: `Bearer ${options.token}`,
            accept: "application/json",
            ...(request.body === undefined ? {} : { "content-type": "application/json" }),
          },
          body: request.body === undefined ? undefined : JSON.stringify(request.body),
          signal: AbortSignal.timeout(TIMEOUT_MS),
        }),
      );
    } catch (cause) {
      const timedOut = cause instanceof DOMException && cause.name === "TimeoutError";
      throw new AppError(
        "upstream_unavailable",
        timedOut ? `Sentry did not answer ${path} within ${TIMEOUT_MS / 1000} s. Try again shortly.` : "Sentry could not be reached.",
        { cause },
      );
    }
    if (!response.ok) throw failure(response, path, request.scope);
    return response;
  }

  async function parse<S extends z.ZodType>(response: Response, schema: S, path: string): Promise<z.infer<S>> {
    const body = response.status === 204 ? null : await response.json().catch(() => undefined);
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      throw new AppError("upstream_unavailable", `Sentry's answer for ${path} had an unexpected shape.`, { cause: parsed.error });
    }
    return parsed.data;
  }

  async function lookUpRegion(organization: string): Promise<string> {
    const cached = await options.regionCache?.get(organization);
    if (cached) return cached;
    const response = await send("GET", `/api/0/organizations/${encodeURIComponent(organization)}/`, { scope: "org:read" });
    const body = (await response.json()) as { links?: { regionUrl?: unknown } };
    const regionUrl = typeof body.links?.regionUrl === "string" ? body.links.regionUrl : options.baseUrl;
    await options.regionCache?.put(organization, regionUrl);
    return regionUrl;
  }

  const client: SentryClient = {
    baseUrl: options.baseUrl,
    async request(method, path, schema, request) {
      return parse(await send(method, path, request), schema, path);
    },
    async list(path, itemSchema, request) {
      const response = await send("GET", path, request);
      const items = (await parse(response, itemSchema.array(), path)) as z.infer<typeof itemSchema>[];
      return { items, nextCursor: parseNextCursor(response.headers.get("link")) };
    },
    allows: options.allowsOrganization ?? (() => true),
    regionOf(organization) {
      if (!client.allows(organization)) {
        return Promise.reject(
          new AppError("forbidden", `The organization "${organization}" is not available in this Sentry Chat (the administrator allows other organizations).`),
        );
      }
      let region = regions.get(organization);
      if (!region) {
        region = lookUpRegion(organization);
        region.catch(() => regions.delete(organization));
        regions.set(organization, region);
      }
      return region;
    },
  };
  return client;
}
