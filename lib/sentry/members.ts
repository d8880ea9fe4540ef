import { z } from "zod";
import type { Page, SentryClient } from "@/lib/sentry/client";

export const memberSchema = z.looseObject({
  id: z.string(),
  email: z.string().nullish(),
  name: z.string().nullish(),
  orgRole: z.string().nullish(),
  pending: z.boolean().nullish(),
  expired: z.boolean().nullish(),
  inviteStatus: z.string().nullish(),
  dateCreated: z.string().nullish(),
  /** Team slugs; Sentry includes them where it serializes members with their teams. */
  teams: z.array(z.string()).nullish(),
  user: z.looseObject({ id: z.string().nullish(), lastActive: z.string().nullish() }).nullish(),
});
export type Member = z.infer<typeof memberSchema>;

/**
 * `GET /api/0/organizations/{org}/members/`. `query` is Sentry's member search: free text matches
 * name or email; `email:`, `role:` and `isInvited:true` narrow further.
 */
export async function listOrganizationMembers(
  client: SentryClient,
  organization: string,
  options: { query?: string; cursor?: string } = {},
): Promise<Page<Member>> {
  return client.list(`/api/0/organizations/${encodeURIComponent(organization)}/members/`, memberSchema, {
    baseUrl: await client.regionOf(organization),
    query: { query: options.query, cursor: options.cursor },
    scope: "member:read",
  });
}
