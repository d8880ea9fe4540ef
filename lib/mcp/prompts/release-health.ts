import { z } from "zod";
import { organizationArgument } from "@/lib/mcp/prompts/complete";
import type { SentryPrompt } from "@/lib/mcp/prompts/prompt";

export const releaseHealth: SentryPrompt = {
  name: "release_health",
  title: "Release health",
  description: "Check how a release is doing: new issues it introduced, regressions, deploys and commits.",
  args: (context) => ({
    organization: organizationArgument(context),
    release: z.string().meta({ title: "Release", description: "The release version, e.g. `backend@1.4.2` (find it with find_releases)." }),
  }),
  render: ({ organization, release }) =>
    [
      `Assess the health of release \`${release}\` in the Sentry organization \`${organization}\`.`,
      "Use get_release_details for its deploys, commits and new issues, then search_issues with `release:" +
        `${release}` +
        " is:unresolved` and `firstRelease:" +
        `${release}` +
        "` for what it introduced.",
      "Report: is it healthy, what regressed, which commits are likely responsible, and whether to roll back. Link everything.",
    ].join("\n"),
};
