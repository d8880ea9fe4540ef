"use server";

import { AuthError } from "next-auth";
import { signIn } from "@/lib/auth/config";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { describeTokenSignInError } from "@/lib/auth/sign-in-messages";
import { TOKEN_PROVIDER_ID, TokenSignInError, userAuthTokenSchema } from "@/lib/auth/token-provider";

// Server actions only accept same-origin POSTs (Next checks Origin against Host): CSRF-safe.

export async function signInWithSentry(formData: FormData) {
  await signIn("sentry", { redirectTo: safeCallbackPath(formData.get("callbackUrl")?.toString()) });
}

export type TokenSignInState = { error: string | null };

export async function signInWithToken(_previous: TokenSignInState, formData: FormData): Promise<TokenSignInState> {
  const token = userAuthTokenSchema.safeParse(formData.get("token") ?? "");
  if (!token.success) return { error: token.error.issues[0].message };
  try {
    // On success this redirects (by throwing Next's redirect signal, rethrown below).
    await signIn(TOKEN_PROVIDER_ID, {
      token: token.data,
      redirectTo: safeCallbackPath(formData.get("callbackUrl")?.toString()),
    });
  } catch (error) {
    if (error instanceof TokenSignInError) return { error: describeTokenSignInError(error.reason) };
    if (error instanceof AuthError) return { error: describeTokenSignInError("internal") };
    throw error;
  }
  return { error: null };
}
