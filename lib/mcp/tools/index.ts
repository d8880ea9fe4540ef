import type { SentryTool } from "@/lib/mcp/tool";
import { addIssueNote } from "@/lib/mcp/tools/add-issue-note";
import { createDsn } from "@/lib/mcp/tools/create-dsn";
import { createProject } from "@/lib/mcp/tools/create-project";
import { createTeam } from "@/lib/mcp/tools/create-team";
import { findAlertRules } from "@/lib/mcp/tools/find-alert-rules";
import { findDashboards } from "@/lib/mcp/tools/find-dashboards";
import { findDsns } from "@/lib/mcp/tools/find-dsns";
import { findMonitors } from "@/lib/mcp/tools/find-monitors";
import { findOrganizations } from "@/lib/mcp/tools/find-organizations";
import { findProjects } from "@/lib/mcp/tools/find-projects";
import { findReleases } from "@/lib/mcp/tools/find-releases";
import { findReplays } from "@/lib/mcp/tools/find-replays";
import { findTags } from "@/lib/mcp/tools/find-tags";
import { findTeams } from "@/lib/mcp/tools/find-teams";
import { getDashboardDetails } from "@/lib/mcp/tools/get-dashboard-details";
import { getEvent } from "@/lib/mcp/tools/get-event";
import { getEventAttachment } from "@/lib/mcp/tools/get-event-attachment";
import { getIssueDetails } from "@/lib/mcp/tools/get-issue-details";
import { getIssueTagValues } from "@/lib/mcp/tools/get-issue-tag-values";
import { getMonitorDetails } from "@/lib/mcp/tools/get-monitor-details";
import { getProfile } from "@/lib/mcp/tools/get-profile";
import { getReleaseCommits } from "@/lib/mcp/tools/get-release-commits";
import { getReleaseDeploys } from "@/lib/mcp/tools/get-release-deploys";
import { getReleaseDetails } from "@/lib/mcp/tools/get-release-details";
import { getReplayDetails } from "@/lib/mcp/tools/get-replay-details";
import { getSentryResource } from "@/lib/mcp/tools/get-sentry-resource";
import { getTraceDetails } from "@/lib/mcp/tools/get-trace-details";
import { searchEvents } from "@/lib/mcp/tools/search-events";
import { searchIssueEvents } from "@/lib/mcp/tools/search-issue-events";
import { searchIssues } from "@/lib/mcp/tools/search-issues";
import { updateIssue } from "@/lib/mcp/tools/update-issue";
import { updateProject } from "@/lib/mcp/tools/update-project";
import { whoami } from "@/lib/mcp/tools/whoami";
import { findEnvironments } from "@/lib/mcp/tools/find-environments";
import { findMembers } from "@/lib/mcp/tools/find-members";
import { getOrganizationStats } from "@/lib/mcp/tools/get-organization-stats";
import { getEventBreadcrumbs } from "@/lib/mcp/tools/get-event-breadcrumbs";
import { debugSourceMaps } from "@/lib/mcp/tools/debug-source-maps";
import { getIssueActivity } from "@/lib/mcp/tools/get-issue-activity";
import { findUserFeedback } from "@/lib/mcp/tools/find-user-feedback";
import { updateDsn } from "@/lib/mcp/tools/update-dsn";

/** The registry: adding a tool is one file beside this one and one line here. */
export const tools: SentryTool[] = [
  // Read
  whoami,
  findOrganizations,
  findTeams,
  findProjects,
  findReleases,
  getReleaseDetails,
  searchIssues,
  getIssueDetails,
  searchIssueEvents,
  getEvent,
  getIssueTagValues,
  searchEvents,
  findTags,
  getTraceDetails,
  getReplayDetails,
  findMonitors,
  findDsns,
  getEventAttachment,
  getSentryResource,
  findDashboards,
  getDashboardDetails,
  getReleaseCommits,
  getReleaseDeploys,
  getMonitorDetails,
  findReplays,
  getProfile,
  findAlertRules,
  findEnvironments,
  findMembers,
  getOrganizationStats,
  getEventBreadcrumbs,
  debugSourceMaps,
  getIssueActivity,
  findUserFeedback,
  // Write: the chat asks the person's approval before any of these runs.
  updateIssue,
  addIssueNote,
  createTeam,
  createProject,
  updateProject,
  createDsn,
  updateDsn,
];
