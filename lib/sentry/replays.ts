import { z } from "zod";
import type { SentryClient } from "@/lib/sentry/client";

const nameVersion = z.looseObject({ name: z.string().nullish(), version: z.string().nullish() });

export const replaySchema = z.looseObject({
  id: z.string(),
  project_id: z.union([z.string(), z.number()]).nullish(),
  started_at: z.string().nullish(),
  finished_at: z.string().nullish(),
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

/** `GET /api/0/organizations/{org}/replays/{replay_id}/`. */
export async function getReplay(client: SentryClient, organization: string, replayId: string): Promise<Replay> {
  const path = `/api/0/organizations/${encodeURIComponent(organization)}/replays/${encodeURIComponent(replayId)}/`;
  const body = await client.request("GET", path, replayResponseSchema, {
    baseUrl: await client.regionOf(organization),
    scope: "event:read",
  });
  return body.data;
}
