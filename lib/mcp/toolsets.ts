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
