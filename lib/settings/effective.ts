import { getConfig, type AppConfig } from "@/lib/env";
import { readSettings } from "@/lib/settings/store";
import type { Settings } from "@/lib/settings/schema";

/**
 * The configuration the app runs with: the environment, with the admin's organization allowlist
 * and sharing policy taking over from `ALLOWED_ORGS` and `SHARING_POLICY`. `allowWriteTools` stays
 * the environment's: it decides the OAuth scopes requested at sign-in (see toolAllowed for writes).
 */
export function withSettings(config: AppConfig, settings: Settings): AppConfig {
  return { ...config, allowedOrgs: settings.allowedOrgs, sharingPolicy: settings.sharingPolicy };
}

/** The environment and the current settings, read fresh for this request. */
export async function loadEffectiveConfig(env: CloudflareEnv): Promise<{ config: AppConfig; settings: Settings }> {
  const base = getConfig(env);
  const { settings } = await readSettings(env.KV, base);
  return { config: withSettings(base, settings), settings };
}
