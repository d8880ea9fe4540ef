import type { ErrorCode } from "@/lib/errors";

/**
 * The sign-in page's `?error=`: our own codes from callback-failures.ts, or Auth.js's error type
 * when it had nothing more precise. Words a person can act on; never the raw code.
 */
export function describeSignInError(error: string | undefined): string | null {
  switch (error) {
    case undefined:
    case "":
      return null;
    case "consent_denied":
      return "You chose Deny on Sentry, so you are not signed in. Continue with Sentry again when you are ready.";
    case "state_mismatch":
      return "This sign-in could not be verified: it was started in another tab or browser, or it took too long. Please start again here.";
    case "sentry_refused":
      return "Sentry refused the sign-in request. Try again, or ask your Sentry administrator to check the OAuth application.";
    case "OAuthCallbackError":
      return "Sentry did not complete the sign-in. Please try again.";
    default:
      return "Sign-in did not complete. Please try again.";
  }
}

/** Why a user auth token was not accepted, by error-contract code. */
export function describeTokenSignInError(code: ErrorCode): string {
  switch (code) {
    case "bad_request":
      return "Paste a Sentry user auth token.";
    case "unauthorized":
    case "forbidden":
      return "Sentry did not accept this token. Check that you copied all of it and that it has not expired or been revoked.";
    case "rate_limited":
      return "Sentry is rate-limiting requests right now. Wait a moment and try again.";
    default:
      return "Sentry could not be reached to check the token. Try again shortly.";
  }
}
