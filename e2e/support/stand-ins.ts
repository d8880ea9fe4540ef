import { OPENAI_STANDIN_URL, SENTRY_STANDIN_URL } from "./stack.ts";

async function control(base: string, path: string, init?: { method?: string; body?: unknown }): Promise<any> { // eslint-disable-line @typescript-eslint/no-explicit-any -- test-support JSON
  const response = await fetch(`${base}/__control/${path}`, {
    method: init?.method ?? (init?.body === undefined ? "GET" : "POST"),
    headers: { "content-type": "application/json" },
    body: init?.body === undefined ? undefined : JSON.stringify(init.body),
  });
  if (!response.ok) throw new Error(`stand-in control ${path} answered ${response.status}`);
  return response.status === 204 ? null : response.json();
}

export type SentEnvelope = {
  projectId: string;
  header: Record<string, unknown>;
  items: Array<{ type: string; payload: any }>; // eslint-disable-line @typescript-eslint/no-explicit-any -- event JSON
  raw: string;
};

export const sentryStandIn = {
  reset: () => control(SENTRY_STANDIN_URL, "reset", { body: {} }),
  fault: (fault: Record<string, unknown>) => control(SENTRY_STANDIN_URL, "faults", { body: fault }),
  clearFaults: () => control(SENTRY_STANDIN_URL, "faults", { method: "DELETE" }),
  requests: async () => (await control(SENTRY_STANDIN_URL, "requests")).requests as Array<Record<string, unknown>>,
  clearRequests: () => control(SENTRY_STANDIN_URL, "requests", { method: "DELETE" }),
  /** What the app reported to the stand-in's ingest endpoint (its SENTRY_DSN), oldest first. */
  envelopes: async () => (await control(SENTRY_STANDIN_URL, "envelopes")).envelopes as SentEnvelope[],
  /** The access tokens the app sent to the Sentry API, to check they were reported nowhere. */
  bearerTokens: async () =>
    (await sentryStandIn.requests())
      .map((r) => /^Bearer (\S+)$/.exec(String((r.headers as Record<string, string>).authorization))?.[1])
      .filter((token): token is string => token !== undefined),
  /** Lifetime in seconds of the access tokens the stand-in issues from now on (reset restores 8 h). */
  setTokenLifetime: (tokenExpiresIn: number) => control(SENTRY_STANDIN_URL, "config", { body: { tokenExpiresIn } }),
  /** The refresh_token grants the app made since the log was last cleared. */
  refreshGrants: async () =>
    (await sentryStandIn.requests()).filter(
      (r) => r.path === "/oauth/token/" && (r.body as Record<string, string> | null)?.grant_type === "refresh_token",
    ),
};

export type ModelRequest = {
  api: string;
  model: string;
  tools: string[];
  lastUserMessage: string;
  toolOutputs: Array<{ output: string }>;
  body: unknown;
  /** Once a streamed reply is over: sent to the end, or cut short by the app. */
  stream?: "completed" | "cancelled";
};

export const openaiStandIn = {
  reset: () => control(OPENAI_STANDIN_URL, "reset", { body: {} }),
  script: (rules: unknown[]) => control(OPENAI_STANDIN_URL, "script", { body: { rules } }),
  fault: (fault: Record<string, unknown>) => control(OPENAI_STANDIN_URL, "faults", { body: fault }),
  requests: async () => (await control(OPENAI_STANDIN_URL, "requests")).requests as ModelRequest[],
};
