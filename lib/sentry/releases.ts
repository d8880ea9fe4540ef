import { z } from "zod";
import type { Page, SentryClient } from "@/lib/sentry/client";

const id = z.union([z.string(), z.number()]).transform(String);

export const deploySchema = z.looseObject({
  id,
  environment: z.string().nullish(),
  dateStarted: z.string().nullish(),
  dateFinished: z.string().nullish(),
  name: z.string().nullish(),
  url: z.string().nullish(),
});
export type Deploy = z.infer<typeof deploySchema>;

const personSchema = z.looseObject({
  name: z.string().nullish(),
  email: z.string().nullish(),
  username: z.string().nullish(),
});

export const commitSchema = z.looseObject({
  id: z.string(),
  message: z.string().nullish(),
  dateCreated: z.string().nullish(),
  author: personSchema.nullish(),
  repository: z.looseObject({ name: z.string().nullish() }).nullish(),
  pullRequest: z.looseObject({ title: z.string().nullish() }).nullish(),
});
export type Commit = z.infer<typeof commitSchema>;

export const releaseSchema = z.looseObject({
  version: z.string(),
  shortVersion: z.string().nullish(),
  status: z.string().nullish(),
  ref: z.string().nullish(),
  url: z.string().nullish(),
  dateCreated: z.string().nullish(),
  dateReleased: z.string().nullish(),
  firstEvent: z.string().nullish(),
  lastEvent: z.string().nullish(),
  newGroups: z.number().nullish(),
  commitCount: z.number().nullish(),
  deployCount: z.number().nullish(),
  lastCommit: commitSchema.nullish(),
  lastDeploy: deploySchema.nullish(),
  authors: z.array(personSchema).nullish(),
  projects: z
    .array(
      z.looseObject({
        slug: z.string(),
        name: z.string().nullish(),
        newGroups: z.number().nullish(),
        /** Session health, sent when asked for (`health=1`) and the project sends sessions; percentages. */
        healthData: z
          .looseObject({
            crashFreeSessions: z.number().nullish(),
            crashFreeUsers: z.number().nullish(),
            totalSessions: z.number().nullish(),
            totalUsers: z.number().nullish(),
          })
          .nullish(),
      }),
    )
    .nullish(),
});
export type Release = z.infer<typeof releaseSchema>;

const base = (organization: string) => `/api/0/organizations/${encodeURIComponent(organization)}/releases/`;
const one = (organization: string, version: string) => `${base(organization)}${encodeURIComponent(version)}/`;

/** `GET /api/0/organizations/{org}/releases/`, newest first; `query` matches part of the version. */
export async function listReleases(
  client: SentryClient,
  organization: string,
  options: { project?: string; query?: string; perPage?: number; cursor?: string } = {},
): Promise<Page<Release>> {
  return client.list(base(organization), releaseSchema, {
    baseUrl: await client.regionOf(organization),
    query: { project: options.project, query: options.query, per_page: options.perPage, cursor: options.cursor },
    scope: "project:read",
  });
}

/** `GET /api/0/organizations/{org}/releases/{version}/`, with each project's session health. */
export async function getRelease(client: SentryClient, organization: string, version: string): Promise<Release> {
  return client.request("GET", one(organization, version), releaseSchema, {
    baseUrl: await client.regionOf(organization),
    query: { health: 1 },
    scope: "project:read",
  });
}

/** `GET /api/0/organizations/{org}/releases/{version}/commits/`, newest first. */
export async function listReleaseCommits(
  client: SentryClient,
  organization: string,
  version: string,
  options: { perPage?: number; cursor?: string } = {},
): Promise<Page<Commit>> {
  return client.list(`${one(organization, version)}commits/`, commitSchema, {
    baseUrl: await client.regionOf(organization),
    query: { per_page: options.perPage, cursor: options.cursor },
    scope: "project:read",
  });
}

/** `GET /api/0/organizations/{org}/releases/{version}/deploys/`. */
export async function listReleaseDeploys(
  client: SentryClient,
  organization: string,
  version: string,
  options: { cursor?: string } = {},
): Promise<Page<Deploy>> {
  return client.list(`${one(organization, version)}deploys/`, deploySchema, {
    baseUrl: await client.regionOf(organization),
    query: { cursor: options.cursor },
    scope: "project:read",
  });
}
