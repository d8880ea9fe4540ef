import { z } from "zod";
import type { SentryClient } from "@/lib/sentry/client";

export const environmentSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  /** Only on a project's environments: hidden ones are left out of the environment picker. */
  isHidden: z.boolean().nullish(),
});
export type Environment = z.infer<typeof environmentSchema>;

export type EnvironmentVisibility = "all" | "hidden" | "visible";

const enc = encodeURIComponent;

/**
 * `GET /api/0/organizations/{org}/environments/`, or `/api/0/projects/{org}/{project}/environments/`
 * when a project is given. Neither endpoint paginates.
 */
export async function listEnvironments(
  client: SentryClient,
  organization: string,
  options: { project?: string; visibility?: EnvironmentVisibility } = {},
): Promise<Environment[]> {
  const path = options.project
    ? `/api/0/projects/${enc(organization)}/${enc(options.project)}/environments/`
    : `/api/0/organizations/${enc(organization)}/environments/`;
  return client.request("GET", path, environmentSchema.array(), {
    baseUrl: await client.regionOf(organization),
    query: { visibility: options.visibility },
    scope: options.project ? "project:read" : "org:read",
  });
}
