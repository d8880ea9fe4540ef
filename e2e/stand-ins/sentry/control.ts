// `/__control/...`: how tests steer the stand-in — inject faults (errors, rate limits, latency),
// read the request log, the reported envelopes and the uploaded source map bundles, change token
// lifetimes, expire tokens, reset. No auth; loopback only.
import { detail, isLoopback, isRecord, json } from "./http.ts";
import type { Incoming, Reply } from "./http.ts";
import { nextId, resetState } from "./state.ts";
import type { Fault, State } from "./state.ts";

const DEFAULT_FAULT_BODIES: Record<number, string> = {
  401: "Invalid token",
  403: "You do not have permission to perform this action.",
  404: "The requested resource does not exist",
  429: "You are attempting to use this endpoint too frequently. Limit is 40 requests in 1 seconds",
};

const MAX_DELAY_MS = 120_000;

type Parsed<T> = { ok: T } | { error: string };

function parseFault(state: State, body: unknown): Parsed<Fault> {
  if (!isRecord(body)) return { error: "Body must be a JSON object" };
  const { method, path, match = "prefix", status, retryAfter, delayMs = 0, count = 1 } = body;
  if (typeof path !== "string" || path === "") return { error: "path is required" };
  if (method !== undefined && typeof method !== "string") return { error: "method must be a string" };
  if (match !== "prefix" && match !== "exact" && match !== "regex") return { error: "match must be prefix, exact or regex" };
  let regex: RegExp | null = null;
  if (match === "regex") {
    try {
      regex = new RegExp(path);
    } catch (err) {
      return { error: `invalid regex: ${(err as Error).message}` };
    }
  }
  if (status !== undefined && (!Number.isInteger(status) || (status as number) < 200 || (status as number) > 599)) {
    return { error: "status must be an HTTP status (200-599)" };
  }
  // A scripted success (e.g. data with hostile content) must say what it answers.
  if (typeof status === "number" && status < 300 && body.body === undefined) return { error: "a 2xx fault needs a body" };
  if (retryAfter !== undefined && (typeof retryAfter !== "number" || retryAfter < 0)) {
    return { error: "retryAfter must be a number of seconds" };
  }
  if (typeof delayMs !== "number" || delayMs < 0 || delayMs > MAX_DELAY_MS) {
    return { error: `delayMs must be between 0 and ${MAX_DELAY_MS}` };
  }
  if (!Number.isInteger(count) || (count as number) < 1) return { error: "count must be a positive integer" };
  if (status === undefined && delayMs === 0) return { error: "a fault needs a status, a delayMs, or both" };
  return {
    ok: {
      id: nextId(state),
      method: method === undefined ? null : method.toUpperCase(),
      path,
      match,
      regex,
      status: status === undefined ? null : (status as number),
      body: body.body,
      retryAfter: retryAfter === undefined ? null : retryAfter,
      delayMs,
      remaining: count as number,
    },
  };
}

function faultMatches(fault: Fault, method: string, path: string): boolean {
  if (fault.method !== null && fault.method !== method) return false;
  if (fault.regex) return fault.regex.test(path);
  return fault.match === "exact" ? path === fault.path : path.startsWith(fault.path);
}

/** The first live fault matching the request, used up by one; the oldest fault wins. */
export function takeFault(state: State, method: string, path: string): Fault | null {
  const fault = state.faults.find((f) => f.remaining > 0 && faultMatches(f, method, path));
  if (!fault) return null;
  fault.remaining -= 1;
  state.faults = state.faults.filter((f) => f.remaining > 0);
  return fault;
}

/** The reply a fault forces, or null for a delay-only fault (the request then proceeds). */
export function faultReply(fault: Fault): Reply | null {
  if (fault.status === null) return null;
  const headers: Record<string, string> = {};
  if (fault.retryAfter !== null) headers["retry-after"] = String(Math.ceil(fault.retryAfter));
  const body =
    fault.body !== undefined ? fault.body : { detail: DEFAULT_FAULT_BODIES[fault.status] ?? (fault.status >= 500 ? "Internal Error" : "Error") };
  return { status: fault.status, headers, json: body };
}

function describeFault(f: Fault): Record<string, unknown> {
  return {
    id: f.id,
    method: f.method,
    path: f.path,
    match: f.match,
    status: f.status,
    body: f.body,
    retryAfter: f.retryAfter,
    delayMs: f.delayMs,
    remaining: f.remaining,
  };
}

function parseConfig(state: State, body: unknown): Parsed<void> {
  if (!isRecord(body)) return { error: "Body must be a JSON object" };
  for (const key of ["tokenExpiresIn", "codeExpiresIn"] as const) {
    const value = body[key];
    if (value === undefined) continue;
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0) return { error: `${key} must be a number of seconds` };
  }
  if (typeof body.tokenExpiresIn === "number") state.config.tokenExpiresIn = body.tokenExpiresIn;
  if (typeof body.codeExpiresIn === "number") state.config.codeExpiresIn = body.codeExpiresIn;
  return { ok: undefined };
}

export function handleControl(state: State, incoming: Incoming): Reply {
  if (!isLoopback(incoming.remoteAddress)) return detail(403, "The control API only answers on loopback.");
  if (incoming.bodyError) return detail(400, `JSON parse error - ${incoming.bodyError}`);
  const route = `${incoming.method} ${incoming.url.pathname.replace(/\/+$/, "")}`;
  switch (route) {
    case "POST /__control/faults": {
      const parsed = parseFault(state, incoming.body);
      if ("error" in parsed) return detail(400, parsed.error);
      state.faults.push(parsed.ok);
      return json(201, { id: parsed.ok.id });
    }
    case "GET /__control/faults":
      return json(200, { faults: state.faults.map(describeFault) });
    case "DELETE /__control/faults":
      state.faults = [];
      return { status: 204 };
    case "GET /__control/requests":
      return json(200, { requests: state.requests });
    case "DELETE /__control/requests":
      state.requests = [];
      return { status: 204 };
    case "GET /__control/envelopes":
      return json(200, { envelopes: state.envelopes });
    case "DELETE /__control/envelopes":
      state.envelopes = [];
      return { status: 204 };
    case "GET /__control/artifact-bundles":
      return json(200, { bundles: state.artifactBundles });
    case "GET /__control/config":
      return json(200, state.config);
    case "POST /__control/config": {
      const parsed = parseConfig(state, incoming.body ?? {});
      if ("error" in parsed) return detail(400, parsed.error);
      return json(200, state.config);
    }
    case "POST /__control/expire-tokens": {
      // Access tokens only: refresh tokens stay valid so the app's refresh path can be tested.
      const now = Date.now();
      let expired = 0;
      for (const token of state.accessTokens.values()) {
        if (token.expiresAt > now) expired += 1;
        token.expiresAt = Math.min(token.expiresAt, now);
      }
      return json(200, { expired });
    }
    case "POST /__control/reset":
      resetState(state);
      return json(200, { ok: true });
    default:
      return detail(404, "Unknown control endpoint");
  }
}
