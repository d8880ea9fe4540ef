import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { TokenSignInForm } from "@/components/auth/token-sign-in-form";
import { OfflineBanner } from "@/components/offline-banner";
import { Button } from "@/components/ui/button";
import { hasUsableGrant } from "@/lib/auth/access-token";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { currentUser } from "@/lib/auth/session";
import { describeSignInError } from "@/lib/auth/sign-in-messages";
import { getConfig, getEnv } from "@/lib/env";
import { signInWithSentry } from "./actions";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  const callbackUrl = safeCallbackPath(first(params.callbackUrl));
  const env = getEnv();
  const config = getConfig(env);
  // Signed in with a grant that still works: nothing to do here. A session whose Sentry grant is
  // gone (signed out elsewhere, refresh refused) stays here, or "Sign in again" would loop.
  const user = await currentUser();
  if (user && (await hasUsableGrant(env.KV, config, user.id))) redirect(callbackUrl);
  const error = describeSignInError(first(params.error));

  return (
    <div className="flex min-h-dvh flex-col">
      {config.offlineDemo && <OfflineBanner />}
      <main className="mx-auto flex w-full max-w-sm flex-1 flex-col justify-center gap-6 p-6">
        <div className="space-y-2 text-center">
          <h1 className="text-2xl font-semibold">Sign in to Sentry Chat</h1>
          <p className="text-muted-foreground text-sm">
            Ask about your Sentry errors, issues, traces and releases. We act with your Sentry permissions.
          </p>
        </div>
        {error && (
          <p role="alert" className="border-destructive/40 text-destructive rounded-md border px-3 py-2 text-sm">
            {error}
          </p>
        )}
        {config.sentryClientId && (
          <>
            <form action={signInWithSentry}>
              <input type="hidden" name="callbackUrl" value={callbackUrl} />
              <Button type="submit" size="lg" className="w-full">
                Continue with Sentry
              </Button>
            </form>
            <div className="text-muted-foreground flex items-center gap-3 text-xs" aria-hidden>
              <span className="bg-border h-px flex-1" />
              or
              <span className="bg-border h-px flex-1" />
            </div>
          </>
        )}
        <TokenSignInForm callbackUrl={callbackUrl} tokensPageUrl={`${config.sentryUrl}/settings/account/api/auth-tokens/`} />
      </main>
    </div>
  );
}
