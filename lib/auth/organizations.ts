import { z } from "zod";
import { getAccessToken, type RefreshConfig } from "@/lib/auth/access-token";
import { AppError } from "@/lib/errors";
import { createSentryClient } from "@/lib/sentry/client";
import { listOrganizations } from "@/lib/sentry/organizations";
import { isOrganizationAllowed } from "@/lib/settings/organization-allowlist";

/** Membership changes rarely; Sentry is asked at most every 10 minutes per user. */
export const ORGANIZATIONS_TTL_SECONDS = 600;
/** 100 organizations a page; nobody belongs to more than a few pages' worth. */
const MAX_PAGES = 10;

const cachedSchema = z.array(z.object({ slug: z.string(), name: z.string() }));
export type UserOrganization = z.infer<typeof cachedSchema>[number];

const keyFor = (userId: string) => `orgs:${userId}`;

export function allowedOrganizations(organizations: UserOrganization[], allowlist: readonly string[]): UserOrganization[] {
  return organizations.filter((organization) => isOrganizationAllowed(organization.slug, allowlist));
}

/**
 * The organizations the user belongs to, as Sentry lists them for the user's own token; cached
 * in KV per user. A token Sentry no longer accepts means the user must sign in again.
 */
export async function listUserOrganizations(kv: KVNamespace, config: RefreshConfig, userId: string): Promise<UserOrganization[]> {
  const cached = cachedSchema.safeParse(await kv.get(keyFor(userId), "json"));
  if (cached.success) return cached.data;

  const token = await getAccessToken(kv, config, userId);
  const sentry = createSentryClient({ baseUrl: config.sentryUrl, token });
  const organizations: UserOrganization[] = [];
  let cursor: string | undefined;
  try {
    for (let page = 0; page < MAX_PAGES; page++) {
      const { items, nextCursor } = await listOrganizations(sentry, { cursor });
      organizations.push(...items.map(({ slug, name }) => ({ slug, name })));
      if (!nextCursor) break;
      cursor = nextCursor;
    }
  } catch (error) {
    if (error instanceof AppError && error.code === "unauthorized") throw new AppError("reauth_required");
    throw error;
  }
  await kv.put(keyFor(userId), JSON.stringify(organizations), { expirationTtl: ORGANIZATIONS_TTL_SECONDS });
  return organizations;
}

/** Drops the cached list: on sign-in (a new grant may see other organizations) and sign-out. */
export async function forgetOrganizations(kv: KVNamespace, userId: string): Promise<void> {
  await kv.delete(keyFor(userId));
}
