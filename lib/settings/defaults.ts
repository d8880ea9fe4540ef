import { DEFAULT_MODEL_ID } from "@/lib/chat/model";
import type { AppConfig } from "@/lib/env";
import type { Settings } from "@/lib/settings/schema";

export const DEFAULT_MAX_STEPS = 10;

/**
 * Until an admin saves, the settings are these: the environment's `ALLOW_WRITE_TOOLS`,
 * `ALLOWED_ORGS` and `SHARING_POLICY` are the initial values, after that the saved document wins.
 */
export function defaultSettings(config: AppConfig): Settings {
  return {
    model: DEFAULT_MODEL_ID,
    systemPromptExtra: "",
    maxSteps: DEFAULT_MAX_STEPS,
    disabledTools: [],
    writeToolsAllowed: config.allowWriteTools,
    allowedOrgs: config.allowedOrgs,
    sharingPolicy: config.sharingPolicy,
    externalMcpClients: true,
    dailyMessageQuota: 0,
  };
}
