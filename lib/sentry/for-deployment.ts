import type { AppConfig } from "@/lib/env";
import { createSentryClient, type SentryClient } from "@/lib/sentry/client";
import { kvRegionCache } from "@/lib/sentry/region-cache";
import { isOrganizationAllowed } from "@/lib/settings/organization-allowlist";

/** A Sentry client acting with `token`, with this deployment's region cache and organization allowlist. */
export function sentryClientFor(config: AppConfig, kv: KVNamespace, token: string): SentryClient {
  return createSentryClient({
    baseUrl: config.sentryUrl,
    token,
    regionCache: kvRegionCache(kv, config.sentryUrl),
    allowsOrganization: (organization) => isOrganizationAllowed(organization, config.allowedOrgs),
  });
}
