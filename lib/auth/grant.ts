import { z } from "zod";
import type { StoredTokens } from "@/lib/auth/token-store";

/**
 * The fields of a Sentry `/oauth/token/` answer we keep. Sentry sends `expires_in` (seconds) and
 * `expires_at` (an ISO date); Auth.js replaces `expires_at` with epoch seconds when `expires_in`
 * is present, so both shapes are accepted.
 */
const tokenResponseSchema = z.object({
  access_token: z.string().min(1),
  refresh_token: z.string().min(1).nullish(),
  expires_in: z.coerce.number().nonnegative().nullish(),
  expires_at: z.union([z.number(), z.string()]).nullish(),
  scope: z.string().nullish(),
});

function expiryOf(response: z.infer<typeof tokenResponseSchema>, now: number): number | null {
  if (response.expires_in !== null && response.expires_in !== undefined) return now + response.expires_in * 1000;
  if (typeof response.expires_at === "number") return response.expires_at * 1000;
  if (typeof response.expires_at === "string") {
    const parsed = Date.parse(response.expires_at);
    return Number.isNaN(parsed) ? null : parsed;
  }
  return null;
}

/** Reads a token endpoint answer into what the token store keeps; throws when it is not one. */
export function grantFromTokenResponse(
  response: unknown,
  options: { previousRefreshToken?: string | null; now?: number } = {},
): StoredTokens {
  const parsed = tokenResponseSchema.parse(response);
  return {
    accessToken: parsed.access_token,
    // RFC 6749 §6: a refresh answer without a new refresh token means the old one stays valid.
    refreshToken: parsed.refresh_token ?? options.previousRefreshToken ?? null,
    expiresAt: expiryOf(parsed, options.now ?? Date.now()),
    scope: parsed.scope ?? null,
  };
}

/** A user auth token pasted on the sign-in page: no refresh token, no scheduled expiry. */
export function grantFromUserAuthToken(token: string): StoredTokens {
  return { accessToken: token, refreshToken: null, expiresAt: null, scope: null };
}
