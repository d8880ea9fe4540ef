import { z } from "zod";
import type { SentryClient } from "@/lib/sentry/client";

export const traceMetaSchema = z.looseObject({
  errorsCount: z.number().nullish(),
  performanceIssuesCount: z.number().nullish(),
  spansCount: z.number().nullish(),
  logsCount: z.number().nullish(),
  spansCountMap: z.record(z.string(), z.number()).nullish(),
});
export type TraceMeta = z.infer<typeof traceMetaSchema>;

/** An error or performance issue attached to a span (or at the top of a trace without spans). */
export const traceIssueSchema = z.looseObject({
  event_id: z.string().nullish(),
  event_type: z.string().nullish(),
  issue_id: z.number().nullish(),
  short_id: z.string().nullish(),
  level: z.string().nullish(),
  description: z.string().nullish(),
  culprit: z.string().nullish(),
  project_slug: z.string().nullish(),
  transaction: z.string().nullish(),
});
export type TraceIssue = z.infer<typeof traceIssueSchema>;

export type TraceNode = {
  event_id?: string | null;
  event_type?: string | null;
  op?: string | null;
  name?: string | null;
  description?: string | null;
  transaction?: string | null;
  project_slug?: string | null;
  is_transaction?: boolean | null;
  duration?: number | null;
  start_timestamp?: number | null;
  end_timestamp?: number | null;
  parent_span_id?: string | null;
  children?: TraceNode[] | null;
  errors?: TraceIssue[] | null;
  occurrences?: TraceIssue[] | null;
  level?: string | null;
  short_id?: string | null;
  issue_id?: number | null;
};

/**
 * A trace item: a span (with nested children), an uptime check, or an error/occurrence that has no
 * span. The fields the tools read are typed; Sentry sends many more.
 */
export const traceNodeSchema: z.ZodType<TraceNode> = z.lazy(() =>
  z.looseObject({
    event_id: z.string().nullish(),
    event_type: z.string().nullish(),
    op: z.string().nullish(),
    name: z.string().nullish(),
    description: z.string().nullish(),
    transaction: z.string().nullish(),
    project_slug: z.string().nullish(),
    is_transaction: z.boolean().nullish(),
    duration: z.number().nullish(),
    start_timestamp: z.number().nullish(),
    end_timestamp: z.number().nullish(),
    parent_span_id: z.string().nullish(),
    children: z.array(traceNodeSchema).nullish(),
    errors: z.array(traceIssueSchema).nullish(),
    occurrences: z.array(traceIssueSchema).nullish(),
    level: z.string().nullish(),
    short_id: z.string().nullish(),
    issue_id: z.number().nullish(),
  }),
);

const tracePath = (organization: string, kind: "trace" | "trace-meta", traceId: string) =>
  `/api/0/organizations/${encodeURIComponent(organization)}/${kind}/${encodeURIComponent(traceId)}/`;

/** `GET /api/0/organizations/{org}/trace-meta/{trace_id}/`: counts of spans, errors, issues. */
export async function getTraceMeta(
  client: SentryClient,
  organization: string,
  traceId: string,
  options: { statsPeriod?: string } = {},
): Promise<TraceMeta> {
  return client.request("GET", tracePath(organization, "trace-meta", traceId), traceMetaSchema, {
    baseUrl: await client.regionOf(organization),
    query: { statsPeriod: options.statsPeriod },
    scope: "event:read",
  });
}

/** `GET /api/0/organizations/{org}/trace/{trace_id}/`: the trace's root items with nested children. */
export async function getTrace(
  client: SentryClient,
  organization: string,
  traceId: string,
  options: { statsPeriod?: string } = {},
): Promise<TraceNode[]> {
  return client.request("GET", tracePath(organization, "trace", traceId), z.array(traceNodeSchema), {
    baseUrl: await client.regionOf(organization),
    query: { statsPeriod: options.statsPeriod },
    scope: "event:read",
  });
}
