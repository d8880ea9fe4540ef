import { z } from "zod";
import { organizationArgument } from "@/lib/mcp/prompts/complete";
import type { SentryPrompt } from "@/lib/mcp/prompts/prompt";

export const explainIssue: SentryPrompt = {
  name: "explain_issue",
  title: "Explain an issue",
  description: "Explain a Sentry issue in plain words: what fails, where in the code, since when, who is affected, and how to fix it.",
  args: (context) => ({
    organization: organizationArgument(context),
    issue: z.string().meta({ title: "Issue", description: "The issue's short id (e.g. `BACKEND-123`), numeric id, or its Sentry URL." }),
  }),
  render: ({ organization, issue }) =>
    [
      `Explain the Sentry issue \`${issue}\` in the organization \`${organization}\`.`,
      "Use get_issue_details (or get_sentry_resource if it is a URL) to read it and its latest stack trace; use get_issue_tag_values for `release`, `environment` and `browser` if they help.",
      "Then explain: what fails and where in the code, when it started and how often it happens, who is affected, the most likely cause, and a concrete fix. Link the issue.",
    ].join("\n"),
};
