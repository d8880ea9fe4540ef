import NextAuth from "next-auth";
import { getConfig, getEnv } from "@/lib/env";
import { sentryProvider } from "@/lib/auth/sentry-provider";
import { sentryUserSchema } from "@/lib/sentry/users";
import { saveTokens } from "@/lib/auth/token-store";
import { upsertUser } from "@/lib/db/users";

/**
 * Auth.js, initialised per request so it reads the worker's bindings. The session is a JWT cookie
 * holding the Sentry user id and profile only; the Sentry tokens go to KV, encrypted.
 */
export const { handlers, auth, signIn, signOut } = NextAuth(() => {
  const env = getEnv();
  const config = getConfig(env);
  return {
    secret: config.authSecret,
    trustHost: true,
    session: { strategy: "jwt" },
    pages: { signIn: "/signin", error: "/signin" },
    providers: [
      sentryProvider({
        sentryUrl: config.sentryUrl,
        clientId: config.sentryClientId,
        clientSecret: config.sentryClientSecret,
        allowWrites: false,
      }),
    ],
    callbacks: {
      async jwt({ token, account, profile }) {
        if (account && profile) {
          const sentryUser = sentryUserSchema.parse(profile);
          token.sub = sentryUser.id;
          await upsertUser(env.DB, {
            id: sentryUser.id,
            name: token.name ?? sentryUser.id,
            email: token.email ?? null,
            image: token.picture ?? null,
          });
          await saveTokens(env.KV, config.authSecret, sentryUser.id, {
            accessToken: String(account.access_token),
            refreshToken: account.refresh_token ?? null,
            expiresAt: account.expires_at ? account.expires_at * 1000 : null,
            scope: account.scope ?? null,
          });
        }
        return token;
      },
      session({ session, token }) {
        if (token.sub) session.user.id = token.sub;
        return session;
      },
    },
  };
});
