import { z } from "zod";
import { sha256Hex } from "@/lib/auth/token-crypto";
import { MemoryCache } from "@/lib/cache/memory";
import { AppError } from "@/lib/errors";
import { createSentryClient } from "@/lib/sentry/client";
import { getAuthenticatedUser } from "@/lib/sentry/users";

/** Sentry is asked at most once per token per 5 minutes; KV's minimum TTL is 60 s. */
const IDENTITY_TTL_SECONDS = 300;

const identitySchema = z.object({ userId: z.string(), name: z.string().nullable() });
type Identity = z.infer<typeof identitySchema>;
export type McpIdentity = Identity & { token: string; tokenHash: string };

const recent = new MemoryCache<Identity>(1000);

/**
 * A Sentry token sent as `Authorization: Sentry-Bearer <token>`, the scheme Sentry's own MCP server
 * uses for pasted tokens. `Bearer` carries only tokens this app's OAuth server issued (no token
 * passthrough).
 */
export function sentryBearerToken(request: Request): string | null {
  const match = /^Sentry-Bearer\s+(\S+)\s*$/i.exec(request.headers.get("authorization") ?? "");
  return match?.[1] ?? null;
}

/**
 * Validates a pasted Sentry token (a user auth token, or the chat's own OAuth access token) with
 * `GET /api/0/auth/`. The cache key is a hash of the token, never the token itself.
 */
export async function authenticateSentryToken(request: Request, kv: KVNamespace, sentryUrl: string): Promise<McpIdentity> {
  const token = sentryBearerToken(request);
  if (!token) throw new AppError("unauthorized", "Send a Sentry user auth token as `Authorization: Sentry-Bearer <token>`.");
  const tokenHash = await sha256Hex(token);
  const remembered = recent.get(tokenHash);
  if (remembered) return { ...remembered, token, tokenHash };
  const cacheKey = `mcp-identity:${tokenHash}`;
  const cached = identitySchema.safeParse(await kv.get(cacheKey, "json"));
  if (cached.success) {
    recent.set(tokenHash, cached.data, IDENTITY_TTL_SECONDS * 1000);
    return { ...cached.data, token, tokenHash };
  }

  const user = await getAuthenticatedUser(createSentryClient({ baseUrl: sentryUrl, token })).catch((error: unknown) => {
    if (error instanceof AppError && (error.code === "unauthorized" || error.code === "forbidden")) {
      throw new AppError("unauthorized", "Sentry did not accept this token.");
    }
    throw error;
  });
  const identity = { userId: user.id, name: user.name ?? null };
  await kv.put(cacheKey, JSON.stringify(identity), { expirationTtl: IDENTITY_TTL_SECONDS });
  recent.set(tokenHash, identity, IDENTITY_TTL_SECONDS * 1000);
  return { ...identity, token, tokenHash };
}
