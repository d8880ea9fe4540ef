import { sha256Hex } from "@/lib/auth/token-crypto";
import { MemoryCache } from "@/lib/cache/memory";

/**
 * Access tokens this isolate accepted recently, by resource and a hash of the token (never the
 * token), with the Sentry token their request ran on, so a connected client's next call skips the
 * KV reads and decryption: the cost a pasted token does not pay either. Kept briefly — a revocation
 * or sign-out made elsewhere is seen within this time, as KV itself needs up to a minute — and
 * dropped at once when this isolate revokes a grant or signs someone out. Shared by name because
 * worker.ts (which reads it and revokes) and Next's bundle (which signs out) each have a copy of
 * this module.
 */
const accepted = MemoryCache.shared<unknown>("oauth-accepted-tokens", 1000);
const REMEMBER_MS = 30_000;

export async function rememberedAcceptance<T extends { expiresAt: number }>(
  resource: string,
  token: string,
  accept: () => Promise<T>,
): Promise<T> {
  const key = `${resource}\n${await sha256Hex(token)}`;
  const known = accepted.get(key) as T | undefined;
  if (known) return known;
  const result = await accept();
  accepted.set(key, result, Math.min(REMEMBER_MS, result.expiresAt * 1000 - Date.now()));
  return result;
}

/** After a revocation or a sign-out in this isolate: no token may outlive its grant here. */
export function forgetAcceptedTokens(): void {
  accepted.clear();
}
