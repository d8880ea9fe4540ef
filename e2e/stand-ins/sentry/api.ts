// The `/api/0/...` pipeline: route → authenticate → organization/project checks → handler →
// Sentry-isms on the way out (own URL in `links.regionUrl`, `Link` pagination header).
import { detail, isRecord } from "./http.ts";
import type { Incoming, Reply } from "./http.ts";
import type { RouteTable } from "./examples.ts";
import { findEntity } from "./catalog.ts";
import type { Catalog } from "./catalog.ts";
import { DEMO_TOKEN, JANE, findUser } from "./fixtures.ts";
import type { User } from "./fixtures.ts";
import type { State } from "./state.ts";
import type { ApiContext } from "./context.ts";
import { HANDLERS, fromExample } from "./handlers.ts";

export const NOT_FOUND = "The requested resource does not exist";
export const FORBIDDEN = "You do not have permission to perform this action.";
export const INVALID_TOKEN = "Invalid token";

function authenticate(state: State, header: string | undefined): User | Reply {
  if (!header) return detail(401, "Authentication credentials were not provided.");
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!m) return detail(401, INVALID_TOKEN);
  if (m[1] === DEMO_TOKEN) return JANE;
  const record = state.accessTokens.get(m[1]);
  if (!record || record.expiresAt <= Date.now()) return detail(401, INVALID_TOKEN);
  return findUser(record.userId) ?? detail(401, INVALID_TOKEN);
}

/** Organization and project params must name something in the examples; Sam belongs nowhere. */
function checkScope(catalog: Catalog, params: Record<string, string>, user: User): Reply | null {
  const org = params.organization_id_or_slug;
  if (org === undefined) return null;
  if (!findEntity(catalog.organizations, org)) return detail(404, NOT_FOUND);
  if (!user.memberOfAllOrgs) return detail(403, FORBIDDEN);
  const project = params.project_id_or_slug;
  if (project !== undefined && !findEntity(catalog.projects, project)) return detail(404, NOT_FOUND);
  return null;
}

/**
 * Every organization object gets the stand-in's own URL: the app sends organization-scoped
 * requests to `links.regionUrl`, and nothing may send it off loopback.
 */
export function rewriteRegionLinks(value: unknown, baseUrl: string): void {
  if (Array.isArray(value)) {
    for (const item of value) rewriteRegionLinks(item, baseUrl);
    return;
  }
  if (!isRecord(value)) return;
  if (isRecord(value.links) && "regionUrl" in value.links) {
    value.links.regionUrl = baseUrl;
    value.links.organizationUrl = baseUrl;
  }
  for (const child of Object.values(value)) rewriteRegionLinks(child, baseUrl);
}

/** `cursor=0:100:0` → 100 (the offset); Sentry cursors are `value:offset:is_prev`. */
function cursorOffset(url: URL): number {
  const cursor = url.searchParams.get("cursor");
  const offset = cursor ? Number(cursor.split(":")[1]) : 0;
  return Number.isFinite(offset) ? offset : 0;
}

/** Sentry's `Link` header; everything fits one page, hence results="false" both ways. */
function linkHeader(baseUrl: string, url: URL): string {
  const others = new URLSearchParams(url.search);
  others.delete("cursor");
  const prefix = `${baseUrl}${url.pathname}?${others.size > 0 ? `${others.toString()}&` : ""}`;
  // The cursor is appended verbatim (`cursor=0:100:0`, not `%3A`), as Sentry writes it.
  const part = (cursor: string, rel: string) => `<${prefix}cursor=${cursor}>; rel="${rel}"; results="false"; cursor="${cursor}"`;
  return `${part("0:0:1", "previous")}, ${part("0:100:0", "next")}`;
}

function isListing(ctx: ApiContext, reply: Reply): boolean {
  if (ctx.route.method !== "GET" || reply.status !== 200) return false;
  return Array.isArray(reply.json) || ctx.route.operationId.startsWith("list");
}

function decorate(ctx: ApiContext, reply: Reply): Reply {
  if (reply.json === undefined) return reply;
  rewriteRegionLinks(reply.json, ctx.state.baseUrl);
  if (!isListing(ctx, reply)) return reply;
  // A page past the first (the app ignoring results="false") is empty, as on Sentry.
  const body = cursorOffset(ctx.incoming.url) > 0 && Array.isArray(reply.json) ? [] : reply.json;
  return { ...reply, json: body, headers: { ...reply.headers, link: linkHeader(ctx.state.baseUrl, ctx.incoming.url) } };
}

export function handleApi(state: State, table: RouteTable, catalog: Catalog, incoming: Incoming): Reply {
  // Like Django, URL resolution comes first: an unknown path is 404 whoever asks.
  const found = table.match(incoming.method, incoming.path);
  if (found.kind === "bad-path") return detail(400, "Malformed path");
  if (found.kind === "not-found") return detail(404, NOT_FOUND);
  if (found.kind === "method-not-allowed") return detail(405, `Method "${incoming.method}" not allowed.`);

  const user = authenticate(state, incoming.headers.authorization);
  if ("status" in user) return user;

  const { route, params } = found.match;
  const denied = checkScope(catalog, params, user);
  if (denied) return denied;
  if (incoming.bodyError) return detail(400, `JSON parse error - ${incoming.bodyError}`);

  const ctx: ApiContext = { state, table, catalog, incoming, route, params, user };
  const handler = HANDLERS[route.operationId] ?? fromExample;
  return decorate(ctx, handler(ctx));
}
