import type { AdminUser } from "@/lib/admin/admin-user";
import { knownTools } from "@/lib/admin/tool-names";
import { getConfig } from "@/lib/env";
import { tools } from "@/lib/mcp/tools";
import { defaultSettings } from "@/lib/settings/defaults";
import type { Settings, VersionedSettings } from "@/lib/settings/schema";
import { readLatestSettings } from "@/lib/settings/store";

export type AdminTool = { name: string; title: string; description: string; write: boolean };

/** Everything the settings form needs: the saved document, its defaults, the live tool list. */
export type AdminSettingsView = VersionedSettings & {
  defaults: Settings;
  tools: AdminTool[];
  /** `ALLOW_WRITE_TOOLS`: when false, sign-in asks for read scopes only and no setting can offer writes. */
  writeToolsPermitted: boolean;
};

export async function adminSettingsView(env: CloudflareEnv, _admin: AdminUser): Promise<AdminSettingsView> {
  const config = getConfig(env);
  const current = await readLatestSettings(env.DB, config);
  return {
    version: current.version,
    settings: { ...current.settings, disabledTools: knownTools(current.settings.disabledTools) },
    defaults: defaultSettings(config),
    tools: tools.map((tool) => ({
      name: tool.name,
      title: tool.title,
      description: tool.description,
      write: !tool.annotations.readOnlyHint,
    })),
    writeToolsPermitted: config.allowWriteTools,
  };
}
