import { ProtocolError, ProtocolErrorCode, ResourceNotFoundError } from "@modelcontextprotocol/server";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import type { Constraints } from "@/lib/mcp/constraints";
import { organizationCompleter, projectCompleter, type Completer } from "@/lib/mcp/prompts/complete";
import type { PromptContext } from "@/lib/mcp/prompts/prompt";
import { toolErrorMessage } from "@/lib/mcp/run-tool";
import { replyText, type SentryTool, type ToolContext } from "@/lib/mcp/tool";
import { getEvent } from "@/lib/mcp/tools/get-event";
import { getIssueDetails } from "@/lib/mcp/tools/get-issue-details";

/**
 * Sentry data a client can attach as context: an issue, an event. Each is read by the tool that
 * shows it (same Markdown, same Sentry requests), so it is offered exactly while that tool is.
 */
export type SentryResourceTemplate = {
  name: string;
  title: string;
  description: string;
  uriTemplate: string;
  /** The tool that reads it, and its arguments from the URI's variables. */
  tool: SentryTool;
  args(variables: Record<string, string>): Record<string, string>;
  /** Suggestions for the URI's variables, as the prompts' arguments get them. */
  completions(context: PromptContext): Record<string, Completer>;
};

export const resourceTemplates: SentryResourceTemplate[] = [
  {
    name: "sentry_issue",
    title: "Sentry issue",
    description: "One Sentry issue with its latest event's stack trace, e.g. `sentry://acme/issues/PROJ-123`.",
    uriTemplate: "sentry://{organization}/issues/{issueId}",
    tool: getIssueDetails,
    args: (variables) => ({ organizationSlug: variables.organization, issueId: variables.issueId }),
    completions: (context) => ({ organization: organizationCompleter(context) }),
  },
  {
    name: "sentry_event",
    title: "Sentry event",
    description: "One Sentry event (an occurrence of an error) with its stack trace, e.g. `sentry://acme/backend/events/9999aaaaca8b46d797c23c6077c6ff01`.",
    uriTemplate: "sentry://{organization}/{project}/events/{eventId}",
    tool: getEvent,
    args: (variables) => ({ organizationSlug: variables.organization, projectSlug: variables.project, eventId: variables.eventId }),
    completions: (context) => ({ organization: organizationCompleter(context), project: projectCompleter(context) }),
  },
];

/** One value per variable (a URI template may match a list; these never do). */
function single(variables: Record<string, string | string[]>): Record<string, string> {
  return Object.fromEntries(Object.entries(variables).map(([name, value]) => [name, Array.isArray(value) ? value.join(",") : value]));
}

/**
 * Reads one resource as Markdown. A URI outside the endpoint's pinning, or one Sentry has no
 * such thing for, is refused as not found (`-32602` on the wire); other failures keep the
 * tool's plain-words message.
 */
export async function readResource(
  template: SentryResourceTemplate,
  uri: URL,
  variables: Record<string, string | string[]>,
  constraints: Constraints,
  context: ToolContext,
): Promise<{ contents: Array<{ uri: string; mimeType: string; text: string }> }> {
  const values = single(variables);
  const args = template.args(values);
  const pinnedElsewhere =
    (constraints.organization !== undefined && args.organizationSlug !== constraints.organization) ||
    (constraints.project !== undefined && "projectSlug" in args && args.projectSlug !== constraints.project);
  if (pinnedElsewhere) throw new ResourceNotFoundError(uri.href, "This endpoint serves only its own organization (and project).");
  const parsed = z.object(template.tool.inputSchema).safeParse(args);
  if (!parsed.success) throw new ResourceNotFoundError(uri.href, toolErrorMessage(parsed.error));
  try {
    const text = replyText(await template.tool.handler(parsed.data, context));
    return { contents: [{ uri: uri.href, mimeType: "text/markdown", text }] };
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") throw new ResourceNotFoundError(uri.href, error.message);
    throw new ProtocolError(ProtocolErrorCode.InternalError, toolErrorMessage(error));
  }
}
