import type { NextAuthConfig } from "next-auth";
import { AuthError } from "next-auth";
import { safeRedirectUrl } from "@/lib/auth/callback-url";
import { grantFromTokenResponse, grantFromUserAuthToken } from "@/lib/auth/grant";
import { sentryProvider, sessionUserOf } from "@/lib/auth/sentry-provider";
import { completeSignIn } from "@/lib/auth/sign-in";
import { forgetSignedInUser } from "@/lib/auth/sign-out";
import { sentryTokenProvider } from "@/lib/auth/token-provider";
import { getConfig } from "@/lib/env";
import { sentryUserSchema } from "@/lib/sentry/users";

/** Logs what failed without causes or details: those can hold authorization codes or tokens. */
function logAuthError(error: Error) {
  const inner = (error.cause as { err?: unknown } | undefined)?.err;
  console.error(
    JSON.stringify({
      msg: "auth error",
      type: error instanceof AuthError ? error.type : error.name,
      ...(inner instanceof Error ? { cause: inner.name, code: (inner as { code?: unknown }).code } : {}),
    }),
  );
}

/**
 * Auth.js's configuration for this worker's environment. The session is an encrypted JWT cookie
 * holding the Sentry user id and profile only; the Sentry tokens go to KV, encrypted.
 * `onError` sees each error Auth.js reports for the request (see callback-failures.ts).
 */
export function buildAuthConfig(env: CloudflareEnv, options: { onError?: (error: Error) => void } = {}): NextAuthConfig {
  const config = getConfig(env);
  const providers: NextAuthConfig["providers"] = [
    // Without an OAuth application only the token sign-in is offered.
    ...(config.sentryClientId
      ? [
          sentryProvider({
            sentryUrl: config.sentryUrl,
            clientId: config.sentryClientId,
            clientSecret: config.sentryClientSecret,
            allowWrites: config.allowWriteTools,
          }),
        ]
      : []),
    sentryTokenProvider({
      sentryUrl: config.sentryUrl,
      onVerified: (user, token) => completeSignIn(env, config.authSecret, user, grantFromUserAuthToken(token)),
    }),
  ];
  return {
    secret: config.authSecret,
    trustHost: true,
    basePath: "/api/auth",
    session: { strategy: "jwt" },
    pages: { signIn: "/signin", error: "/signin" },
    logger: {
      error(error) {
        options.onError?.(error);
        logAuthError(error);
      },
      warn: (code) => console.warn(JSON.stringify({ msg: "auth warning", code })),
      debug: () => {},
    },
    providers,
    events: {
      // Also for Auth.js's own POST /api/auth/signout, not only the app's sign-out action.
      async signOut(message) {
        const userId = "token" in message ? message.token?.sub : undefined;
        if (userId) await forgetSignedInUser(env.KV, userId);
      },
    },
    callbacks: {
      async jwt({ token, account, profile, user }) {
        if (account?.type === "oauth" && profile) {
          const sentryUser = sessionUserOf(sentryUserSchema.parse(profile));
          await completeSignIn(env, config.authSecret, sentryUser, grantFromTokenResponse(account));
          return { sub: sentryUser.id, name: sentryUser.name, email: sentryUser.email, picture: sentryUser.image };
        }
        // The token provider stored the grant when it verified the token.
        if (account?.type === "credentials" && user?.id) {
          return { sub: user.id, name: user.name, email: user.email, picture: user.image };
        }
        return token;
      },
      session({ session, token }) {
        if (token.sub) session.user.id = token.sub;
        return session;
      },
      redirect: ({ url, baseUrl }) => safeRedirectUrl(url, baseUrl),
    },
  };
}
