import { z } from "zod";
import { AppError } from "@/lib/errors";
import { formatEvent } from "@/lib/mcp/format-event";
import { ensureIssueInProject } from "@/lib/mcp/format-issues";
import { webUrl } from "@/lib/mcp/format";
import { organizationSlug, projectSlug } from "@/lib/mcp/params";
import { defineTool, replyText, type SentryTool, type ToolContext } from "@/lib/mcp/tool";
import { getEvent } from "@/lib/mcp/tools/get-event";
import { getIssueDetails } from "@/lib/mcp/tools/get-issue-details";
import { getReplayDetails } from "@/lib/mcp/tools/get-replay-details";
import { getTraceDetails } from "@/lib/mcp/tools/get-trace-details";
import { getOrganizationIssueEvent } from "@/lib/sentry/events";
import { getOrganizationIssue } from "@/lib/sentry/issues";
import { isConfiguredSentryHost, isSentryIoHost, parseSentryUrl } from "@/lib/sentry/urls";

/** Another tool's Markdown, with its schema's defaults applied as the MCP server would. */
async function dispatch(tool: SentryTool, args: Record<string, unknown>, context: ToolContext): Promise<string> {
  return replyText(await tool.handler(z.object(tool.inputSchema).parse(args), context));
}

function configuredHost(baseUrl: string): string {
  const host = new URL(baseUrl);
  return isSentryIoHost(host.hostname) ? "sentry.io (`https://<org>.sentry.io/…` or `https://sentry.io/organizations/<org>/…`)" : host.host;
}

/** Refuses a URL on another host: this server's token only works on its own Sentry. */
function ensureConfiguredHost(url: string, baseUrl: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return; // Not a URL at all: parseSentryUrl says so.
  }
  if (!/^https?:$/.test(parsed.protocol) || isConfiguredSentryHost(url, baseUrl)) return;
  throw new AppError(
    "bad_request",
    `That URL is on ${parsed.host}, but this server is connected to the Sentry at ${configuredHost(baseUrl)}. Paste a URL from that Sentry.`,
  );
}

/** An event addressed through its issue (`/issues/<id>/events/<event id>/`): no project slug needed. */
async function issueEvent(context: ToolContext, org: string, issueId: string, eventId: string, project: string | undefined): Promise<string> {
  const { sentry } = context;
  if (project) ensureIssueInProject(await getOrganizationIssue(sentry, org, issueId), org, project);
  const event = await getOrganizationIssueEvent(sentry, org, issueId, eventId);
  const shownId = event.eventID ?? eventId;
  const groupId = event.groupID ?? issueId;
  const url = webUrl(sentry.baseUrl, org, `issues/${encodeURIComponent(groupId)}/events/${encodeURIComponent(shownId)}/`);
  return formatEvent(event, { shownId, groupId, url });
}

export const getSentryResource = defineTool({
  name: "get_sentry_resource",
  title: "Get a Sentry resource from its URL",
  description:
    "Open what a pasted Sentry URL points to: an issue, event, trace or replay, on sentry.io or self-hosted. Example: `url: 'https://acme.sentry.io/issues/4509062593/'`.",
  inputSchema: {
    url: z.string().trim().min(1).max(2000),
    organizationSlug: organizationSlug.optional().describe("Refuses a URL of another organization"),
    projectSlug: projectSlug.optional().describe("Refuses an issue or event of another project"),
  },
  toolset: "core",
  annotations: { readOnlyHint: true, destructiveHint: false, openWorldHint: true },
  async handler({ url, organizationSlug: pinnedOrg, projectSlug: pinnedProject }, context) {
    ensureConfiguredHost(url, context.sentry.baseUrl);
    const resource = parseSentryUrl(url);
    const org = resource.organization;
    if (pinnedOrg && pinnedOrg.toLowerCase() !== org.toLowerCase()) {
      throw new AppError("forbidden", `That URL belongs to organization ${org}, but this conversation is limited to organization ${pinnedOrg}.`);
    }
    switch (resource.kind) {
      case "issue":
        return dispatch(getIssueDetails, { organizationSlug: org, issueId: resource.issueId, projectSlug: pinnedProject }, context);
      case "event":
        if (resource.projectSlug) {
          if (pinnedProject && pinnedProject !== resource.projectSlug) {
            throw new AppError("not_found", `Event ${resource.eventId} is not in project ${pinnedProject} (the URL names project ${resource.projectSlug}).`);
          }
          return dispatch(getEvent, { organizationSlug: org, projectSlug: resource.projectSlug, eventId: resource.eventId }, context);
        }
        if (!resource.issueId) throw new AppError("bad_request", "That event URL names neither its issue nor its project.");
        return issueEvent(context, org, resource.issueId, resource.eventId, pinnedProject);
      case "trace":
        return dispatch(getTraceDetails, { organizationSlug: org, traceId: resource.traceId }, context);
      case "replay":
        return dispatch(getReplayDetails, { organizationSlug: org, replayId: resource.replayId }, context);
    }
  },
});
