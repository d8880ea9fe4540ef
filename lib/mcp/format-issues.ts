/**
 * Helpers shared by the issue and event tools: the `issueId` parameter, the project constraint,
 * and short renderings of an issue's status, assignee and tags.
 */
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { code, escapeMarkdown, formatDate, webUrl } from "@/lib/mcp/format";
import { projectSlug } from "@/lib/mcp/params";
import type { SentryClient } from "@/lib/sentry/client";
import type { SentryEvent } from "@/lib/sentry/events";
import type { Actor, Issue } from "@/lib/sentry/issues";

export const issueId = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9_.-]+$/, "a numeric issue id like `4509062593` or a short id like `PROJ-123`")
  .describe("Numeric id or short id, e.g. `PROJ-123`");

export const eventId = z
  .string()
  .trim()
  .regex(/^(?:[0-9a-fA-F]{32}|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/, "a 32-character hex event id")
  .describe("32 hex characters");

/** Sentry's event ids are 32 lowercase hex digits, without the dashes of a UUID. */
export function normalizeEventId(value: string): string {
  return value.replaceAll("-", "").toLowerCase();
}

/**
 * Optional on tools addressed by issue id. Under `/mcp/:org/:project` the server fills it in, and
 * the tool then refuses issues of other projects.
 */
export const issueProjectSlug = projectSlug
  .optional()
  .describe("The issue's project; another project's issue is refused");

/** Throws `not_found` when a project is required and the issue belongs to another one. */
export function ensureIssueInProject(issue: Issue, organization: string, project: string | undefined): void {
  if (!project) return;
  const slug = issue.project?.slug;
  if (slug === project || (issue.project?.id != null && issue.project.id === project)) return;
  throw new AppError(
    "not_found",
    `Issue ${issue.shortId ?? issue.id} is not in project ${project} of organization ${organization}${slug ? ` (it belongs to ${slug})` : ""}.`,
  );
}

/** The issue's short id (`PROJ-123`) or, failing that, its numeric id. */
export function issueLabel(issue: Pick<Issue, "shortId" | "id">, fallback = ""): string {
  return issue.shortId || issue.id || fallback;
}

/** The issue's own permalink, or its web UI URL. */
export function issueUrl(client: SentryClient, organization: string, issue: Pick<Issue, "permalink" | "id">, fallbackId?: string): string {
  if (issue.permalink && /^https?:\/\//.test(issue.permalink)) return issue.permalink;
  return webUrl(client.baseUrl, organization, `issues/${encodeURIComponent(issue.id ?? fallbackId ?? "")}/`);
}

/** e.g. `unresolved (ongoing)`, `resolved in next release`, `ignored for 60 min`. */
export function formatStatus(issue: Pick<Issue, "status" | "substatus" | "statusDetails">): string {
  const status = issue.status ?? "unknown";
  const details = issue.statusDetails ?? {};
  const extra: string[] = [];
  if (status === "resolved" && details.inNextRelease === true) extra.push("in the next release");
  if (status === "resolved" && typeof details.inRelease === "string") extra.push(`in release ${code(details.inRelease)}`);
  if (status === "ignored" && typeof details.ignoreDuration === "number") extra.push(`for ${details.ignoreDuration} min`);
  if (typeof details.ignoreUntil === "string") extra.push(`until ${details.ignoreUntil}`);
  if (issue.substatus) extra.push(issue.substatus.replaceAll("_", " "));
  return extra.length ? `${status} (${extra.join(", ")})` : status;
}

/** e.g. `Jane Doe <jane@example.com> (user 1)`, `team powerful-abolitionist (team 100253)`, `unassigned`. */
export function formatActor(actor: Actor | null | undefined): string {
  if (!actor) return "unassigned";
  const kind = actor.type ?? "user";
  const name = actor.name ?? (kind === "team" ? "" : (actor.email ?? "someone"));
  const who = kind === "team" ? `team ${escapeMarkdown(name)}`.trim() : escapeMarkdown(name);
  const email = kind !== "team" && actor.email && actor.email !== name ? ` ${escapeMarkdown(`<${actor.email}>`)}` : "";
  return `${who}${email}${actor.id ? ` (${code(`${kind}:${actor.id}`)})` : ""}`;
}

/** `1234` → `1,234`; Sentry sends counts as strings or numbers. */
export function formatCount(value: string | number | null | undefined): string {
  if (value === null || value === undefined || value === "") return "?";
  const n = Number(value);
  return Number.isFinite(n) ? n.toLocaleString("en-US") : String(value);
}

/** The value of an event tag, e.g. `release` or `environment`. */
export function tagValue(event: Pick<SentryEvent, "tags">, key: string): string | null {
  return event.tags?.find((tag) => tag.key === key)?.value ?? null;
}

/** The event's user as `email (id 42)`, or null when the event has none. */
export function formatEventUser(user: SentryEvent["user"]): string | null {
  if (!user) return null;
  const who = user.email || user.username || user.name || user.ip_address;
  const id = user.id ? `id ${code(user.id)}` : null;
  if (!who) return id;
  return id ? `${escapeMarkdown(who)} (${id})` : escapeMarkdown(who);
}

/** The trace id from the event's `contexts.trace`, if any. */
export function traceIdOf(event: Pick<SentryEvent, "contexts">): string | null {
  const trace = event.contexts?.trace;
  const id = trace && typeof trace === "object" ? (trace as { trace_id?: unknown }).trace_id : null;
  return typeof id === "string" && /^[0-9a-f]{32}$/i.test(id) ? id : null;
}

/** An event's key facts as `facts()` entries: id, date, environment, release, user, trace. */
export function eventFacts(event: SentryEvent): Array<[string, string | null]> {
  const environment = tagValue(event, "environment");
  const release = tagValue(event, "release") ?? tagValue(event, "sentry:release");
  const traceId = traceIdOf(event);
  return [
    ["Event id", code(event.eventID ?? event.id ?? "unknown")],
    ["Date", formatDate(event.dateCreated)],
    ["Platform", event.platform ? code(event.platform) : null],
    ["Environment", environment ? code(environment) : null],
    ["Release", release ? code(release) : null],
    ["User", formatEventUser(event.user)],
    ["Trace", traceId ? `${code(traceId)} (see \`get_trace_details\`)` : null],
  ];
}

/** `1 event`, `150 events`, `? events`. */
export function plural(value: string | number | null | undefined, word: string): string {
  const text = formatCount(value);
  return `${text} ${word}${text === "1" ? "" : "s"}`;
}
