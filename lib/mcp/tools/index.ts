import type { SentryTool } from "@/lib/mcp/tool";
import { createDsn } from "@/lib/mcp/tools/create-dsn";
import { createProject } from "@/lib/mcp/tools/create-project";
import { createTeam } from "@/lib/mcp/tools/create-team";
import { findDsns } from "@/lib/mcp/tools/find-dsns";
import { findOrganizations } from "@/lib/mcp/tools/find-organizations";
import { findProjects } from "@/lib/mcp/tools/find-projects";
import { findTeams } from "@/lib/mcp/tools/find-teams";
import { updateProject } from "@/lib/mcp/tools/update-project";
import { whoami } from "@/lib/mcp/tools/whoami";

/** The registry: adding a tool is one file beside this one and one line here. */
export const tools: SentryTool[] = [
  whoami,
  findOrganizations,
  findTeams,
  findProjects,
  findDsns,
  createTeam,
  createProject,
  updateProject,
  createDsn,
];
