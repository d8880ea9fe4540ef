import { z } from "zod";
import type { Page, SentryClient } from "@/lib/sentry/client";

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

/** `0:<offset>:0` → offset; Sentry's events endpoint pages by offset. */
function offsetOf(cursor: string | undefined): number {
  const offset = Number(cursor?.split(":")[1] ?? 0);
  return Number.isInteger(offset) && offset > 0 ? offset : 0;
}

/**
 * `GET /api/0/organizations/{org}/events/` (Discover / Explore): rows of the requested fields.
 *
 * The client's `request` does not expose the `Link` header, so the next cursor is derived the way
 * Sentry's offset paginator writes it (`0:<offset + per_page>:0`) when the page came back full.
 */
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
  const full = body.data.length >= options.perPage;
  return {
    items: body.data,
    nextCursor: full ? `0:${offsetOf(options.cursor) + options.perPage}:0` : null,
    fieldTypes: body.meta?.fields ?? {},
    units: body.meta?.units ?? {},
  };
}
