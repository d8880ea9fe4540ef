import { z } from "zod";
import type { Page, SentryClient } from "@/lib/sentry/client";

export const projectKeySchema = z.looseObject({
  id: z.string(),
  name: z.string().nullish(),
  label: z.string().nullish(),
  isActive: z.boolean().nullish(),
  dateCreated: z.string().nullish(),
  dsn: z.looseObject({ public: z.string().nullish(), secret: z.string().nullish() }).nullish(),
  rateLimit: z.looseObject({ count: z.number().nullish(), window: z.number().nullish() }).nullish(),
});
export type ProjectKey = z.infer<typeof projectKeySchema>;

const keysPath = (organization: string, project: string) =>
  `/api/0/projects/${encodeURIComponent(organization)}/${encodeURIComponent(project)}/keys/`;

/** `GET /api/0/projects/{org}/{project}/keys/`: the project's client keys (DSNs). */
export async function listProjectKeys(
  client: SentryClient,
  organization: string,
  project: string,
  options: { cursor?: string; status?: "active" | "inactive" } = {},
): Promise<Page<ProjectKey>> {
  return client.list(keysPath(organization, project), projectKeySchema, {
    baseUrl: await client.regionOf(organization),
    query: { cursor: options.cursor, status: options.status },
    scope: "project:read",
  });
}

/** `POST /api/0/projects/{org}/{project}/keys/`: a new client key; Sentry generates a name when none is given. */
export async function createProjectKey(
  client: SentryClient,
  organization: string,
  project: string,
  key: { name?: string } = {},
): Promise<ProjectKey> {
  return client.request("POST", keysPath(organization, project), projectKeySchema, {
    baseUrl: await client.regionOf(organization),
    body: key.name ? { name: key.name } : {},
    scope: "project:write",
  });
}

/** What `updateProjectKey` may change; `rateLimit: null` removes the limit. */
export type ProjectKeyChanges = {
  name?: string;
  isActive?: boolean;
  rateLimit?: { count: number; window: number } | null;
};

/** `PUT /api/0/projects/{org}/{project}/keys/{key_id}/`: rename, (de)activate or rate-limit a client key. */
export async function updateProjectKey(
  client: SentryClient,
  organization: string,
  project: string,
  keyId: string,
  changes: ProjectKeyChanges,
): Promise<ProjectKey> {
  return client.request("PUT", `${keysPath(organization, project)}${encodeURIComponent(keyId)}/`, projectKeySchema, {
    baseUrl: await client.regionOf(organization),
    body: changes,
    scope: "project:write",
  });
}
