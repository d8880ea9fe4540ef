import { AppError } from "@/lib/errors";
import type { Constraints } from "@/lib/mcp/constraints";
import type { SentryClient } from "@/lib/sentry/client";
import { getOrganization } from "@/lib/sentry/organizations";

const ACCESS_TTL_SECONDS = 300;

/**
 * Under `/mcp/:org[/:project]` the token must reach that organization: checked with Sentry once per
 * token and organization per 5 minutes, so a client learns at `initialize`, not at its first tool call.
 */
export async function assertOrganizationAccess(
  kv: KVNamespace,
  tokenHash: string,
  sentry: SentryClient,
  constraints: Constraints,
): Promise<void> {
  const organization = constraints.organization;
  if (!organization) return;
  const cacheKey = `mcp-org-access:${tokenHash}:${organization}`;
  if ((await kv.get(cacheKey)) === "ok") return;
  try {
    await getOrganization(sentry, organization);
  } catch (error) {
    if (error instanceof AppError && ["forbidden", "not_found", "unauthorized"].includes(error.code)) {
      throw new AppError("forbidden", `This token has no access to the Sentry organization "${organization}".`);
    }
    throw error;
  }
  await kv.put(cacheKey, "ok", { expirationTtl: ACCESS_TTL_SECONDS });
}
