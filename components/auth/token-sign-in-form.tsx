"use client";

import { useActionState } from "react";
import { signInWithToken, type TokenSignInState } from "@/app/signin/actions";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

const initialState: TokenSignInState = { error: null };

/** Sign-in with a Sentry user auth token; Sentry's verdict is shown inline, the page stays. */
export function TokenSignInForm({ callbackUrl, tokensPageUrl }: { callbackUrl: string; tokensPageUrl: string }) {
  const [state, action, pending] = useActionState(signInWithToken, initialState);
  return (
    <form action={action} className="space-y-3" aria-labelledby="token-sign-in-heading">
      <div className="space-y-1">
        <h2 id="token-sign-in-heading" className="text-sm font-medium">
          Use a Sentry user auth token
        </h2>
        <p className="text-muted-foreground text-xs">
          For self-hosted Sentry, or when no OAuth application is set up. Create one in Sentry under{" "}
          <a href={tokensPageUrl} target="_blank" rel="noopener noreferrer" className="underline underline-offset-2">
            User settings → Personal Tokens
          </a>{" "}
          with the scopes org:read, project:read, team:read, member:read and event:read.
        </p>
      </div>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <label htmlFor="sentry-token" className="sr-only">
        Sentry user auth token
      </label>
      <Input
        id="sentry-token"
        name="token"
        type="password"
        autoComplete="off"
        spellCheck={false}
        placeholder="sntryu_…"
        required
        maxLength={512}
        aria-invalid={state.error ? true : undefined}
        aria-describedby={state.error ? "token-error" : undefined}
      />
      {state.error && (
        <p id="token-error" role="alert" className="text-destructive text-sm">
          {state.error}
        </p>
      )}
      <Button type="submit" variant="outline" className="w-full" disabled={pending}>
        {pending ? "Checking the token…" : "Sign in with token"}
      </Button>
    </form>
  );
}
