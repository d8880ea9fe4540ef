import { z } from "zod";
import type { Page, SentryClient } from "@/lib/sentry/client";

export const tagKeySchema = z.looseObject({
  key: z.string(),
  name: z.string().nullish(),
  totalValues: z.number().nullish(),
});
export type TagKey = z.infer<typeof tagKeySchema>;

export type TagDataset = "discover" | "events" | "replays" | "search_issues";

/** `GET /api/0/organizations/{org}/tags/`: the tag keys seen in the period, with how many values each has. */
export async function listTags(
  client: SentryClient,
  organization: string,
  options: { project?: string; dataset?: TagDataset; statsPeriod?: string } = {},
): Promise<Page<TagKey>> {
  return client.list(`/api/0/organizations/${encodeURIComponent(organization)}/tags/`, tagKeySchema, {
    baseUrl: await client.regionOf(organization),
    query: { project: options.project, dataset: options.dataset, statsPeriod: options.statsPeriod },
    scope: "event:read",
  });
}
