import { completable } from "@modelcontextprotocol/sdk/server/completable.js";
import { z } from "zod";
import type { PromptContext } from "@/lib/mcp/prompts/prompt";
import { listOrganizations } from "@/lib/sentry/organizations";
import { listOrganizationProjects } from "@/lib/sentry/projects";

const MAX_SUGGESTIONS = 20;
const startsWith = (prefix: string) => (slug: string) => slug.toLowerCase().startsWith(prefix.toLowerCase());

/** An `organization` argument whose completions are the user's organization slugs. */
export function organizationArgument(context: PromptContext) {
  return completable(z.string().describe("Organization slug, e.g. `acme`."), async (value) => {
    if (context.constraints.organization) return [context.constraints.organization];
    const { items } = await listOrganizations(context.sentry).catch(() => ({ items: [] }));
    return items.map((org) => org.slug).filter(startsWith(value ?? "")).slice(0, MAX_SUGGESTIONS);
  });
}

/** A `project` argument whose completions are the chosen organization's project slugs. */
export function projectArgument(context: PromptContext, options: { optional: boolean }) {
  const description = "Project slug, e.g. `backend`.";
  // The description goes on the outermost schema, where MCP clients read it.
  const schema = options.optional ? (z.string().optional().describe(description) as unknown as z.ZodString) : z.string().describe(description);
  return completable(schema, async (value, request) => {
    if (context.constraints.project) return [context.constraints.project];
    const organization = context.constraints.organization ?? request?.arguments?.organization;
    if (!organization) return [];
    const { items } = await listOrganizationProjects(context.sentry, organization).catch(() => ({ items: [] }));
    return items.map((project) => project.slug).filter(startsWith(value ?? "")).slice(0, MAX_SUGGESTIONS);
  });
}
