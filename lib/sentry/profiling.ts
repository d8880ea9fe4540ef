import { z } from "zod";
import type { SentryClient } from "@/lib/sentry/client";

export const flamegraphFrameSchema = z.looseObject({
  name: z.string().nullish(),
  file: z.string().nullish(),
  path: z.string().nullish(),
  package: z.string().nullish(),
  line: z.number().nullish(),
  is_application: z.boolean().nullish(),
});
export type FlamegraphFrame = z.infer<typeof flamegraphFrameSchema>;

export const flamegraphProfileSchema = z.looseObject({
  /** Each sample's stack as indexes into `shared.frames`, outermost caller first. */
  samples: z.array(z.array(z.number())).default([]),
  /** Each sample's weight, in the profile's `unit`. */
  weights: z.array(z.number()).default([]),
  /** Each sample's wall time; absent on some platforms. */
  sample_durations_ns: z.array(z.number()).nullish(),
});

export const flamegraphSchema = z.looseObject({
  platform: z.string().nullish(),
  shared: z.looseObject({ frames: z.array(flamegraphFrameSchema).default([]) }).default({ frames: [] }),
  profiles: z.array(flamegraphProfileSchema).default([]),
});
export type Flamegraph = z.infer<typeof flamegraphSchema>;

/**
 * `GET /api/0/organizations/{org}/profiling/flamegraph/`: the profiles matching `query` merged into
 * one flamegraph (Sentry's `transactions` data source unless told otherwise).
 */
export async function getFlamegraph(
  client: SentryClient,
  organization: string,
  options: { project?: string; query?: string; environment?: string; statsPeriod: string },
): Promise<Flamegraph> {
  return client.request("GET", `/api/0/organizations/${encodeURIComponent(organization)}/profiling/flamegraph/`, flamegraphSchema, {
    baseUrl: await client.regionOf(organization),
    query: { project: options.project, query: options.query, environment: options.environment, statsPeriod: options.statsPeriod },
    scope: "event:read",
  });
}
