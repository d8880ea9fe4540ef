// Per-operation bodies. By default an operation answers with its OpenAPI example; the handlers
// below cover what the examples cannot: the current user, per-user visibility, hand-written
// bodies for schema-only operations, and echoes of what was POSTed/PUT.
import { randomBytes } from "node:crypto";
import { detail, isRecord, json } from "./http.ts";
import type { Reply } from "./http.ts";
import { authUserBody, checkinsBody, deploysBody, monitorsBody } from "./fixtures.ts";
import { sampleFromSchema } from "./schema-sample.ts";
import type { ApiContext, Handler } from "./context.ts";
import { createNote, getIssue, listActivity, listIssues, listNotes, updateIssue } from "./issues.ts";

const WRITE_METHODS = new Set(["POST", "PUT", "PATCH"]);

/**
 * The example as-is; for writes, fields of the request body that the example also has are
 * echoed back (a PUT that renames a project answers with the new name).
 */
export function fromExample(ctx: ApiContext): Reply {
  const { route } = ctx;
  if (route.noContent) return { status: route.status };
  let body = route.example !== undefined ? structuredClone(route.example) : sampleFromSchema(route.schema);
  const sent = ctx.incoming.body;
  if (WRITE_METHODS.has(route.method) && isRecord(body) && isRecord(sent)) {
    const echoed: Record<string, unknown> = {};
    for (const key of Object.keys(sent)) if (key in body) echoed[key] = sent[key];
    body = { ...body, ...echoed };
  }
  return json(route.status, body);
}

function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 50);
}

const SLUG_RE = /^(?![0-9]+$)[a-z0-9_-]+$/;

function newId(): string {
  // Sentry ids are numeric strings.
  return String(1_000_000_000 + (randomBytes(4).readUInt32BE(0) % 1_000_000_000));
}

function optionalString(body: Record<string, unknown>, key: string): string | undefined | null {
  const v = body[key];
  if (v === undefined || v === null) return undefined;
  return typeof v === "string" ? v : null;
}

/** POST /organizations/{org}/teams/ — `{slug?, name?}`, one of them required, like Sentry. */
const createTeam: Handler = (ctx) => {
  const body = isRecord(ctx.incoming.body) ? ctx.incoming.body : {};
  const name = optionalString(body, "name");
  const slug = optionalString(body, "slug");
  if (name === null) return json(400, { name: ["Not a valid string."] });
  if (slug === null) return json(400, { slug: ["Not a valid string."] });
  if (!name && !slug) return json(400, { non_field_errors: ["Name or slug is required"] });
  const finalSlug = slug ?? slugify(name ?? "");
  if (!SLUG_RE.test(finalSlug)) return json(400, { slug: ["Enter a valid slug consisting of lowercase letters, numbers, underscores or hyphens."] });
  const team = ctx.table.example("createOrganizationTeam");
  return json(201, { ...(isRecord(team) ? team : {}), id: newId(), slug: finalSlug, name: name ?? finalSlug });
};

/** POST /teams/{org}/{team}/projects/ — `{name, slug?, platform?}`. */
const createProject: Handler = (ctx) => {
  const body = isRecord(ctx.incoming.body) ? ctx.incoming.body : {};
  const name = optionalString(body, "name");
  const slug = optionalString(body, "slug");
  const platform = optionalString(body, "platform");
  if (!name) return json(400, { name: ["This field is required."] });
  if (slug === null || platform === null) return json(400, { detail: "slug and platform must be strings" });
  const finalSlug = slug ?? slugify(name);
  if (!SLUG_RE.test(finalSlug)) return json(400, { slug: ["Enter a valid slug consisting of lowercase letters, numbers, underscores or hyphens."] });
  const project = ctx.table.example("createTeamProject");
  return json(201, {
    ...(isRecord(project) ? project : {}),
    id: newId(),
    slug: finalSlug,
    name,
    platform: platform ?? null,
  });
};

/** GET /organizations/{org}/monitors/{monitor_id_or_slug}/ — one of the hand-written monitors. */
const getMonitor: Handler = (ctx) => {
  const ref = ctx.params.monitor_id_or_slug;
  const monitor = monitorsBody().find((m) => m.slug === ref || m.id === ref);
  return monitor ? json(200, monitor) : detail(404, "The requested resource does not exist");
};

/** GET /organizations/{org}/monitors/{monitor_id_or_slug}/checkins/ — the check-ins of a hand-written monitor. */
const listCheckins: Handler = (ctx) => {
  const checkins = checkinsBody(ctx.params.monitor_id_or_slug ?? "");
  return checkins ? json(200, checkins) : detail(404, "The requested resource does not exist");
};

export const HANDLERS: Record<string, Handler> = {
  "standin:getAuth": (ctx) => json(200, authUserBody(ctx.user)),
  "standin:listUserRegions": (ctx) => json(200, { regions: [{ name: "us", url: ctx.state.baseUrl }] }),
  "standin:listIssueNotes": listNotes,
  "standin:createIssueNote": createNote,
  "standin:listIssueActivity": listActivity,
  // Sam is a member of no organization.
  listOrganizations: (ctx) => (ctx.user.memberOfAllOrgs ? fromExample(ctx) : json(200, [])),
  listOrganizationIssues: listIssues,
  getOrganizationIssue: getIssue,
  updateOrganizationIssue: updateIssue,
  createOrganizationTeam: createTeam,
  createTeamProject: createProject,
  listOrganizationMonitors: () => json(200, monitorsBody()),
  getOrganizationMonitor: getMonitor,
  listOrganizationMonitorCheckins: listCheckins,
  listOrganizationReleaseDeploys: (ctx) => json(200, deploysBody(ctx.params.version ?? "")),
};
