import { z } from "zod";
import type { Page, SentryClient } from "@/lib/sentry/client";

export const organizationSchema = z.looseObject({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  dateCreated: z.string().nullish(),
  status: z.looseObject({ id: z.string().nullish(), name: z.string().nullish() }).nullish(),
  links: z.looseObject({ organizationUrl: z.string().nullish(), regionUrl: z.string().nullish() }).nullish(),
});
export type Organization = z.infer<typeof organizationSchema>;

/** `GET /api/0/organizations/`: the organizations the token's user belongs to (and the deployment allows). */
export async function listOrganizations(
  client: SentryClient,
  options: { query?: string; cursor?: string } = {},
): Promise<Page<Organization>> {
  const page = await client.list("/api/0/organizations/", organizationSchema, {
    query: { member: "1", query: options.query, cursor: options.cursor },
    scope: "org:read",
  });
  return { ...page, items: page.items.filter((organization) => client.allows(organization.slug)) };
}

/** `GET /api/0/organizations/{org}/`. */
export function getOrganization(client: SentryClient, organization: string): Promise<Organization> {
  return client.request("GET", `/api/0/organizations/${encodeURIComponent(organization)}/`, organizationSchema, {
    scope: "org:read",
  });
}
