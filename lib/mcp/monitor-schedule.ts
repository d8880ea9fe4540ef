import { code, escapeMarkdown } from "@/lib/mcp/format";
import type { Monitor } from "@/lib/sentry/monitors";

/** `[15, "minute"]` → "every 15 minutes"; a crontab → "crontab `0 2 * * *` in `UTC`"; null when Sentry sent none. */
export function monitorSchedule(config: Monitor["config"]): string | null {
  const value = config?.schedule;
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return escapeMarkdown(`every ${value[0]} ${value[1]}${Number(value[0]) === 1 ? "" : "s"}`);
  return `crontab ${code(value)}${config?.timezone ? ` in ${code(config.timezone)}` : ""}`;
}
