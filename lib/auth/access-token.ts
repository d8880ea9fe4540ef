import type { AppConfig } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { grantFromTokenResponse } from "@/lib/auth/grant";
import { loadTokens, saveTokens, type StoredTokens } from "@/lib/auth/token-store";

/** Refresh when less than this remains, so a token never expires in the middle of a chat. */
export const REFRESH_MARGIN_MS = 5 * 60 * 1000;
/** A token with less than this left is not handed out: a chat's tool calls could outlive it. */
export const MIN_USABLE_MS = 60 * 1000;
/**
 * How long this isolate remembers a refresh it made. KV can serve the old grant for about a
 * minute after the write; a request that reads it then gets the remembered result instead of
 * spending the already-rotated refresh token.
 */
const REMEMBER_REFRESH_MS = 60 * 1000;
const TIMEOUT_MS = 10_000;

export type RefreshConfig = Pick<AppConfig, "authSecret" | "sentryUrl" | "sentryClientId" | "sentryClientSecret">;

export function needsRefresh(tokens: StoredTokens, now = Date.now()): boolean {
  return tokens.expiresAt !== null && tokens.expiresAt - now < REFRESH_MARGIN_MS;
}

function isUsable(tokens: StoredTokens, now = Date.now()): boolean {
  return tokens.expiresAt === null || tokens.expiresAt - now >= MIN_USABLE_MS;
}

function oauthErrorCode(body: unknown): string | null {
  const error = (body as { error?: unknown } | null)?.error;
  return typeof error === "string" ? error : null;
}

async function requestRefresh(config: RefreshConfig, refreshToken: string): Promise<StoredTokens | "invalid_grant"> {
  let response: Response;
  try {
    response = await fetch(`${config.sentryUrl}/oauth/token/`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
      body: new URLSearchParams({
        grant_type: "refresh_token",
        refresh_token: refreshToken,
        client_id: config.sentryClientId,
        client_secret: config.sentryClientSecret,
      }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (cause) {
    throw new AppError("upstream_unavailable", "Sentry could not be reached to renew your session. Try again shortly.", { cause });
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.ok) {
    try {
      return grantFromTokenResponse(body, { previousRefreshToken: refreshToken });
    } catch (cause) {
      throw new AppError("upstream_unavailable", "Sentry's answer to a session renewal had an unexpected shape.", { cause });
    }
  }
  const code = oauthErrorCode(body);
  if (code === "invalid_grant") return "invalid_grant";
  if (response.status === 429 || response.status >= 500) {
    throw new AppError("upstream_unavailable", "Sentry could not renew your session. Try again shortly.");
  }
  // invalid_client and the like: logged for the operator (never the tokens); only a new sign-in can help the user.
  console.error(JSON.stringify({ msg: "token refresh refused", status: response.status, error: code }));
  throw new AppError("reauth_required");
}

async function refresh(kv: KVNamespace, config: RefreshConfig, userId: string, current: StoredTokens): Promise<StoredTokens> {
  if (!current.refreshToken) {
    if (isUsable(current)) return current;
    throw new AppError("reauth_required");
  }
  let outcome: StoredTokens | "invalid_grant";
  try {
    outcome = await requestRefresh(config, current.refreshToken);
  } catch (error) {
    // Sentry is failing right now, but the token we hold still works for a while: use it.
    if (isUsable(current)) return current;
    throw error;
  }
  if (outcome !== "invalid_grant") {
    await saveTokens(kv, config.authSecret, userId, outcome);
    return outcome;
  }
  // Refresh tokens rotate: another isolate may have spent ours first and stored the new grant.
  const latest = await loadTokens(kv, config.authSecret, userId);
  if (latest && latest.refreshToken !== current.refreshToken && isUsable(latest)) return latest;
  // KV may not show that write here yet; the access token we hold is still good for a while,
  // and a later request will read the new grant.
  if (isUsable(current)) return current;
  throw new AppError("reauth_required");
}

/**
 * Refreshes in flight, and recently finished, per user and refresh token. One refresh per grant
 * at a time in this isolate: a second use of a rotated refresh token would fail.
 */
const refreshes = new Map<string, { result: Promise<StoredTokens>; forgetAt: number }>();

function refreshOnce(kv: KVNamespace, config: RefreshConfig, userId: string, current: StoredTokens): Promise<StoredTokens> {
  const now = Date.now();
  for (const [key, entry] of refreshes) if (entry.forgetAt <= now) refreshes.delete(key);
  const key = `${userId}\u0000${current.refreshToken ?? ""}`;
  const existing = refreshes.get(key);
  if (existing) return existing.result;
  const entry = { result: refresh(kv, config, userId, current), forgetAt: Number.POSITIVE_INFINITY };
  refreshes.set(key, entry);
  entry.result.then(
    () => (entry.forgetAt = Date.now() + REMEMBER_REFRESH_MS),
    () => refreshes.delete(key),
  );
  return entry.result;
}

/** The one way server code gets a usable Sentry access token for a signed-in user. */
export async function getAccessToken(kv: KVNamespace, config: RefreshConfig, userId: string): Promise<string> {
  const tokens = await loadTokens(kv, config.authSecret, userId);
  if (!tokens) throw new AppError("reauth_required");
  if (!needsRefresh(tokens)) return tokens.accessToken;
  return (await refreshOnce(kv, config, userId, tokens)).accessToken;
}

/** Whether the user's stored grant can still produce a token, without failing the caller. */
export async function hasUsableGrant(kv: KVNamespace, config: RefreshConfig, userId: string): Promise<boolean> {
  try {
    await getAccessToken(kv, config, userId);
    return true;
  } catch {
    return false;
  }
}
