import { AppError } from "@/lib/errors";

/**
 * Named groups of tools. A client that wants fewer tools asks for some groups
 * (`/mcp?toolsets=issues,traces`); `core` is always listed, since every other group starts from an
 * organization it finds.
 */
export const toolsets = {
  core: "Who you are, your organizations, and opening any Sentry URL",
  issues: "Search, read, comment on and update issues",
  events: "Events, their tags, attachments, breadcrumbs and source maps",
  traces: "Traces and profiles: where the time went",
  releases: "Releases, their commits and deploys",
  projects: "Projects, teams, members, environments, DSNs and event volume",
  monitors: "Cron monitors, their check-ins and alert rules",
  replays: "Session replays and user feedback",
  dashboards: "Dashboards and their widgets",
} as const;

export type Toolset = keyof typeof toolsets;

export const toolsetNames = Object.keys(toolsets) as Toolset[];

const isToolset = (name: string): name is Toolset => Object.hasOwn(toolsets, name);

/**
 * The groups a `toolsets` list names (comma-separated, as in `?toolsets=issues,traces`), with
 * `core` added; null when none is asked for (every tool). An unknown name is refused, naming the
 * valid ones, rather than quietly listing fewer tools than the client meant.
 */
export function parseToolsets(list: string | null): ReadonlySet<Toolset> | null {
  if (list === null) return null;
  const names = list.split(",").map((name) => name.trim()).filter(Boolean);
  const unknown = names.filter((name) => !isToolset(name));
  if (names.length === 0 || unknown.length > 0) {
    const what = names.length === 0 ? "`toolsets` names no toolset" : `Unknown toolset${unknown.length > 1 ? "s" : ""}: ${unknown.join(", ")}`;
    throw new AppError("bad_request", `${what}. Valid toolsets: ${toolsetNames.join(", ")}.`);
  }
  return new Set<Toolset>(["core", ...(names as Toolset[])]);
}

/** Whether a tool is in the chosen groups (null: no choice, every tool). */
export function inToolsets(tool: { toolset: Toolset }, chosen: ReadonlySet<Toolset> | null): boolean {
  return chosen === null || chosen.has(tool.toolset);
}

/** Both choices at once (a grant's and a URL's): a grant narrows what a URL may ask for, never widens it. */
export function narrowToolsets(a: ReadonlySet<Toolset> | null, b: ReadonlySet<Toolset> | null): ReadonlySet<Toolset> | null {
  if (a === null || b === null) return a ?? b;
  return new Set([...a].filter((name) => b.has(name)));
}
