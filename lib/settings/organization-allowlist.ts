/**
 * Whether the app may be used with this organization: the admin's organization allowlist (initially `ALLOWED_ORGS`,
 * lower-case slugs), where an empty list allows every organization. Slugs compare case-insensitively.
 */
export function isOrganizationAllowed(slug: string, allowlist: readonly string[]): boolean {
  return allowlist.length === 0 || allowlist.includes(slug.trim().toLowerCase());
}
