// Issue endpoints with memory: notes (comments), activity, and PUT updates that later GETs of the
// same issue reflect, so "update then look" flows in the app can be tested end to end.
import { isRecord, json } from "./http.ts";
import type { Reply } from "./http.ts";
import { USERS, activityUser, findUser, userActor } from "./fixtures.ts";
import { findEntity } from "./catalog.ts";
import type { ApiContext, Handler } from "./context.ts";
import type { Note } from "./state.ts";
import { nextId } from "./state.ts";

/** Notes and updates are keyed by the example's numeric id, also when addressed by short id. */
function issueKey(ctx: ApiContext): string {
  const requested = ctx.params.issue_id ?? "";
  const issue = ctx.table.example("getOrganizationIssue");
  if (isRecord(issue) && typeof issue.shortId === "string" && issue.shortId.toLowerCase() === requested.toLowerCase()) {
    return String(issue.id);
  }
  return requested;
}

function notesOf(ctx: ApiContext): Note[] {
  return ctx.state.notes.get(issueKey(ctx)) ?? [];
}

function noteBody(note: Note): Record<string, unknown> {
  const user = findUser(note.userId);
  return {
    id: note.id,
    user: user ? activityUser(user) : null,
    sentry_app: null,
    type: "note",
    data: { text: note.text },
    dateCreated: note.dateCreated,
  };
}

function withUpdates(ctx: ApiContext, issue: unknown, key: string): unknown {
  if (!isRecord(issue)) return issue;
  const updates = ctx.state.issueUpdates.get(key) ?? {};
  const notes = ctx.state.notes.get(key) ?? [];
  const numComments = typeof issue.numComments === "number" ? issue.numComments : 0;
  return { ...issue, ...updates, numComments: numComments + notes.length };
}

/** Notes newest first, then the example's history, as Sentry lists an issue's activity. */
function activityOf(ctx: ApiContext): unknown[] {
  const issue = ctx.table.example("getOrganizationIssue");
  const history = isRecord(issue) && Array.isArray(issue.activity) ? issue.activity : [];
  return [...[...notesOf(ctx)].reverse().map(noteBody), ...history];
}

/** GET /organizations/{org}/issues/{issue_id}/ — with its activity, notes included, like Sentry's issue details. */
export const getIssue: Handler = (ctx) => {
  const issue = withUpdates(ctx, ctx.table.example("getOrganizationIssue"), issueKey(ctx));
  return json(200, isRecord(issue) ? { ...issue, activity: activityOf(ctx) } : issue);
};

/** GET /organizations/{org}/issues/ — each listed issue reflects its updates and notes. */
export const listIssues: Handler = (ctx) => {
  const list = ctx.table.example("listOrganizationIssues");
  const items = Array.isArray(list) ? list : [];
  return json(200, items.map((issue) => (isRecord(issue) ? withUpdates(ctx, issue, String(issue.id)) : issue)));
};

const STATUS_MAP: Record<string, { status: string; substatus: string | null; statusDetails: Record<string, unknown> }> = {
  resolved: { status: "resolved", substatus: null, statusDetails: {} },
  resolvedInNextRelease: { status: "resolved", substatus: null, statusDetails: { inNextRelease: true } },
  unresolved: { status: "unresolved", substatus: "ongoing", statusDetails: {} },
  ignored: { status: "ignored", substatus: "archived_until_escalating", statusDetails: {} },
  muted: { status: "ignored", substatus: "archived_until_escalating", statusDetails: {} },
};

/** Sentry's `assignedTo` input: "user:ID", "team:ID", a user id, username or email; "" unassigns. */
function resolveAssignee(ctx: ApiContext, value: unknown): { ok: unknown } | { error: string } {
  if (value === null || value === "") return { ok: null };
  if (typeof value !== "string") return { error: "Unknown actor input" };
  if (value.startsWith("team:")) {
    const team = findEntity(ctx.catalog.teams, value.slice(5));
    return team ? { ok: { type: "team", id: team.id, name: team.slug } } : { error: "Unknown actor input" };
  }
  const ref = value.startsWith("user:") ? value.slice(5) : value;
  const user = USERS.find((u) => u.id === ref || u.email.toLowerCase() === ref.toLowerCase());
  return user ? { ok: userActor(user) } : { error: "Unknown actor input" };
}

function validateUpdate(ctx: ApiContext, body: Record<string, unknown>): { ok: Record<string, unknown> } | { error: Reply } {
  const changes: Record<string, unknown> = {};
  const bad = (field: string, message: string) => ({ error: json(400, { [field]: [message] }) });
  if (body.status !== undefined) {
    const mapped = typeof body.status === "string" ? STATUS_MAP[body.status] : undefined;
    if (!mapped) return bad("status", `"${String(body.status)}" is not a valid choice.`);
    Object.assign(changes, mapped);
    if (isRecord(body.statusDetails)) changes.statusDetails = { ...mapped.statusDetails, ...body.statusDetails };
    if (mapped.status === "ignored" && typeof body.substatus === "string") changes.substatus = body.substatus;
  }
  if ("assignedTo" in body) {
    const actor = resolveAssignee(ctx, body.assignedTo);
    if ("error" in actor) return bad("assignedTo", actor.error);
    changes.assignedTo = actor.ok;
  }
  for (const flag of ["hasSeen", "isBookmarked", "isPublic", "isSubscribed"]) {
    if (body[flag] === undefined) continue;
    if (typeof body[flag] !== "boolean") return bad(flag, "Must be a valid boolean.");
    changes[flag] = body[flag];
  }
  if (body.priority !== undefined) {
    if (body.priority !== "low" && body.priority !== "medium" && body.priority !== "high") {
      return bad("priority", `"${String(body.priority)}" is not a valid choice.`);
    }
    changes.priority = body.priority;
  }
  return { ok: changes };
}

/** PUT /organizations/{org}/issues/{issue_id}/ — documented without an example: the issue merged with the change. */
export const updateIssue: Handler = (ctx) => {
  const body = ctx.incoming.body;
  if (!isRecord(body)) return json(400, { detail: "Request body must be a JSON object." });
  const checked = validateUpdate(ctx, body);
  if ("error" in checked) return checked.error;
  const key = issueKey(ctx);
  ctx.state.issueUpdates.set(key, { ...ctx.state.issueUpdates.get(key), ...checked.ok });
  return json(200, withUpdates(ctx, ctx.table.example("getOrganizationIssue"), key));
};

/** GET /organizations/{org}/issues/{issue_id}/comments/ — newest first, as Sentry lists them. */
export const listNotes: Handler = (ctx) => json(200, [...notesOf(ctx)].reverse().map(noteBody));

/** POST /organizations/{org}/issues/{issue_id}/comments/ with `{"text"}`. */
export const createNote: Handler = (ctx) => {
  const body = ctx.incoming.body;
  const text = isRecord(body) ? body.text : undefined;
  if (typeof text !== "string" || text.trim() === "") return json(400, { text: ["This field is required."] });
  const key = issueKey(ctx);
  const note: Note = { id: nextId(ctx.state), userId: ctx.user.id, text, dateCreated: new Date().toISOString() };
  ctx.state.notes.set(key, [...(ctx.state.notes.get(key) ?? []), note]);
  return json(201, noteBody(note));
};

/** GET /organizations/{org}/issues/{issue_id}/activity/ */
export const listActivity: Handler = (ctx) => json(200, { activity: activityOf(ctx) });
