// Test-facing state (script, faults, request log) and the `/__control/*` endpoints.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { ParsedRequest } from "./conversation.ts";
import { headersRecord, openAIError, parseJsonObject, readBody, sendJson } from "./http.ts";
import { Script } from "./script.ts";
import type { ToolOutput } from "./script.ts";
import { validateRules } from "./validate.ts";

export interface Fault {
  /** HTTP error status to answer with (429, 500, 503; any 400–599 accepted). */
  status?: number;
  /** Seconds; sent as the `retry-after` header. */
  retryAfter?: number;
  /** Start the stream, then send nothing more until the client disconnects. */
  stall?: boolean;
  /** How many more model requests this fault applies to. */
  count: number;
}

export interface RecordedRequest {
  api: "responses" | "chat";
  model: string;
  body: unknown;
  tools: string[];
  lastUserMessage: string;
  toolOutputs: ToolOutput[];
  headers: Record<string, string>;
  at: string;
  /** For a streamed reply, once it is over: sent to the end, or cut short by the client. */
  stream?: "completed" | "cancelled";
}

const MAX_RECORDED = 1000;

export class StandInState {
  readonly script = new Script();
  faults: Fault[] = [];
  requests: RecordedRequest[] = [];

  record(parsed: ParsedRequest, body: unknown, req: IncomingMessage): RecordedRequest {
    const recorded: RecordedRequest = {
      api: parsed.api,
      model: parsed.model,
      body,
      tools: parsed.tools,
      lastUserMessage: parsed.lastUserMessage,
      toolOutputs: parsed.toolOutputs,
      headers: headersRecord(req),
      at: new Date().toISOString(),
    };
    this.requests.push(recorded);
    if (this.requests.length > MAX_RECORDED) this.requests.splice(0, this.requests.length - MAX_RECORDED);
    return recorded;
  }

  /** Consumes one use of the oldest pending fault. */
  takeFault(): Fault | undefined {
    const fault = this.faults[0];
    if (!fault) return undefined;
    fault.count--;
    if (fault.count <= 0) this.faults.shift();
    return fault;
  }

  reset(): void {
    this.script.reset();
    this.faults = [];
    this.requests = [];
  }
}

export function faultErrorBody(status: number, model: string, retryAfter: number | undefined) {
  if (status === 429) {
    const wait = retryAfter ?? 1;
    return openAIError({
      message: `Rate limit reached for ${model} in organization org-standin on requests per min (RPM): Limit 3, Used 3, Requested 1. Please try again in ${wait}s.`,
      type: "requests",
      code: "rate_limit_exceeded",
    });
  }
  if (status === 503) {
    return openAIError({ message: "The server is overloaded or not ready yet.", type: "server_error" });
  }
  if (status >= 500) {
    return openAIError({
      message: "The server had an error while processing your request. Sorry about that!",
      type: "server_error",
    });
  }
  return openAIError({ message: `Injected fault (HTTP ${status}).`, type: "invalid_request_error" });
}

function parseFault(raw: Record<string, unknown>): Fault {
  const fault: Fault = { count: 1 };
  if (raw.status !== undefined) {
    if (typeof raw.status !== "number" || !Number.isInteger(raw.status) || raw.status < 400 || raw.status > 599) {
      throw new Error('"status" must be an HTTP error status (e.g. 429, 500, 503)');
    }
    fault.status = raw.status;
  }
  if (raw.retryAfter !== undefined) {
    if (typeof raw.retryAfter !== "number" || !(raw.retryAfter >= 0)) throw new Error('"retryAfter" must be a number >= 0 (seconds)');
    fault.retryAfter = raw.retryAfter;
  }
  if (raw.stall !== undefined) {
    if (typeof raw.stall !== "boolean") throw new Error('"stall" must be a boolean');
    fault.stall = raw.stall;
  }
  if (raw.count !== undefined) {
    if (typeof raw.count !== "number" || !Number.isInteger(raw.count) || raw.count < 1) throw new Error('"count" must be an integer >= 1');
    fault.count = raw.count;
  }
  if (fault.status === undefined && !fault.stall) throw new Error('a fault needs "status" or "stall": true');
  return fault;
}

/** Handles `/__control/*`. No auth. */
export async function handleControl(req: IncomingMessage, res: ServerResponse, path: string, state: StandInState): Promise<void> {
  const method = req.method ?? "GET";
  const route = `${method} ${path}`;
  const bad = (message: string) => sendJson(res, 400, { error: { message } });

  const readObject = async (): Promise<Record<string, unknown> | undefined> => {
    const body = parseJsonObject(await readBody(req));
    if (!body) bad("body must be a JSON object");
    return body;
  };

  switch (route) {
    case "POST /__control/script": {
      const body = await readObject();
      if (!body) return;
      try {
        const rules = validateRules(body.rules);
        state.script.add(rules);
        return sendJson(res, 200, { ok: true, rules: state.script.rules.length });
      } catch (err) {
        return bad((err as Error).message);
      }
    }
    case "GET /__control/script":
      return sendJson(res, 200, { rules: state.script.rules });
    case "DELETE /__control/script":
      state.script.reset();
      return sendJson(res, 200, { ok: true });
    case "POST /__control/faults": {
      const body = await readObject();
      if (!body) return;
      try {
        state.faults.push(parseFault(body));
        return sendJson(res, 200, { ok: true, faults: state.faults });
      } catch (err) {
        return bad((err as Error).message);
      }
    }
    case "GET /__control/faults":
      return sendJson(res, 200, { faults: state.faults });
    case "DELETE /__control/faults":
      state.faults = [];
      return sendJson(res, 200, { ok: true });
    case "GET /__control/requests":
      return sendJson(res, 200, { requests: state.requests });
    case "DELETE /__control/requests":
      state.requests = [];
      return sendJson(res, 200, { ok: true });
    case "POST /__control/reset":
      state.reset();
      return sendJson(res, 200, { ok: true });
    default:
      return sendJson(res, 404, { error: { message: `Unknown control route: ${route}` } });
  }
}
