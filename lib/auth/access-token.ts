import { z } from "zod";
import type { AppConfig } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { loadTokens, saveTokens, type StoredTokens } from "@/lib/auth/token-store";

/** Refresh when less than this remains, so a token never expires in the middle of a chat. */
export const REFRESH_MARGIN_MS = 5 * 60 * 1000;

const refreshResponseSchema = z.object({
  access_token: z.string().min(1),
  refresh_token: z.string().nullish(),
  expires_in: z.number().nullish(),
  scope: z.string().nullish(),
});

/** One refresh per user at a time inside this isolate: refresh tokens rotate, a second use fails. */
const inFlight = new Map<string, Promise<StoredTokens>>();

export function needsRefresh(tokens: StoredTokens, now = Date.now()): boolean {
  return tokens.expiresAt !== null && tokens.expiresAt - now < REFRESH_MARGIN_MS;
}

async function requestRefresh(config: AppConfig, refreshToken: string): Promise<StoredTokens | "invalid_grant"> {
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
    });
  } catch (cause) {
    throw new AppError("upstream_unavailable", "Sentry could not be reached to renew your session.", { cause });
  }
  if (response.status === 400 || response.status === 401) {
    const body = (await response.json().catch(() => null)) as { error?: string } | null;
    if (body?.error === "invalid_grant") return "invalid_grant";
    throw new AppError("reauth_required");
  }
  if (!response.ok) throw new AppError("upstream_unavailable", "Sentry could not renew your session.");
  const body = refreshResponseSchema.parse(await response.json());
  return {
    accessToken: body.access_token,
    refreshToken: body.refresh_token ?? refreshToken,
    expiresAt: body.expires_in ? Date.now() + body.expires_in * 1000 : null,
    scope: body.scope ?? null,
  };
}

async function refresh(kv: KVNamespace, config: AppConfig, userId: string, current: StoredTokens) {
  if (!current.refreshToken) throw new AppError("reauth_required");
  const result = await requestRefresh(config, current.refreshToken);
  if (result === "invalid_grant") {
    // Another isolate may have rotated the refresh token first and stored the new grant.
    const latest = await loadTokens(kv, config.authSecret, userId);
    if (latest && latest.refreshToken !== current.refreshToken && !needsRefresh(latest)) return latest;
    throw new AppError("reauth_required");
  }
  await saveTokens(kv, config.authSecret, userId, result);
  return result;
}

/** The one way server code gets a usable Sentry access token for a signed-in user. */
export async function getAccessToken(kv: KVNamespace, config: AppConfig, userId: string): Promise<string> {
  const tokens = await loadTokens(kv, config.authSecret, userId);
  if (!tokens) throw new AppError("reauth_required");
  if (!needsRefresh(tokens)) return tokens.accessToken;
  let pending = inFlight.get(userId);
  if (!pending) {
    pending = refresh(kv, config, userId, tokens).finally(() => inFlight.delete(userId));
    inFlight.set(userId, pending);
  }
  return (await pending).accessToken;
}
