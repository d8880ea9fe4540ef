import { z } from "zod";
import { code, link, nextPageHint } from "@/lib/mcp/format";
import { cursor } from "@/lib/mcp/params";
import { defineTool } from "@/lib/mcp/tool";
import { listOrganizations } from "@/lib/sentry/organizations";

export const findOrganizations = defineTool({
  name: "find_organizations",
  title: "Find organizations",
  description:
    "List the user's Sentry organizations and their slugs. Call it first when a tool needs `organizationSlug`.",
  inputSchema: {
    query: z.string().max(100).optional().describe("Name or slug filter"),
    cursor,
  },
  toolset: "core",
  annotations: { readOnlyHint: true, destructiveHint: false, openWorldHint: true },
  async handler({ query, cursor }, { sentry }) {
    const { items, nextCursor } = await listOrganizations(sentry, { query, cursor });
    if (items.length === 0) return query ? `No organizations match "${query}".` : "You do not belong to any Sentry organization.";
    const lines = items.map((org) => `- ${link(org.name, org.links?.organizationUrl)} — slug ${code(org.slug)}`);
    return `# Organizations (${items.length})\n\n${lines.join("\n")}${nextPageHint(nextCursor)}`;
  },
});
