import type { SentryTool } from "@/lib/mcp/tool";

/** `/mcp/:org[/:project]`: every tool is pinned to this organization (and project). */
export type Constraints = { organization?: string; project?: string };

const SLUG = /^[A-Za-z0-9_.-]{1,100}$/;

/** Reads the route's optional `[org, project]` segments; null when they are not slugs. */
export function parseConstraints(segments: string[] | undefined): Constraints | null {
  const [organization, project, ...rest] = segments ?? [];
  if (rest.length > 0) return null;
  if (organization !== undefined && !SLUG.test(organization)) return null;
  if (project !== undefined && !SLUG.test(project)) return null;
  return { organization, project };
}

const pinned = (constraints: Constraints) => ({
  ...(constraints.organization ? { organizationSlug: constraints.organization } : {}),
  ...(constraints.project ? { projectSlug: constraints.project } : {}),
});

/**
 * The tool as a client of a constrained endpoint sees it: pinned parameters are gone from its
 * schema and filled in on every call, so they cannot be overridden. Hidden tools return null.
 */
export function constrainTool(tool: SentryTool, constraints: Constraints): SentryTool | null {
  if (constraints.organization && tool.name === "find_organizations") return null;
  const values = pinned(constraints);
  const pinnedKeys = Object.keys(values).filter((key) => key in tool.inputSchema);
  if (pinnedKeys.length === 0) return tool;
  const inputSchema = Object.fromEntries(Object.entries(tool.inputSchema).filter(([key]) => !pinnedKeys.includes(key)));
  const fills = Object.fromEntries(pinnedKeys.map((key) => [key, values[key as keyof typeof values]]));
  return {
    ...tool,
    inputSchema,
    handler: (args, context) => tool.handler({ ...(args as object), ...fills }, context),
  };
}
