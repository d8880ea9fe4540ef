import type { OAuthConfig } from "next-auth/providers";
import { createSentryClient } from "@/lib/sentry/client";
import { getAuthenticatedUser, type SentryUser } from "@/lib/sentry/users";
import type { SessionUser } from "@/lib/auth/session-user";

export const READ_SCOPES = ["org:read", "project:read", "team:read", "member:read", "event:read"];
export const WRITE_SCOPES = ["event:write", "project:write", "team:write"];

export function scopesFor(allowWrites: boolean): string {
  return [...READ_SCOPES, ...(allowWrites ? WRITE_SCOPES : [])].join(" ");
}

/** Sentry serves avatars from its own hosts; we only keep absolute https URLs. */
export function avatarOf(user: SentryUser): string | null {
  return user.avatarUrl?.startsWith("https://") ? user.avatarUrl : null;
}

/** What the session keeps of a Sentry user: id and profile, nothing else. */
export function sessionUserOf(user: SentryUser): SessionUser {
  return {
    id: user.id,
    name: user.name || user.username || user.email || `Sentry user ${user.id}`,
    email: user.email ?? null,
    image: avatarOf(user),
  };
}

/**
 * Auth.js ships no Sentry provider: a plain OAuth 2 provider with PKCE (S256) and state, for
 * sentry.io or a self-hosted Sentry. The profile comes from `GET /api/0/auth/`.
 */
export function sentryProvider(options: {
  sentryUrl: string;
  clientId: string;
  clientSecret: string;
  allowWrites: boolean;
}): OAuthConfig<SentryUser> {
  const { sentryUrl } = options;
  return {
    id: "sentry",
    name: "Sentry",
    type: "oauth",
    checks: ["pkce", "state"],
    clientId: options.clientId,
    clientSecret: options.clientSecret,
    client: { token_endpoint_auth_method: "client_secret_post" },
    authorization: { url: `${sentryUrl}/oauth/authorize/`, params: { scope: scopesFor(options.allowWrites) } },
    token: `${sentryUrl}/oauth/token/`,
    userinfo: {
      url: `${sentryUrl}/api/0/auth/`,
      request: ({ tokens }: { tokens: { access_token?: string } }) =>
        getAuthenticatedUser(createSentryClient({ baseUrl: sentryUrl, token: String(tokens.access_token) })),
    },
    profile: (profile) => sessionUserOf(profile),
  };
}
