import type { ToolSet } from "ai";
import { tools } from "@/lib/mcp/tools";
import { toolAllowed, type ToolPolicy } from "@/lib/settings/tool-policy";

const readOnlyTools = new Set(tools.filter((tool) => tool.annotations.readOnlyHint).map((tool) => tool.name));

/**
 * The chat's tools narrowed to what the settings allow. /mcp already serves only those; this
 * keeps the model's offer right even when the tool list it got from /mcp was cached earlier.
 * A name the registry does not know counts as a write tool.
 */
export function allowedChatTools(toolSet: ToolSet, policy: ToolPolicy): ToolSet {
  return Object.fromEntries(
    Object.entries(toolSet).filter(([name]) => toolAllowed({ name, annotations: { readOnlyHint: readOnlyTools.has(name) } }, policy)),
  );
}
