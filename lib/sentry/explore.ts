import { z } from "zod";
import type { Page, SentryClient } from "@/lib/sentry/client";
import { nextOffsetCursor } from "@/lib/sentry/pagination";

export type EventsDataset = "errors" | "spans" | "logs";

export type EventRow = Record<string, unknown>;

export const eventsResponseSchema = z.looseObject({
  data: z.array(z.record(z.string(), z.unknown())),
  meta: z
    .looseObject({
      fields: z.record(z.string(), z.string()).nullish(),
      units: z.record(z.string(), z.string().nullish()).nullish(),
    })
    .nullish(),
});

export type EventsPage = Page<EventRow> & {
  /** Sentry's type of each field (`string`, `integer`, `duration`, `date`…), when it says. */
  fieldTypes: Record<string, string>;
  /** Unit of each field (`millisecond`…), when it says. */
  units: Record<string, string | null | undefined>;
};

export type EventsQuery = {
  dataset: EventsDataset;
  fields: string[];
  query?: string;
  sort?: string;
  statsPeriod?: string;
  project?: string;
  perPage: number;
  cursor?: string;
};

/** `GET /api/0/organizations/{org}/events/` (Discover / Explore): rows of the requested fields; Sentry pages them by offset. */
export async function listEvents(client: SentryClient, organization: string, options: EventsQuery): Promise<EventsPage> {
  const body = await client.request("GET", `/api/0/organizations/${encodeURIComponent(organization)}/events/`, eventsResponseSchema, {
    baseUrl: await client.regionOf(organization),
    query: {
      dataset: options.dataset,
      field: options.fields,
      query: options.query,
      sort: options.sort,
      statsPeriod: options.statsPeriod,
      project: options.project,
      per_page: options.perPage,
      cursor: options.cursor,
    },
    scope: "event:read",
  });
  return {
    items: body.data,
    nextCursor: nextOffsetCursor(options.cursor, options.perPage, body.data.length),
    fieldTypes: body.meta?.fields ?? {},
    units: body.meta?.units ?? {},
  };
}
