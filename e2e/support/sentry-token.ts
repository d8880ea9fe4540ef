/** A fresh OAuth access token straight from the Sentry stand-in, as an external MCP client would hold. */
import { authorize, pkcePair, postToken, REDIRECT_URI } from "../stand-ins/sentry/test-helpers.ts";
import type { SentryStandIn } from "../stand-ins/sentry/server.ts";
import { SENTRY_STANDIN_URL } from "./stack.ts";

const standIn = {
  url: SENTRY_STANDIN_URL,
  clientId: "sentry-chat-local",
  clientSecret: "sentry-chat-local-secret",
} as SentryStandIn;

export async function issueSentryToken(user: "jane" | "sam"): Promise<string> {
  const { verifier, challenge } = pkcePair();
  const redirect = await authorize(standIn, { user: user === "sam" ? "2" : "1", challenge });
  const response = await postToken(standIn, {
    grant_type: "authorization_code",
    code: redirect.searchParams.get("code") ?? "",
    redirect_uri: REDIRECT_URI,
    code_verifier: verifier,
  });
  if (!response.ok) throw new Error(`token exchange failed: ${response.status}`);
  return ((await response.json()) as { access_token: string }).access_token;
}
