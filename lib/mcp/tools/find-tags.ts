import { z } from "zod";
import { code, escapeMarkdown } from "@/lib/mcp/format";
import { limit, organizationSlug, projectSlug } from "@/lib/mcp/params";
import { defineTool } from "@/lib/mcp/tool";
import { listTags, type TagKey } from "@/lib/sentry/tags";

function describeTag(tag: TagKey): string {
  const name = tag.name && tag.name !== tag.key ? ` — ${escapeMarkdown(tag.name)}` : "";
  const values = typeof tag.totalValues === "number" ? ` (${tag.totalValues} value${tag.totalValues === 1 ? "" : "s"})` : "";
  return `- ${code(tag.key)}${name}${values}`;
}

export const findTags = defineTool({
  name: "find_tags",
  title: "Find tags",
  description:
    "List the tag keys of an organization's events, with value counts. Use it to learn which `key:value` filters exist before a search. Example: `projectSlug: 'backend'`.",
  inputSchema: {
    organizationSlug,
    projectSlug: projectSlug.optional(),
    dataset: z
      .enum(["events", "search_issues", "replays", "discover"])
      .optional()
      .describe("`events`: errors; `search_issues`: every issue kind; default: errors and transactions"),
    limit: limit(500, 100),
  },
  toolset: "events",
  annotations: { readOnlyHint: true, destructiveHint: false, openWorldHint: true },
  async handler({ organizationSlug: org, projectSlug: project, dataset, limit }, { sentry }) {
    const { items } = await listTags(sentry, org, { project, dataset });
    const scope = `${code(org)}${project ? `, project ${code(project)}` : ""}`;
    if (items.length === 0) {
      return `No tags in ${scope}${dataset ? ` (dataset ${code(dataset)})` : ""}: no events were received recently, or none carry tags. Try without \`dataset\` or \`projectSlug\`.`;
    }
    // The most-used keys first, so the cap keeps the useful ones.
    const tags = [...items].sort((a, b) => (b.totalValues ?? 0) - (a.totalValues ?? 0) || a.key.localeCompare(b.key));
    const shown = tags.slice(0, limit);
    const more = tags.length > shown.length ? `\n\n${tags.length - shown.length} more tag keys not shown; raise \`limit\` to see them.` : "";
    const example = shown.find((tag) => tag.key !== "environment") ?? shown[0];
    return (
      `# Tags in ${scope} (${shown.length}${more ? ` of ${tags.length}` : ""})\n\n${shown.map(describeTag).join("\n")}${more}` +
      `\n\nFilter on a tag in \`search_issues\` or \`search_events\` with \`key:value\`, e.g. ${code(`${example.key}:<value>`)}; ` +
      "list an issue's values with `get_issue_tag_values`."
    );
  },
});
