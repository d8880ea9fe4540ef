import type { ValidatedAccessToken } from "@cloudflare/workers-oauth-provider";
import { sha256Hex } from "@/lib/auth/token-crypto";
import { MemoryCache } from "@/lib/cache/memory";

/**
 * Access tokens this isolate validated recently, by resource and a hash of the token (never the
 * token), so a connected client's next call skips the KV read and decryption: the cost a pasted
 * token does not pay either. Kept briefly — a revocation made elsewhere is seen within this time,
 * as KV itself needs up to a minute — and dropped at once when this isolate revokes a grant.
 */
const validated = MemoryCache.shared<ValidatedAccessToken>("oauth-validations", 1000);
const REMEMBER_MS = 30_000;

export async function rememberedValidation(
  resource: string,
  token: string,
  validate: () => Promise<ValidatedAccessToken | null>,
): Promise<ValidatedAccessToken | null> {
  const key = `${resource}\n${await sha256Hex(token)}`;
  const known = validated.get(key);
  if (known) return known;
  const result = await validate();
  if (result) validated.set(key, result, Math.min(REMEMBER_MS, result.expiresAt * 1000 - Date.now()));
  return result;
}

/** After a revocation in this isolate: no token may outlive its grant here. */
export function forgetValidations(): void {
  validated.clear();
}
