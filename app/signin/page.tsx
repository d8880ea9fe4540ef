import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Button } from "@/components/ui/button";
import { OfflineBanner } from "@/components/offline-banner";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { currentUser } from "@/lib/auth/session";
import { getConfig } from "@/lib/env";
import { signInWithSentry } from "./actions";

export const metadata: Metadata = { title: "Sign in" };

/** Auth.js reports failures as `?error=<type>`; say what happened in words a person understands. */
function describeError(error: string | undefined): string | null {
  if (!error) return null;
  if (error === "OAuthCallbackError" || error === "AccessDenied") {
    return "Sentry did not grant access. If you chose Deny, you can try again when you are ready.";
  }
  if (error === "InvalidCheck") return "The sign-in attempt expired or was started elsewhere. Please try again.";
  return "Sign-in did not complete. Please try again.";
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(params.callbackUrl);
  if (await currentUser()) redirect(callbackUrl);
  const error = describeError(params.error);
  const { offlineDemo } = getConfig();

  return (
    <div className="flex min-h-dvh flex-col">
      {offlineDemo && <OfflineBanner />}
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
        <form action={signInWithSentry}>
          <input type="hidden" name="callbackUrl" value={callbackUrl} />
          <Button type="submit" size="lg" className="w-full">
            Continue with Sentry
          </Button>
        </form>
      </main>
    </div>
  );
}
