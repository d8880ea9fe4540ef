import { z } from "zod";
import { organizationArgument } from "@/lib/mcp/prompts/complete";
import type { SentryPrompt } from "@/lib/mcp/prompts/prompt";

export const errorsInFile: SentryPrompt = {
  name: "errors_in_file",
  title: "Errors in a file",
  description: "Find the errors whose stack traces pass through a given source file.",
  args: (context) => ({
    organization: organizationArgument(context),
    filename: z.string().meta({ title: "File", description: "A file name or path as it appears in stack traces, e.g. `checkout.py` or `src/api/orders.ts`." }),
  }),
  render: ({ organization, filename }) =>
    [
      `Find the errors in the Sentry organization \`${organization}\` whose stack traces involve \`${filename}\`.`,
      `Use search_issues with the query \`is:unresolved stack.filename:"*${filename}"\` (try the bare file name if the path finds nothing) and read the top results with get_issue_details.`,
      "List each issue with the failing function and line, how often it happens, and a suggested fix. Link every issue.",
    ].join("\n"),
};
