import { z } from "zod";
import { organizationArgument, projectArgument } from "@/lib/mcp/prompts/complete";
import type { SentryPrompt } from "@/lib/mcp/prompts/prompt";

export const triageRecentErrors: SentryPrompt = {
  name: "triage_recent_errors",
  title: "Triage recent errors",
  description: "Find the most important new or rising errors in an organization (or one project) over a period and suggest what to look at first.",
  args: (context) => ({
    organization: organizationArgument(context),
    project: projectArgument(context, { optional: true }),
    period: z.string().optional().meta({ title: "Period", description: "How far back to look, e.g. `24h`, `7d` (default `24h`)." }),
  }),
  render: ({ organization, project, period }) =>
    [
      `Triage the errors of the Sentry organization \`${organization}\`${project ? `, project \`${project}\`` : ""} over the last ${period || "24h"}.`,
      `1. Use search_issues with a query like \`is:unresolved firstSeen:-${period || "24h"}\` and also the most frequent unresolved issues (sort by frequency).`,
      "2. For the three most important issues, use get_issue_details to read the stack trace.",
      "3. Summarise: what broke, since when, how many users, the likely cause, and a suggested owner or next step for each. Link every issue.",
    ].join("\n"),
};
