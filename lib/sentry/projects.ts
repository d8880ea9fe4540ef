import { z } from "zod";
import type { Page, SentryClient } from "@/lib/sentry/client";

const teamRefSchema = z.looseObject({ id: z.string().nullish(), slug: z.string(), name: z.string().nullish() });

export const projectSchema = z.looseObject({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  platform: z.string().nullish(),
  dateCreated: z.string().nullish(),
  firstEvent: z.string().nullish(),
  isMember: z.boolean().nullish(),
  status: z.string().nullish(),
  team: teamRefSchema.nullish(),
  teams: z.array(teamRefSchema).nullish(),
});
export type Project = z.infer<typeof projectSchema>;

/** What `updateProject` may change here (Sentry accepts more; these are the ones the tools expose). */
export type ProjectChanges = { name?: string; slug?: string; platform?: string };

const projectPath = (organization: string, project: string) =>
  `/api/0/projects/${encodeURIComponent(organization)}/${encodeURIComponent(project)}/`;

/** `GET /api/0/organizations/{org}/projects/`: the organization's projects, optionally filtered by name or slug. */
export async function listOrganizationProjects(
  client: SentryClient,
  organization: string,
  options: { query?: string; cursor?: string; perPage?: number } = {},
): Promise<Page<Project>> {
  return client.list(`/api/0/organizations/${encodeURIComponent(organization)}/projects/`, projectSchema, {
    baseUrl: await client.regionOf(organization),
    query: { query: options.query, cursor: options.cursor, per_page: options.perPage },
    scope: "project:read",
  });
}

/** `GET /api/0/projects/{org}/{project}/`. */
export async function getProject(client: SentryClient, organization: string, project: string): Promise<Project> {
  return client.request("GET", projectPath(organization, project), projectSchema, {
    baseUrl: await client.regionOf(organization),
    scope: "project:read",
  });
}

/** `POST /api/0/teams/{org}/{team}/projects/`: a new project owned by the team; the slug comes from the name unless given. */
export async function createTeamProject(
  client: SentryClient,
  organization: string,
  team: string,
  project: { name: string; slug?: string; platform?: string },
): Promise<Project> {
  const body: Record<string, string> = { name: project.name };
  if (project.slug) body.slug = project.slug;
  if (project.platform) body.platform = project.platform;
  return client.request(
    "POST",
    `/api/0/teams/${encodeURIComponent(organization)}/${encodeURIComponent(team)}/projects/`,
    projectSchema,
    { baseUrl: await client.regionOf(organization), body, scope: "project:write" },
  );
}

/** `PUT /api/0/projects/{org}/{project}/`: only the given fields are sent, so the others stay as they are. */
export async function updateProject(
  client: SentryClient,
  organization: string,
  project: string,
  changes: ProjectChanges,
): Promise<Project> {
  const body = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined && value !== ""));
  return client.request("PUT", projectPath(organization, project), projectSchema, {
    baseUrl: await client.regionOf(organization),
    body,
    scope: "project:write",
  });
}
