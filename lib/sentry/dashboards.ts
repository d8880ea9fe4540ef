import { z } from "zod";
import type { Page, SentryClient } from "@/lib/sentry/client";

const id = z.union([z.string(), z.number()]).transform(String);
const creator = z.looseObject({ name: z.string().nullish(), email: z.string().nullish() }).nullish();

// What a dashboard's list entry and its details share.
const dashboardFields = {
  id,
  title: z.string(),
  dateCreated: z.string().nullish(),
  createdBy: creator,
  environment: z.array(z.string()).nullish(),
};

export const dashboardSummarySchema = z.looseObject({
  ...dashboardFields,
  // One display type per widget (e.g. `line`, `table`).
  widgetDisplay: z.array(z.string()).nullish(),
  isFavorited: z.boolean().nullish(),
});
export type DashboardSummary = z.infer<typeof dashboardSummarySchema>;

export const widgetQuerySchema = z.looseObject({
  name: z.string().nullish(),
  fields: z.array(z.string()).nullish(),
  aggregates: z.array(z.string()).nullish(),
  columns: z.array(z.string()).nullish(),
  conditions: z.string().nullish(),
  orderby: z.string().nullish(),
});
export type WidgetQuery = z.infer<typeof widgetQuerySchema>;

export const widgetSchema = z.looseObject({
  id: id.nullish(),
  title: z.string(),
  description: z.string().nullish(),
  displayType: z.string().nullish(),
  widgetType: z.string().nullish(),
  queries: z.array(widgetQuerySchema).nullish(),
});
export type Widget = z.infer<typeof widgetSchema>;

export const dashboardSchema = z.looseObject({
  ...dashboardFields,
  period: z.string().nullish(),
  widgets: z.array(widgetSchema).nullish(),
});
export type Dashboard = z.infer<typeof dashboardSchema>;

const base = (organization: string) => `/api/0/organizations/${encodeURIComponent(organization)}/dashboards/`;

/** `GET /api/0/organizations/{org}/dashboards/`: the custom dashboards. */
export async function listDashboards(
  client: SentryClient,
  organization: string,
  options: { perPage?: number; cursor?: string } = {},
): Promise<Page<DashboardSummary>> {
  return client.list(base(organization), dashboardSummarySchema, {
    baseUrl: await client.regionOf(organization),
    query: { per_page: options.perPage, cursor: options.cursor },
    scope: "org:read",
  });
}

/** `GET /api/0/organizations/{org}/dashboards/{dashboard_id}/`: a dashboard with its widgets. */
export async function getDashboard(client: SentryClient, organization: string, dashboardId: string): Promise<Dashboard> {
  return client.request("GET", `${base(organization)}${encodeURIComponent(dashboardId)}/`, dashboardSchema, {
    baseUrl: await client.regionOf(organization),
    scope: "org:read",
  });
}
