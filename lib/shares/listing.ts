import type { UserOrganization } from "@/lib/auth/organizations";
import type { ShareSummary } from "@/lib/db/shares";

/** A link as its owner's lists show it: an organization link names the organization as Sentry does. */
export type ShareListing = ShareSummary & { organizationName: string | null };

/** The slug stands in for an organization the owner no longer sees (they left it, or Sentry did not answer). */
export function withOrganizationNames(shares: ShareSummary[], organizations: UserOrganization[]): ShareListing[] {
  const names = new Map(organizations.map((organization) => [organization.slug.toLowerCase(), organization.name]));
  return shares.map((share) => ({
    ...share,
    organizationName: share.organization === null ? null : (names.get(share.organization.toLowerCase()) ?? share.organization),
  }));
}
