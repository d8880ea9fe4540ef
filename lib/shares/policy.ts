/** Who may be shown a shared conversation: anyone with the link, or members of one organization. */
export const VISIBILITIES = ["public", "org"] as const;
export type Visibility = (typeof VISIBILITIES)[number];

/** `SHARING_POLICY`: `public` allows both kinds of link, `org` only organization links, `off` none. */
export const SHARING_POLICIES = ["off", "org", "public"] as const;
export type SharingPolicy = (typeof SHARING_POLICIES)[number];

/** A typo must not silently widen sharing, so an unknown value is refused rather than defaulted. */
export function parseSharingPolicy(value: string | undefined): SharingPolicy {
  if (value === undefined) return "public";
  const policy = SHARING_POLICIES.find((name) => name === value.toLowerCase());
  if (!policy) throw new Error(`SHARING_POLICY must be "off", "org" or "public" (see the configuration table in README.md)`);
  return policy;
}

/** The visibilities the owner may choose from; empty means sharing is off and no Share button shows. */
export function allowedVisibilities(policy: SharingPolicy): Visibility[] {
  if (policy === "off") return [];
  if (policy === "org") return ["org"];
  return ["public", "org"];
}

/**
 * Checked when a link is created and again whenever it is opened, so tightening the policy also
 * closes links made under the looser one.
 */
export function visibilityAllowed(policy: SharingPolicy, visibility: Visibility): boolean {
  return allowedVisibilities(policy).includes(visibility);
}
