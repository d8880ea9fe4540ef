import { z } from "zod";
import { decrypt, encrypt } from "@/lib/auth/token-crypto";
import { MemoryCache } from "@/lib/cache/memory";

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

/**
 * Grants this isolate read or wrote recently, so a person's next request (a chat, an MCP call)
 * skips the KV read and the decryption. Short-lived: a sign-out or refresh in another isolate is
 * seen within this time (KV itself may take up to a minute to show it elsewhere).
 */
const recent = MemoryCache.shared<StoredTokens>("sentry-grants", 1000);
const RECENT_MS = 30_000;

export async function saveTokens(kv: KVNamespace, secret: string, userId: string, tokens: StoredTokens) {
  await kv.put(keyFor(userId), await encrypt(secret, JSON.stringify(tokens), userId));
  recent.set(userId, tokens, RECENT_MS);
}

/** `fresh` reads KV even when this isolate remembers the grant: after a refresh was refused, say. */
export async function loadTokens(kv: KVNamespace, secret: string, userId: string, options: { fresh?: boolean } = {}): Promise<StoredTokens | null> {
  const remembered = options.fresh ? undefined : recent.get(userId);
  if (remembered) return remembered;
  const sealed = await kv.get(keyFor(userId));
  if (!sealed) return null;
  const plaintext = await decrypt(secret, sealed, userId);
  if (!plaintext) return null;
  const parsed = storedTokensSchema.safeParse(JSON.parse(plaintext));
  if (!parsed.success) return null;
  recent.set(userId, parsed.data, RECENT_MS);
  return parsed.data;
}

export async function deleteTokens(kv: KVNamespace, userId: string) {
  recent.delete(userId);
  await kv.delete(keyFor(userId));
}
