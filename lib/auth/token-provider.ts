import { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import type { SessionUser } from "@/lib/auth/session-user";
import { sessionUserOf } from "@/lib/auth/sentry-provider";
import { AppError, type ErrorCode } from "@/lib/errors";
import { createSentryClient } from "@/lib/sentry/client";
import { getAuthenticatedUser } from "@/lib/sentry/users";

export const TOKEN_PROVIDER_ID = "sentry-token";

/** Sentry user auth tokens are printable ASCII without spaces (`sntryu_` + hex today). */
export const userAuthTokenSchema = z
  .string()
  .trim()
  .min(1, "Paste a Sentry user auth token.")
  .max(512, "That is longer than any Sentry token.")
  .regex(/^[\x21-\x7e]+$/, "A Sentry token has no spaces or special characters.");

/** A token sign-in that failed, with the error-contract code saying why. */
export class TokenSignInError extends CredentialsSignin {
  constructor(readonly reason: ErrorCode) {
    super();
    this.code = reason;
  }
}

/**
 * Sign-in with a Sentry user auth token (self-hosted Sentry, or no OAuth application): the token
 * is valid when Sentry answers `GET /api/0/auth/` with it; `onVerified` stores it.
 */
export function sentryTokenProvider(options: {
  sentryUrl: string;
  onVerified: (user: SessionUser, token: string) => Promise<void>;
}) {
  return Credentials({
    id: TOKEN_PROVIDER_ID,
    name: "Sentry user auth token",
    credentials: { token: { label: "Sentry user auth token", type: "password" } },
    async authorize(credentials) {
      const parsed = userAuthTokenSchema.safeParse(credentials?.token);
      if (!parsed.success) throw new TokenSignInError("bad_request");
      const token = parsed.data;
      const sentryUser = await getAuthenticatedUser(createSentryClient({ baseUrl: options.sentryUrl, token })).catch(
        (error: unknown) => {
          if (error instanceof AppError && (error.code === "unauthorized" || error.code === "forbidden")) {
            throw new TokenSignInError("unauthorized");
          }
          throw new TokenSignInError(error instanceof AppError ? error.code : "upstream_unavailable");
        },
      );
      const user = sessionUserOf(sentryUser);
      await options.onVerified(user, token);
      return user;
    },
  });
}
