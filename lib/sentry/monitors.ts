import { z } from "zod";
import type { Page, SentryClient } from "@/lib/sentry/client";

export const monitorEnvironmentSchema = z.looseObject({
  name: z.string(),
  status: z.string().nullish(),
  isMuted: z.boolean().nullish(),
  lastCheckIn: z.string().nullish(),
  nextCheckIn: z.string().nullish(),
});
export type MonitorEnvironment = z.infer<typeof monitorEnvironmentSchema>;

export const monitorSchema = z.looseObject({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  status: z.string().nullish(),
  isMuted: z.boolean().nullish(),
  config: z
    .looseObject({
      schedule_type: z.string().nullish(),
      // A crontab string, or an interval such as `[15, "minute"]`.
      schedule: z.union([z.string(), z.array(z.union([z.number(), z.string()]))]).nullish(),
      timezone: z.string().nullish(),
      checkin_margin: z.number().nullish(),
      max_runtime: z.number().nullish(),
    })
    .nullish(),
  project: z.looseObject({ slug: z.string(), name: z.string().nullish() }).nullish(),
  // Sentry sends a list (one entry per environment); its description documents a single object.
  environments: z
    .union([z.array(monitorEnvironmentSchema), monitorEnvironmentSchema])
    .nullish()
    .transform((value) => (value ? (Array.isArray(value) ? value : [value]) : [])),
  owner: z.looseObject({ type: z.string().nullish(), name: z.string().nullish() }).nullish(),
});
export type Monitor = z.infer<typeof monitorSchema>;

export const checkInSchema = z.looseObject({
  id: z.string(),
  environment: z.string().nullish(),
  /** `ok`, `error`, `missed`, `timeout`, `in_progress` or `unknown`. */
  status: z.string(),
  /** Milliseconds; null while in progress or when missed. */
  duration: z.number().nullish(),
  dateCreated: z.string().nullish(),
  expectedTime: z.string().nullish(),
});
export type CheckIn = z.infer<typeof checkInSchema>;

const one = (organization: string, monitor: string) =>
  `/api/0/organizations/${encodeURIComponent(organization)}/monitors/${encodeURIComponent(monitor)}/`;

/** `GET /api/0/organizations/{org}/monitors/`: cron monitors; `query` searches names and slugs. */
export async function listMonitors(
  client: SentryClient,
  organization: string,
  options: { project?: string; query?: string; perPage?: number; cursor?: string } = {},
): Promise<Page<Monitor>> {
  return client.list(`/api/0/organizations/${encodeURIComponent(organization)}/monitors/`, monitorSchema, {
    baseUrl: await client.regionOf(organization),
    query: { project: options.project, query: options.query, per_page: options.perPage, cursor: options.cursor },
    scope: "org:read",
  });
}

/** `GET /api/0/organizations/{org}/monitors/{monitor_id_or_slug}/`. */
export async function getMonitor(client: SentryClient, organization: string, monitor: string): Promise<Monitor> {
  return client.request("GET", one(organization, monitor), monitorSchema, {
    baseUrl: await client.regionOf(organization),
    scope: "org:read",
  });
}

/** `GET /api/0/organizations/{org}/monitors/{monitor_id_or_slug}/checkins/`, newest first. */
export async function listMonitorCheckIns(
  client: SentryClient,
  organization: string,
  monitor: string,
  options: { perPage?: number } = {},
): Promise<Page<CheckIn>> {
  return client.list(`${one(organization, monitor)}checkins/`, checkInSchema, {
    baseUrl: await client.regionOf(organization),
    query: { per_page: options.perPage },
    scope: "org:read",
  });
}
