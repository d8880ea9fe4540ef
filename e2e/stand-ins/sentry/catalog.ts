// Which organizations, projects and teams "exist", derived from the examples themselves so the
// slugs the app discovers (listOrganizations → listOrganizationProjects → issues) are the slugs
// the stand-in honours. Unknown slugs answer 404 like Sentry.
import { isRecord } from "./http.ts";
import type { RouteTable } from "./examples.ts";

export type Entity = { id: string; slug: string; name: string };

export type Catalog = {
  organizations: Entity[];
  projects: Entity[];
  teams: Entity[];
};

function asEntity(value: unknown): Entity | null {
  if (!isRecord(value) || typeof value.slug !== "string") return null;
  return {
    id: value.id === undefined || value.id === null ? "" : String(value.id),
    slug: value.slug,
    name: typeof value.name === "string" ? value.name : value.slug,
  };
}

function collect(bodies: unknown[], pick: (item: Record<string, unknown>) => unknown[]): Entity[] {
  const out: Entity[] = [];
  for (const body of bodies) {
    for (const item of Array.isArray(body) ? body : [body]) {
      if (!isRecord(item)) continue;
      for (const candidate of pick(item)) {
        const entity = asEntity(candidate);
        if (entity && !out.some((e) => e.slug === entity.slug && e.id === entity.id)) out.push(entity);
      }
    }
  }
  return out;
}

export function buildCatalog(table: RouteTable): Catalog {
  const ex = (id: string) => table.example(id);
  return {
    organizations: collect([ex("listOrganizations"), ex("getOrganization")], (o) => [o]),
    // listOrganizationProjects is the authority; the issue examples and getProject reference
    // "pump-station", which must resolve too or following an issue to its project would 404.
    projects: [
      ...collect([ex("listOrganizationProjects"), ex("getProject")], (p) => [p]),
      ...collect([ex("listOrganizationIssues"), ex("getOrganizationIssue")], (i) => [i.project]),
    ],
    teams: collect([ex("listOrganizationTeams")], (t) => [t]),
  };
}

/** `organization_id_or_slug` / `project_id_or_slug` accept either the slug or the numeric id. */
export function findEntity(list: Entity[], idOrSlug: string): Entity | undefined {
  return list.find((e) => e.slug === idOrSlug) ?? list.find((e) => e.id !== "" && e.id === idOrSlug);
}
