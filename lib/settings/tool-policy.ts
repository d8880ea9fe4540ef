import type { AppConfig } from "@/lib/env";
import type { Settings } from "@/lib/settings/schema";

/** Which tools this deployment serves, from the admin's settings and the environment. */
export type ToolPolicy = { disabledTools: readonly string[]; writesAllowed: boolean };

/**
 * Write tools are offered only when both allow them: `ALLOW_WRITE_TOOLS` (which also decides
 * whether sign-in asks Sentry for the write scopes) and the admin's "write tools allowed".
 */
export function toolPolicy(config: AppConfig, settings: Settings): ToolPolicy {
  return { disabledTools: settings.disabledTools, writesAllowed: config.allowWriteTools && settings.writeToolsAllowed };
}

export function toolAllowed(tool: { name: string; annotations: { readOnlyHint: boolean } }, policy: ToolPolicy): boolean {
  if (policy.disabledTools.includes(tool.name)) return false;
  return tool.annotations.readOnlyHint || policy.writesAllowed;
}
