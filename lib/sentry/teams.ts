import { z } from "zod";
import type { Page, SentryClient } from "@/lib/sentry/client";

const teamProjectSchema = z.looseObject({
  id: z.string().nullish(),
  slug: z.string(),
  name: z.string().nullish(),
});

export const teamSchema = z.looseObject({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  dateCreated: z.string().nullish(),
  isMember: z.boolean().nullish(),
  memberCount: z.number().nullish(),
  /** Present unless `detailed=0` is asked for. */
  projects: z.array(teamProjectSchema).nullish(),
});
export type Team = z.infer<typeof teamSchema>;

const teamsPath = (organization: string) => `/api/0/organizations/${encodeURIComponent(organization)}/teams/`;

/** `GET /api/0/organizations/{org}/teams/`: the organization's teams, optionally filtered by name or slug. */
export async function listOrganizationTeams(
  client: SentryClient,
  organization: string,
  options: { query?: string; cursor?: string; perPage?: number } = {},
): Promise<Page<Team>> {
  return client.list(teamsPath(organization), teamSchema, {
    baseUrl: await client.regionOf(organization),
    query: { query: options.query, cursor: options.cursor, per_page: options.perPage },
    scope: "team:read",
  });
}

/** `POST /api/0/organizations/{org}/teams/`: Sentry derives the slug from the name unless one is given. */
export async function createOrganizationTeam(
  client: SentryClient,
  organization: string,
  team: { name?: string; slug?: string },
): Promise<Team> {
  const body: Record<string, string> = {};
  if (team.name) body.name = team.name;
  if (team.slug) body.slug = team.slug;
  return client.request("POST", teamsPath(organization), teamSchema, {
    baseUrl: await client.regionOf(organization),
    body,
    scope: "team:write",
  });
}
