/**
 * For auth unit tests: a Sentry stand-in on a random loopback port, a grant obtained from it
 * through its real OAuth endpoints, and its control endpoints.
 */
import { startSentryStandIn, type SentryStandIn } from "@/e2e/stand-ins/sentry/server.ts";
import type { RefreshConfig } from "@/lib/auth/access-token";
import { grantFromTokenResponse } from "@/lib/auth/grant";
import type { StoredTokens } from "@/lib/auth/token-store";

export const TEST_SECRET = "unit-test-secret-0123456789abcdef";
const REDIRECT_URI = "http://localhost:3000/api/auth/callback/sentry";

export type LoggedRequest = { method: string; path: string; body: Record<string, string> | null; status: number | null };

export type AuthHarness = {
  standIn: SentryStandIn;
  config: RefreshConfig;
  /** Consents as the user on the stand-in and exchanges the code, as the app's sign-in does. */
  signIn(userId?: "1" | "2"): Promise<StoredTokens>;
  /** Lifetime in seconds of the tokens the stand-in issues from now on. */
  setTokenLifetime(seconds: number): Promise<void>;
  fault(fault: Record<string, unknown>): Promise<void>;
  requests(): Promise<LoggedRequest[]>;
  refreshRequests(): Promise<LoggedRequest[]>;
  clearRequests(): Promise<void>;
  reset(): Promise<void>;
  close(): Promise<void>;
};

export async function startAuthHarness(): Promise<AuthHarness> {
  const standIn = await startSentryStandIn({ port: 0 });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- control-endpoint JSON
  const control = async (path: string, init: { method?: string; body?: unknown } = {}): Promise<any> => {
    const response = await fetch(`${standIn.url}/__control/${path}`, {
      method: init.method ?? (init.body === undefined ? "GET" : "POST"),
      headers: { "content-type": "application/json" },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    if (!response.ok) throw new Error(`control ${path}: ${response.status}`);
    return response.status === 204 ? null : response.json();
  };
  const requests = async () => (await control("requests")).requests as LoggedRequest[];
  return {
    standIn,
    config: {
      authSecret: TEST_SECRET,
      sentryUrl: standIn.url,
      sentryClientId: standIn.clientId,
      sentryClientSecret: standIn.clientSecret,
    },
    async signIn(userId = "1") {
      const consent = await fetch(`${standIn.url}/oauth/authorize/`, {
        method: "POST",
        redirect: "manual",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({
          response_type: "code",
          client_id: standIn.clientId,
          redirect_uri: REDIRECT_URI,
          scope: "org:read",
          state: "s",
          op: "approve",
          user: userId,
        }),
      });
      const code = new URL(consent.headers.get("location") ?? "").searchParams.get("code");
      if (!code) throw new Error(`the stand-in issued no code (status ${consent.status})`);
      const token = await fetch(`${standIn.url}/oauth/token/`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({
          grant_type: "authorization_code",
          code,
          redirect_uri: REDIRECT_URI,
          client_id: standIn.clientId,
          client_secret: standIn.clientSecret,
        }),
      });
      if (!token.ok) throw new Error(`code exchange failed: ${token.status}`);
      return grantFromTokenResponse(await token.json());
    },
    async setTokenLifetime(seconds) {
      await control("config", { body: { tokenExpiresIn: seconds } });
    },
    async fault(fault) {
      await control("faults", { body: fault });
    },
    requests,
    async refreshRequests() {
      return (await requests()).filter((r) => r.path === "/oauth/token/" && r.body?.grant_type === "refresh_token");
    },
    async clearRequests() {
      await control("requests", { method: "DELETE" });
    },
    async reset() {
      await control("reset", { body: {} });
    },
    close: () => standIn.close(),
  };
}
