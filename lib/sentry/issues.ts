import { z } from "zod";
import type { Page, SentryClient } from "@/lib/sentry/client";

const count = z.union([z.string(), z.number()]).nullish();
const id = z.union([z.string(), z.number()]).transform(String);

/** Who an issue is assigned to: `{type: "user" | "team", id, name, email?}`, or null. */
export const actorSchema = z.looseObject({
  type: z.string().nullish(),
  id: id.nullish(),
  name: z.string().nullish(),
  email: z.string().nullish(),
});
export type Actor = z.infer<typeof actorSchema>;

export const issueSchema = z.looseObject({
  id,
  shortId: z.string().nullish(),
  title: z.string().nullish(),
  culprit: z.string().nullish(),
  permalink: z.string().nullish(),
  level: z.string().nullish(),
  status: z.string().nullish(),
  substatus: z.string().nullish(),
  statusDetails: z.record(z.string(), z.unknown()).nullish(),
  priority: z.string().nullish(),
  count,
  userCount: count,
  firstSeen: z.string().nullish(),
  lastSeen: z.string().nullish(),
  numComments: z.number().nullish(),
  platform: z.string().nullish(),
  project: z.looseObject({ id: id.nullish(), name: z.string().nullish(), slug: z.string().nullish() }).nullish(),
  assignedTo: actorSchema.nullish(),
  metadata: z.looseObject({ type: z.string().nullish(), value: z.string().nullish(), title: z.string().nullish() }).nullish(),
  firstRelease: z.looseObject({ version: z.string().nullish(), shortVersion: z.string().nullish() }).nullish(),
  lastRelease: z.looseObject({ version: z.string().nullish(), shortVersion: z.string().nullish() }).nullish(),
  /** Only on the single-issue body: the issue's tag keys with how many events carry each. */
  tags: z.array(z.looseObject({ key: z.string(), name: z.string().nullish(), totalValues: z.number().nullish() })).nullish(),
  /**
   * Event counts per bucket, `[unix seconds, count]`, by window (`24h`, `30d`). Only a chart reads
   * them: a shape Sentry changes leaves them out rather than failing the issue.
   */
  stats: z.record(z.string(), z.array(z.tuple([z.number(), z.number()]))).nullish().catch(null),
});
export type Issue = z.infer<typeof issueSchema>;

/** One item of an issue's activity: a note, a status change, an assignment… `data` depends on `type`. */
export const issueActivitySchema = z.looseObject({
  id: id.nullish(),
  type: z.string(),
  data: z.record(z.string(), z.unknown()).nullish(),
  dateCreated: z.string().nullish(),
  user: z.looseObject({ name: z.string().nullish(), email: z.string().nullish() }).nullish(),
});
export type IssueActivity = z.infer<typeof issueActivitySchema>;

/** The single-issue body, which also carries the issue's activity, newest first. */
export const issueWithActivitySchema = issueSchema.extend({ activity: z.array(issueActivitySchema).nullish() });

/**
 * What a PUT on an issue answers. Sentry returns the whole updated issue for the single-issue PUT,
 * but only the changed fields for the bulk PUT, so everything but the changes is optional.
 */
export const issueUpdateResultSchema = issueSchema.extend({
  id: id.nullish(),
});
export type IssueUpdateResult = z.infer<typeof issueUpdateResultSchema>;

export const issueTagValueSchema = z.looseObject({
  value: z.string().nullish(),
  name: z.string().nullish(),
  count: z.number().nullish(),
  firstSeen: z.string().nullish(),
  lastSeen: z.string().nullish(),
});
export type IssueTagValue = z.infer<typeof issueTagValueSchema>;

export const issueTagSchema = z.looseObject({
  key: z.string(),
  name: z.string().nullish(),
  uniqueValues: z.number().nullish(),
  totalValues: z.number().nullish(),
  topValues: z.array(issueTagValueSchema).nullish(),
});
export type IssueTag = z.infer<typeof issueTagSchema>;

/** An issue note as Sentry serializes activity of type `note`. */
export const issueNoteSchema = z.looseObject({
  id,
  type: z.string().nullish(),
  data: z.looseObject({ text: z.string().nullish() }).nullish(),
  dateCreated: z.string().nullish(),
  user: z.looseObject({ id: id.nullish(), name: z.string().nullish(), email: z.string().nullish() }).nullish(),
});
export type IssueNote = z.infer<typeof issueNoteSchema>;

const enc = encodeURIComponent;
const issuePath = (organization: string, issueId: string) => `/api/0/organizations/${enc(organization)}/issues/${enc(issueId)}/`;

export type IssueSort = "date" | "new" | "freq" | "user";

/** `GET /api/0/organizations/{org}/issues/`: issues matching a Sentry search query. */
export async function listOrganizationIssues(
  client: SentryClient,
  organization: string,
  options: { query?: string; project?: string; sort?: IssueSort; limit?: number; cursor?: string } = {},
): Promise<Page<Issue>> {
  return client.list(`/api/0/organizations/${enc(organization)}/issues/`, issueSchema, {
    baseUrl: await client.regionOf(organization),
    query: {
      query: options.query,
      project: options.project,
      sort: options.sort,
      limit: options.limit,
      cursor: options.cursor,
    },
    scope: "event:read",
  });
}

/** `GET /api/0/organizations/{org}/issues/{issue_id}/`; the id may be numeric or a short id (`PROJ-123`). */
export async function getOrganizationIssue(client: SentryClient, organization: string, issueId: string): Promise<Issue> {
  return client.request("GET", issuePath(organization, issueId), issueSchema, {
    baseUrl: await client.regionOf(organization),
    scope: "event:read",
  });
}

/** `GET /api/0/organizations/{org}/issues/{issue_id}/` read for its `activity`: notes and status changes. */
export async function getOrganizationIssueActivity(
  client: SentryClient,
  organization: string,
  issueId: string,
): Promise<z.infer<typeof issueWithActivitySchema>> {
  return client.request("GET", issuePath(organization, issueId), issueWithActivitySchema, {
    baseUrl: await client.regionOf(organization),
    scope: "event:read",
  });
}

export type IssueUpdate = {
  status?: "resolved" | "resolvedInNextRelease" | "unresolved" | "ignored";
  substatus?: string;
  statusDetails?: { ignoreDuration?: number };
  /** `user:<id>`, `team:<id>`, a username or email; `""` unassigns. */
  assignedTo?: string;
};

/** `PUT /api/0/organizations/{org}/issues/{issue_id}/`: change status or assignee. */
export async function updateOrganizationIssue(
  client: SentryClient,
  organization: string,
  issueId: string,
  update: IssueUpdate,
): Promise<IssueUpdateResult> {
  return client.request("PUT", issuePath(organization, issueId), issueUpdateResultSchema, {
    baseUrl: await client.regionOf(organization),
    body: update,
    scope: "event:write",
  });
}

/** `POST /api/0/organizations/{org}/issues/{issue_id}/comments/` with `{text}`: adds a note. */
export async function createIssueNote(client: SentryClient, organization: string, issueId: string, text: string): Promise<IssueNote> {
  return client.request("POST", `${issuePath(organization, issueId)}comments/`, issueNoteSchema, {
    baseUrl: await client.regionOf(organization),
    body: { text },
    scope: "event:write",
  });
}

/** `GET /api/0/organizations/{org}/issues/{issue_id}/tags/{key}/`: totals and the top values. */
export async function getOrganizationIssueTag(client: SentryClient, organization: string, issueId: string, key: string): Promise<IssueTag> {
  return client.request("GET", `${issuePath(organization, issueId)}tags/${enc(key)}/`, issueTagSchema, {
    baseUrl: await client.regionOf(organization),
    scope: "event:read",
  });
}

/** `GET /api/0/organizations/{org}/issues/{issue_id}/tags/{key}/values/`, most frequent first. */
export async function listOrganizationIssueTagValues(
  client: SentryClient,
  organization: string,
  issueId: string,
  key: string,
  options: { cursor?: string } = {},
): Promise<Page<IssueTagValue>> {
  return client.list(`${issuePath(organization, issueId)}tags/${enc(key)}/values/`, issueTagValueSchema, {
    baseUrl: await client.regionOf(organization),
    query: { sort: "-count", cursor: options.cursor },
    scope: "event:read",
  });
}
