import { z } from "zod";
import type { Page, SentryClient } from "@/lib/sentry/client";
import { nextOffsetCursor } from "@/lib/sentry/pagination";

const nameVersion = z.looseObject({ name: z.string().nullish(), version: z.string().nullish() });

/** Sentry writes replay times in UTC without a zone (`2022-07-07T14:05:57.909921`): mark them as UTC. */
const utcTime = z.string().transform((value) => (/T[\d:.]+$/.test(value) ? `${value}Z` : value));

export const replaySchema = z.looseObject({
  id: z.string(),
  project_id: z.union([z.string(), z.number()]).nullish(),
  started_at: utcTime.nullish(),
  finished_at: utcTime.nullish(),
  /** Seconds. */
  duration: z.number().nullish(),
  environment: z.string().nullish(),
  platform: z.string().nullish(),
  browser: nameVersion.nullish(),
  os: nameVersion.nullish(),
  device: z.looseObject({ name: z.string().nullish(), brand: z.string().nullish(), family: z.string().nullish() }).nullish(),
  sdk: nameVersion.nullish(),
  user: z
    .looseObject({
      id: z.string().nullish(),
      display_name: z.string().nullish(),
      username: z.string().nullish(),
      email: z.string().nullish(),
      ip: z.string().nullish(),
    })
    .nullish(),
  urls: z.array(z.string()).nullish(),
  count_urls: z.number().nullish(),
  count_errors: z.number().nullish(),
  count_dead_clicks: z.number().nullish(),
  count_rage_clicks: z.number().nullish(),
  error_ids: z.array(z.string()).nullish(),
  trace_ids: z.array(z.string()).nullish(),
  releases: z.array(z.string()).nullish(),
  is_archived: z.boolean().nullish(),
});
export type Replay = z.infer<typeof replaySchema>;

export const replayResponseSchema = z.looseObject({ data: replaySchema });
export const replayListSchema = z.looseObject({ data: z.array(replaySchema) });

/** `GET /api/0/organizations/{org}/replays/{replay_id}/`. */
export async function getReplay(client: SentryClient, organization: string, replayId: string): Promise<Replay> {
  const path = `/api/0/organizations/${encodeURIComponent(organization)}/replays/${encodeURIComponent(replayId)}/`;
  const body = await client.request("GET", path, replayResponseSchema, {
    baseUrl: await client.regionOf(organization),
    scope: "event:read",
  });
  return body.data;
}

export type ReplayQuery = {
  project?: string;
  environment?: string;
  query?: string;
  statsPeriod: string;
  perPage: number;
  cursor?: string;
};

/** `GET /api/0/organizations/{org}/replays/`, newest first; Sentry pages them by offset. */
export async function listReplays(client: SentryClient, organization: string, options: ReplayQuery): Promise<Page<Replay>> {
  const body = await client.request("GET", `/api/0/organizations/${encodeURIComponent(organization)}/replays/`, replayListSchema, {
    baseUrl: await client.regionOf(organization),
    query: {
      project: options.project,
      environment: options.environment,
      query: options.query,
      statsPeriod: options.statsPeriod,
      sort: "-started_at",
      per_page: options.perPage,
      cursor: options.cursor,
    },
    scope: "event:read",
  });
  return { items: body.data, nextCursor: nextOffsetCursor(options.cursor, options.perPage, body.data.length) };
}
