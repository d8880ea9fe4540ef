import { z } from "zod";
import type { Page, SentryClient } from "@/lib/sentry/client";

const id = z.union([z.string(), z.number()]).transform(String);

export const frameSchema = z.looseObject({
  filename: z.string().nullish(),
  absPath: z.string().nullish(),
  module: z.string().nullish(),
  package: z.string().nullish(),
  function: z.string().nullish(),
  lineNo: z.number().nullish(),
  colNo: z.number().nullish(),
  inApp: z.boolean().nullish(),
  /** `[lineNo, source]` pairs around the frame's line. */
  context: z.array(z.tuple([z.number(), z.string().nullish()])).nullish(),
});
export type Frame = z.infer<typeof frameSchema>;

export const exceptionValueSchema = z.looseObject({
  type: z.string().nullish(),
  value: z.string().nullish(),
  module: z.string().nullish(),
  mechanism: z.looseObject({ type: z.string().nullish(), handled: z.boolean().nullish() }).nullish(),
  stacktrace: z.looseObject({ frames: z.array(frameSchema).nullish() }).nullish(),
});
export type ExceptionValue = z.infer<typeof exceptionValueSchema>;

/** The `data` of an event entry of type `exception`. */
export const exceptionDataSchema = z.looseObject({
  values: z.array(exceptionValueSchema).nullish(),
});

/** One of an event's `entries`; its `data` is read per type (see `lib/mcp/format-stacktrace.ts`). */
export const eventEntrySchema = z.looseObject({ type: z.string(), data: z.unknown() });
export type EventEntry = z.infer<typeof eventEntrySchema>;

/** One breadcrumb: what the SDK recorded before the event (navigation, HTTP calls, logs, clicks). */
export const breadcrumbSchema = z.looseObject({
  timestamp: z.union([z.string(), z.number()]).nullish(),
  type: z.string().nullish(),
  category: z.string().nullish(),
  level: z.string().nullish(),
  message: z.string().nullish(),
  data: z.record(z.string(), z.unknown()).nullish(),
});
export type Breadcrumb = z.infer<typeof breadcrumbSchema>;

/** The `data` of an event entry of type `breadcrumbs`, oldest first. */
export const breadcrumbsDataSchema = z.looseObject({ values: z.array(breadcrumbSchema).nullish() });

export const eventTagSchema = z.looseObject({ key: z.string(), value: z.string().nullish() });

/**
 * An event as Sentry serializes it: in full from the single-event endpoints, without `entries`
 * in an issue's event list. `eventID` is the id users see; `id` may differ in Sentry's examples.
 */
export const eventSchema = z.looseObject({
  id: z.string().nullish(),
  eventID: z.string().nullish(),
  groupID: id.nullish(),
  projectID: id.nullish(),
  title: z.string().nullish(),
  message: z.string().nullish(),
  culprit: z.string().nullish(),
  location: z.string().nullish(),
  platform: z.string().nullish(),
  type: z.string().nullish(),
  dateCreated: z.string().nullish(),
  dateReceived: z.string().nullish(),
  tags: z.array(eventTagSchema).nullish(),
  user: z
    .looseObject({
      id: id.nullish(),
      email: z.string().nullish(),
      username: z.string().nullish(),
      name: z.string().nullish(),
      ip_address: z.string().nullish(),
    })
    .nullish(),
  metadata: z.looseObject({ type: z.string().nullish(), value: z.string().nullish(), title: z.string().nullish() }).nullish(),
  entries: z.array(eventEntrySchema).nullish(),
  contexts: z.record(z.string(), z.unknown()).nullish(),
  sdk: z.looseObject({ name: z.string().nullish(), version: z.string().nullish() }).nullish(),
});
export type SentryEvent = z.infer<typeof eventSchema>;

export const attachmentSchema = z.looseObject({
  id,
  name: z.string(),
  type: z.string().nullish(),
  mimetype: z.string().nullish(),
  size: z.number().nullish(),
  sha1: z.string().nullish(),
  dateCreated: z.string().nullish(),
  event_id: z.string().nullish(),
});
export type Attachment = z.infer<typeof attachmentSchema>;

/** `found`, `wrong-dist` or `unsuccessful`. */
const lookupResult = z.string();

/** Fetching a file from the web: `success`, `not_attempted`, or `failure` with a reason. */
const scrapingStep = z.looseObject({ url: z.string().nullish(), status: z.string().nullish(), reason: z.string().nullish(), details: z.string().nullish() });

/** One stack frame as Sentry's source map debugger walked it: by debug id, by release artifact, by scraping. */
export const sourceMapFrameSchema = z.looseObject({
  debug_id_process: z
    .looseObject({
      debug_id: z.string().nullish(),
      uploaded_source_file_with_correct_debug_id: z.boolean().nullish(),
      uploaded_source_map_with_correct_debug_id: z.boolean().nullish(),
    })
    .nullish(),
  release_process: z
    .looseObject({
      abs_path: z.string().nullish(),
      matching_source_file_names: z.array(z.string()).nullish(),
      matching_source_map_name: z.string().nullish(),
      source_map_reference: z.string().nullish(),
      source_file_lookup_result: lookupResult.nullish(),
      source_map_lookup_result: lookupResult.nullish(),
    })
    .nullish(),
  scraping_process: z
    .looseObject({
      source_file: scrapingStep.nullish(),
      source_map: scrapingStep.nullish(),
    })
    .nullish(),
});
export type SourceMapFrame = z.infer<typeof sourceMapFrameSchema>;

export const sourceMapDebugSchema = z.looseObject({
  dist: z.string().nullish(),
  release: z.string().nullish(),
  exceptions: z.array(z.looseObject({ frames: z.array(sourceMapFrameSchema) })),
  min_debug_id_sdk_version: z.string().nullish(),
  sdk_version: z.string().nullish(),
  project_has_some_artifact_bundle: z.boolean().nullish(),
  release_has_some_artifact: z.boolean().nullish(),
  has_uploaded_some_artifact_with_a_debug_id: z.boolean().nullish(),
  /** `full`, `needs-upgrade`, `not-supported` or `unofficial-sdk`. */
  sdk_debug_id_support: z.string().nullish(),
});
export type SourceMapDebug = z.infer<typeof sourceMapDebugSchema>;

const enc = encodeURIComponent;

/**
 * `GET /api/0/organizations/{org}/issues/{issue_id}/events/{event_id}/`; `latest`, `oldest` and
 * `recommended` work as the event id.
 */
export async function getOrganizationIssueEvent(
  client: SentryClient,
  organization: string,
  issueId: string,
  eventId = "latest",
): Promise<SentryEvent> {
  return client.request("GET", `/api/0/organizations/${enc(organization)}/issues/${enc(issueId)}/events/${enc(eventId)}/`, eventSchema, {
    baseUrl: await client.regionOf(organization),
    scope: "event:read",
  });
}

/** `GET /api/0/organizations/{org}/issues/{issue_id}/events/`: an issue's events, newest first. */
export async function listOrganizationIssueEvents(
  client: SentryClient,
  organization: string,
  issueId: string,
  options: { query?: string; limit?: number; cursor?: string } = {},
): Promise<Page<SentryEvent>> {
  return client.list(`/api/0/organizations/${enc(organization)}/issues/${enc(issueId)}/events/`, eventSchema, {
    baseUrl: await client.regionOf(organization),
    query: { query: options.query, per_page: options.limit, cursor: options.cursor },
    scope: "event:read",
  });
}

/** `GET /api/0/projects/{org}/{project}/events/{event_id}/`. */
export async function getProjectEvent(client: SentryClient, organization: string, project: string, eventId: string): Promise<SentryEvent> {
  return client.request("GET", `/api/0/projects/${enc(organization)}/${enc(project)}/events/${enc(eventId)}/`, eventSchema, {
    baseUrl: await client.regionOf(organization),
    scope: "event:read",
  });
}

/** `GET /api/0/projects/{org}/{project}/events/{event_id}/attachments/`: metadata only, never content. */
export async function listProjectEventAttachments(
  client: SentryClient,
  organization: string,
  project: string,
  eventId: string,
  options: { cursor?: string } = {},
): Promise<Page<Attachment>> {
  return client.list(`/api/0/projects/${enc(organization)}/${enc(project)}/events/${enc(eventId)}/attachments/`, attachmentSchema, {
    baseUrl: await client.regionOf(organization),
    query: { cursor: options.cursor },
    scope: "event:read",
  });
}

/** `GET /api/0/projects/{org}/{project}/events/{event_id}/source-map-debug/`: why each frame was or was not un-minified. */
export async function getProjectEventSourceMapDebug(
  client: SentryClient,
  organization: string,
  project: string,
  eventId: string,
): Promise<SourceMapDebug> {
  return client.request("GET", `/api/0/projects/${enc(organization)}/${enc(project)}/events/${enc(eventId)}/source-map-debug/`, sourceMapDebugSchema, {
    baseUrl: await client.regionOf(organization),
    scope: "project:read",
  });
}
