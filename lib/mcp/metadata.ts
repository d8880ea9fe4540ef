import { z } from "zod";
import type { PromptContext } from "@/lib/mcp/prompts/prompt";
import { prompts } from "@/lib/mcp/prompts";
import { tools } from "@/lib/mcp/tools";
import { createSentryClient } from "@/lib/sentry/client";
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

export type PromptArgumentMetadata = { name: string; description: string | null; required: boolean };

export type PromptMetadata = { name: string; title: string; description: string; arguments: PromptArgumentMetadata[] };

export type McpMetadata = { tools: ToolMetadata[]; prompts: PromptMetadata[] };

/**
 * A prompt's argument shapes do not depend on who asks; only their completion callbacks use the
 * context, and describing the arguments never runs them. A client without a token (which Sentry
 * would refuse) is enough, and keeps this description the same for everyone.
 */
const describingContext: PromptContext = {
  sentry: createSentryClient({ baseUrl: "https://sentry.invalid", token: "" }),
  constraints: {},
};

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

/** A description set inside `.optional()` or `.default()` sits on the wrapped schema. */
function descriptionOf(schema: z.core.$ZodType): string | null {
  const own = z.globalRegistry.get(schema)?.description;
  if (own) return own;
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault || schema instanceof z.ZodNullable) {
    return descriptionOf(schema.unwrap());
  }
  return null;
}

function describePrompts(): PromptMetadata[] {
  return prompts.map((prompt) => ({
    name: prompt.name,
    title: prompt.title,
    description: prompt.description,
    arguments: Object.entries(prompt.args(describingContext)).map(([name, schema]) => ({
      name,
      description: descriptionOf(schema),
      // Required means a form cannot leave it out: no default, not optional.
      required: !z.safeParse(schema, undefined).success,
    })),
  }));
}

/** The tools (those the admin's settings allow) and prompts the MCP server offers, from the same registries it is built from. */
export function describeMcp(policy: ToolPolicy): McpMetadata {
  return { tools: describeTools(policy), prompts: describePrompts() };
}
