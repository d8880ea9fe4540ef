import type { OAuthConfig } from "next-auth/providers";
import { sentryUserSchema, type SentryUser } from "@/lib/sentry/users";

export const READ_SCOPES = ["org:read", "project:read", "team:read", "event:read"];
export const WRITE_SCOPES = ["event:write", "project:write", "team:write"];

/** Sentry serves avatars from its own hosts; we only keep absolute https URLs. */
export function avatarOf(user: SentryUser): string | null {
  return user.avatarUrl?.startsWith("https://") ? user.avatarUrl : null;
}

/** Auth.js ships no Sentry provider: a plain OAuth 2 provider with PKCE (S256) and state. */
export function sentryProvider(options: {
  sentryUrl: string;
  clientId: string;
  clientSecret: string;
  allowWrites: boolean;
}): OAuthConfig<SentryUser> {
  const { sentryUrl } = options;
  const scope = [...READ_SCOPES, ...(options.allowWrites ? WRITE_SCOPES : [])].join(" ");
  return {
    id: "sentry",
    name: "Sentry",
    type: "oauth",
    checks: ["pkce", "state"],
    clientId: options.clientId,
    clientSecret: options.clientSecret,
    client: { token_endpoint_auth_method: "client_secret_post" },
    authorization: { url: `${sentryUrl}/oauth/authorize/`, params: { scope } },
    token: `${sentryUrl}/oauth/token/`,
    userinfo: {
      url: `${sentryUrl}/api/0/auth/`,
      async request({ tokens }: { tokens: { access_token?: string } }) {
        const response = await fetch(`${sentryUrl}/api/0/auth/`, {
          headers: { authorization: `Bearer ${tokens.access_token}` },
        });
        if (!response.ok) throw new Error(`Sentry answered ${response.status} for the signed-in user`);
        return sentryUserSchema.parse(await response.json());
      },
    },
    profile(profile) {
      return {
        id: profile.id,
        name: profile.name || profile.username || profile.email || `Sentry user ${profile.id}`,
        email: profile.email ?? null,
        image: avatarOf(profile),
      };
    },
  };
}
