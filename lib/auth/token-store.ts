import { z } from "zod";
import { decrypt, encrypt } from "@/lib/auth/token-crypto";

/** What we keep of a user's Sentry grant. Never sent to the browser, never logged. */
export const storedTokensSchema = z.object({
  accessToken: z.string().min(1),
  refreshToken: z.string().nullable(),
  /** Epoch milliseconds; null for user auth tokens, which do not expire on a schedule. */
  expiresAt: z.number().nullable(),
  scope: z.string().nullable(),
});
export type StoredTokens = z.infer<typeof storedTokensSchema>;

const keyFor = (userId: string) => `tokens:${userId}`;

export async function saveTokens(kv: KVNamespace, secret: string, userId: string, tokens: StoredTokens) {
  await kv.put(keyFor(userId), await encrypt(secret, JSON.stringify(tokens), userId));
}

export async function loadTokens(kv: KVNamespace, secret: string, userId: string): Promise<StoredTokens | null> {
  const sealed = await kv.get(keyFor(userId));
  if (!sealed) return null;
  const plaintext = await decrypt(secret, sealed, userId);
  if (!plaintext) return null;
  const parsed = storedTokensSchema.safeParse(JSON.parse(plaintext));
  return parsed.success ? parsed.data : null;
}

export async function deleteTokens(kv: KVNamespace, userId: string) {
  await kv.delete(keyFor(userId));
}
