import { MemoryCache } from "@/lib/cache/memory";
import type { RegionCache } from "@/lib/sentry/client";

const TTL_SECONDS = 3600;
const recent = new MemoryCache<string>(1000);

/**
 * Organization → region URL, in the isolate and in KV, shared by every request and user. Only the
 * URL is stored; access is still checked by Sentry on every call made with the caller's token.
 */
export function kvRegionCache(kv: KVNamespace, sentryUrl: string): RegionCache {
  const key = (organization: string) => `sentry-region:${sentryUrl}:${organization}`;
  return {
    async get(organization) {
      const remembered = recent.get(key(organization));
      if (remembered) return remembered;
      const stored = await kv.get(key(organization));
      if (stored) recent.set(key(organization), stored, TTL_SECONDS * 1000);
      return stored;
    },
    async put(organization, regionUrl) {
      recent.set(key(organization), regionUrl, TTL_SECONDS * 1000);
      await kv.put(key(organization), regionUrl, { expirationTtl: TTL_SECONDS });
    },
  };
}
