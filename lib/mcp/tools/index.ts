import type { SentryTool } from "@/lib/mcp/tool";
import { findOrganizations } from "@/lib/mcp/tools/find-organizations";
import { whoami } from "@/lib/mcp/tools/whoami";

/** The registry: adding a tool is one file beside this one and one line here. */
export const tools: SentryTool[] = [whoami, findOrganizations];
