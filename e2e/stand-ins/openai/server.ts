// OpenAI stand-in: a loopback HTTP server speaking the Responses and Chat Completions
// streaming protocols, scripted through `/__control/*` (see README.md).
import { createServer } from "node:http";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { chatJson, streamChat } from "./chat-completions.ts";
import { StandInState, faultErrorBody, handleControl } from "./control.ts";
import { RequestError, parseChatRequest, parseResponsesRequest } from "./conversation.ts";
import type { Api, ParsedRequest } from "./conversation.ts";
import { BodyTooLargeError, invalidRequest, openAIError, parseJsonObject, readBody, sendJson } from "./http.ts";
import { newId } from "./ids.ts";
import { responsesJson, streamResponses } from "./responses.ts";
import { SseStream } from "./sse.ts";

export interface OpenAIStandInOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Defaults to 127.0.0.1 (loopback only). */
  host?: string;
}

export interface OpenAIStandIn {
  /** `http://127.0.0.1:PORT`; the API base URL is `url + "/v1"`. */
  url: string;
  close(): Promise<void>;
}

const MODEL_ROUTES: Record<string, Api> = {
  "/v1/responses": "responses",
  "/v1/chat/completions": "chat",
};

function hasBearer(req: IncomingMessage): boolean {
  const auth = req.headers.authorization ?? "";
  const m = /^Bearer\s+(.*)$/i.exec(auth);
  return m !== null && (m[1] ?? "").trim() !== "";
}

function untilClosed(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    if (res.destroyed || res.writableEnded) resolve();
    else res.on("close", () => resolve());
  });
}

async function handleModel(api: Api, req: IncomingMessage, res: ServerResponse, state: StandInState): Promise<void> {
  const requestId = newId.request();
  const headers = { "x-request-id": requestId };
  if (!hasBearer(req)) {
    req.resume();
    return sendJson(
      res,
      401,
      invalidRequest(
        "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).",
        null,
        "invalid_api_key",
      ),
      headers,
    );
  }
  const body = parseJsonObject(await readBody(req));
  if (!body) {
    return sendJson(
      res,
      400,
      invalidRequest(
        "We could not parse the JSON body of your request. (HINT: This likely means you aren't using your HTTP library correctly. The OpenAI API expects a JSON payload, but what was sent was not valid JSON.)",
      ),
      headers,
    );
  }
  let parsed: ParsedRequest;
  try {
    parsed = api === "responses" ? parseResponsesRequest(body) : parseChatRequest(body);
  } catch (err) {
    if (err instanceof RequestError) return sendJson(res, 400, invalidRequest(err.message, err.param), headers);
    throw err;
  }
  const recorded = state.record(parsed, body, req);

  const fault = state.takeFault();
  if (fault?.status !== undefined) {
    const extra: Record<string, string> = { ...headers };
    if (fault.retryAfter !== undefined) extra["retry-after"] = String(fault.retryAfter);
    return sendJson(res, fault.status, faultErrorBody(fault.status, parsed.model, fault.retryAfter), extra);
  }
  const stall = fault?.stall === true;

  if (!parsed.stream) {
    if (stall) return untilClosed(res);
    const plan = state.script.reply(parsed);
    return sendJson(res, 200, api === "responses" ? responsesJson(parsed, body, plan) : chatJson(parsed, plan), headers);
  }
  const plan = stall ? null : state.script.reply(parsed);
  const sse = new SseStream(res, headers);
  if (api === "responses") await streamResponses(sse, parsed, body, plan);
  else await streamChat(sse, parsed, plan);
  recorded.stream = sse.finished ? "completed" : "cancelled";
}

async function handle(req: IncomingMessage, res: ServerResponse, state: StandInState): Promise<void> {
  const path = (req.url ?? "/").split("?")[0] ?? "/";
  if (path.startsWith("/__control/")) return handleControl(req, res, path, state);

  const api = MODEL_ROUTES[path];
  if (api && req.method === "POST") return handleModel(api, req, res, state);

  req.resume();
  if ((path === "/" || path === "/health") && (req.method === "GET" || req.method === "HEAD")) {
    return sendJson(res, 200, { ok: true, name: "openai-stand-in", endpoints: Object.keys(MODEL_ROUTES) });
  }
  if (path === "/v1/models" && req.method === "GET") {
    const created = Math.floor(Date.now() / 1000);
    return sendJson(res, 200, {
      object: "list",
      data: ["gpt-4o", "gpt-4o-mini", "gpt-4.1", "gpt-4.1-mini"].map((id) => ({ id, object: "model", created, owned_by: "openai-stand-in" })),
    });
  }
  return sendJson(res, 404, invalidRequest(`Invalid URL (${req.method ?? "GET"} ${path})`));
}

export async function startOpenAIStandIn(options: OpenAIStandInOptions = {}): Promise<OpenAIStandIn> {
  const host = options.host ?? "127.0.0.1";
  const state = new StandInState();
  const server = createServer((req, res) => {
    handle(req, res, state).catch((err: unknown) => {
      if (err instanceof BodyTooLargeError) {
        sendJson(res, 413, invalidRequest("Request body too large."));
        return;
      }
      if (res.headersSent) res.destroy();
      else sendJson(res, 500, openAIError({ message: `Stand-in error: ${String(err)}`, type: "server_error" }));
    });
  });
  server.on("connection", (socket) => socket.setNoDelay(true));

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(":") ? `[${host}]` : host;

  let closing: Promise<void> | undefined;
  return {
    url: `http://${urlHost}:${port}`,
    close() {
      closing ??= new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
