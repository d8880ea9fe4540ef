import { AppError } from "@/lib/errors";
import { tools } from "@/lib/mcp/tools";

/** The live tool list: the tools the admin page offers to turn off. */
const TOOL_NAMES = new Set(tools.map((tool) => tool.name));

const names = new Intl.ListFormat("en", { type: "disjunction" });

/**
 * Refuses a disabled-tools list naming a tool that does not exist: saved, a mistyped name would
 * leave its admin believing a tool is off.
 */
export function assertKnownTools(disabledTools: readonly string[]): void {
  const unknown = [...new Set(disabledTools.filter((name) => !TOOL_NAMES.has(name)))];
  if (unknown.length > 0) {
    throw new AppError("bad_request", `There is no tool called ${names.format(unknown)}. Pick the tools to turn off from the list.`);
  }
}

/**
 * The saved names that are still tools. A list saved before unknown names were refused (or naming
 * a tool a later release renamed) would otherwise come back from the form on every save and be
 * refused, with a name the admin cannot see among the switches.
 */
export function knownTools(disabledTools: readonly string[]): string[] {
  return disabledTools.filter((name) => TOOL_NAMES.has(name));
}
