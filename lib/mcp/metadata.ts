import { z } from "zod";
import { prompts } from "@/lib/mcp/prompts";
import { tools } from "@/lib/mcp/tools";
import { renderingContext } from "@/lib/mcp/prompts/render-prompt";
import { toolAllowed, type ToolPolicy } from "@/lib/settings/tool-policy";

export type ToolMetadata = {
  name: string;
  title: string;
  description: string;
  /** False for the write tools, which the chat runs only after the person approves. */
  readOnly: boolean;
  destructive: boolean;
  inputSchema: Record<string, unknown>;
};

/** `title` is the label a person reads (the argument's name when it has none). */
export type PromptArgumentMetadata = { name: string; title: string; description: string | null; required: boolean };

export type PromptMetadata = { name: string; title: string; description: string; arguments: PromptArgumentMetadata[] };

export type McpMetadata = { tools: ToolMetadata[]; prompts: PromptMetadata[] };

function describeTools(policy: ToolPolicy): ToolMetadata[] {
  return tools.filter((tool) => toolAllowed(tool, policy)).map((tool) => ({
    name: tool.name,
    title: tool.title,
    description: tool.description,
    readOnly: tool.annotations.readOnlyHint,
    destructive: tool.annotations.destructiveHint,
    // What a client sends, so defaults show as optional and transforms are not applied.
    inputSchema: z.toJSONSchema(z.object(tool.inputSchema), { io: "input", unrepresentable: "any" }) as Record<string, unknown>,
  }));
}

/** Metadata set inside `.optional()` or `.default()` sits on the wrapped schema. */
function metaOf(schema: z.core.$ZodType, key: "title" | "description"): string | null {
  const own = z.globalRegistry.get(schema)?.[key];
  if (own) return own;
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault || schema instanceof z.ZodNullable) {
    return metaOf(schema.unwrap(), key);
  }
  return null;
}

function describePrompts(): PromptMetadata[] {
  return prompts.map((prompt) => ({
    name: prompt.name,
    title: prompt.title,
    description: prompt.description,
    arguments: Object.entries(prompt.args(renderingContext)).map(([name, schema]) => ({
      name,
      title: metaOf(schema, "title") ?? name,
      description: metaOf(schema, "description"),
      // Required means a form cannot leave it out: no default, not optional.
      required: !z.safeParse(schema, undefined).success,
    })),
  }));
}

/** The tools (those the admin's settings allow) and prompts the MCP server offers, from the same registries it is built from. */
export function describeMcp(policy: ToolPolicy): McpMetadata {
  return { tools: describeTools(policy), prompts: describePrompts() };
}
