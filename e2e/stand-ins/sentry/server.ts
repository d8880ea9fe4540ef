// The Sentry stand-in: a real HTTP server on loopback speaking Sentry's OAuth and REST wire
// protocols, so the app under test talks to it exactly as it would to sentry.io.
//
//   const sentry = await startSentryStandIn();   // http://127.0.0.1:<random port>
//   ... point the app at sentry.url ...
//   await sentry.close();
import { createServer } from "node:http";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { BodyTooLargeError, detail, parseBody, queryToObject, readBody, sendReply } from "./http.ts";
import type { Incoming, Reply } from "./http.ts";
import { RouteTable, loadRoutes, splitTemplate } from "./examples.ts";
import { buildCatalog } from "./catalog.ts";
import type { Catalog } from "./catalog.ts";
import { DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, DEMO_TOKEN, HAND_ROUTES } from "./fixtures.ts";
import { createState } from "./state.ts";
import type { LoggedRequest, State } from "./state.ts";
import { handleApi, NOT_FOUND } from "./api.ts";
import { showAuthorize, submitAuthorize, token } from "./oauth.ts";
import { faultReply, handleControl, takeFault } from "./control.ts";
import { ingestEnvelope, isEnvelopePath } from "./ingest.ts";
import { handleArtifactUpload, isArtifactUploadPath, MAX_CHUNK_REQUEST_BYTES } from "./artifact-bundles.ts";

export type SentryStandInOptions = {
  /** 0 (default) picks a free port. */
  port?: number;
  host?: string;
  openapiPath?: string;
  clientId?: string;
  clientSecret?: string;
  /** Access token lifetime in seconds (default 8 hours). */
  tokenExpiresIn?: number;
};

export type SentryStandIn = {
  url: string;
  demoToken: string;
  clientId: string;
  clientSecret: string;
  close(): Promise<void>;
};

/** Sentry's published API description, kept in the repository (`data/sentry-api/`). */
export const DEFAULT_OPENAPI_PATH = fileURLToPath(new URL("../../../data/sentry-api/openapi.json", import.meta.url));

const CODE_EXPIRES_IN = 600;

type App = { state: State; table: RouteTable; catalog: Catalog };

function route(app: App, incoming: Incoming): Reply {
  const path = incoming.url.pathname;
  if (path.startsWith("/api/")) return handleApi(app.state, app.table, app.catalog, incoming);
  if (path === "/oauth/authorize/" || path === "/oauth/authorize") {
    if (incoming.method === "GET") return showAuthorize(app.state, incoming);
    if (incoming.method === "POST") return submitAuthorize(app.state, incoming);
    return detail(405, `Method "${incoming.method}" not allowed.`);
  }
  if (path === "/oauth/token/" || path === "/oauth/token") {
    if (incoming.method === "POST") return token(app.state, incoming);
    return detail(405, `Method "${incoming.method}" not allowed.`);
  }
  return detail(404, NOT_FOUND);
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function handle(app: App, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const method = (req.method ?? "GET").toUpperCase();
  let url: URL;
  try {
    // Prefixing (rather than resolving against a base) keeps a path like "//x" a path.
    const target = req.url ?? "/";
    url = new URL(target.startsWith("/") ? `http://stand-in.invalid${target}` : target);
  } catch {
    sendReply(res, detail(400, "Malformed request URL"));
    return;
  }
  const artifactUpload = isArtifactUploadPath(url.pathname);
  let bytes: Buffer;
  try {
    bytes = await readBody(req, artifactUpload ? MAX_CHUNK_REQUEST_BYTES : undefined);
  } catch (err) {
    sendReply(res, err instanceof BodyTooLargeError ? detail(413, "Request body too large") : detail(400, "Unreadable request body"));
    return;
  }
  const raw = bytes.toString("utf8");
  const parsed = parseBody(raw, req.headers["content-type"]);
  const incoming: Incoming = {
    method,
    url,
    path: url.pathname,
    headers: req.headers,
    body: parsed.body,
    bodyError: parsed.error,
    remoteAddress: req.socket.remoteAddress,
  };

  if (url.pathname.startsWith("/__control/")) {
    sendReply(res, handleControl(app.state, incoming));
    return;
  }
  if (isEnvelopePath(url.pathname)) {
    sendReply(res, ingestEnvelope(app.state, incoming, raw));
    return;
  }
  // Binary uploads, kept out of the request log like the envelopes.
  if (artifactUpload) {
    sendReply(res, await handleArtifactUpload(app.state, incoming, bytes));
    return;
  }

  // Logged on arrival (so the log keeps arrival order), status filled in when answered.
  const entry: LoggedRequest = {
    method,
    path: url.pathname,
    query: queryToObject(url),
    headers: { ...req.headers },
    body: parsed.body,
    status: null,
    at: new Date().toISOString(),
  };
  app.state.requests.push(entry);

  let reply: Reply | null = null;
  const fault = takeFault(app.state, method, url.pathname);
  if (fault) {
    if (fault.delayMs > 0) await delay(fault.delayMs);
    reply = faultReply(fault);
  }
  if (!reply) {
    try {
      reply = route(app, incoming);
    } catch (err) {
      // A handler bug answers 500 (and is logged as such) instead of killing the server.
      console.error("[sentry stand-in] handler failed:", err);
      reply = detail(500, "Internal Error");
    }
  }
  entry.status = reply.status;
  sendReply(res, reply);
}

export async function startSentryStandIn(options: SentryStandInOptions = {}): Promise<SentryStandIn> {
  const host = options.host ?? "127.0.0.1";
  const clientId = options.clientId ?? DEFAULT_CLIENT_ID;
  const clientSecret = options.clientSecret ?? DEFAULT_CLIENT_SECRET;
  const routes = loadRoutes(options.openapiPath ?? DEFAULT_OPENAPI_PATH);
  const hand = HAND_ROUTES.map((r) => ({
    ...r,
    segments: splitTemplate(r.template),
    status: 200,
    example: undefined,
    schema: undefined,
    noContent: false,
  }));
  const table = new RouteTable([...routes, ...hand]);
  const state = createState({
    clientId,
    clientSecret,
    config: { tokenExpiresIn: options.tokenExpiresIn ?? 28_800, codeExpiresIn: CODE_EXPIRES_IN },
  });
  const app: App = { state, table, catalog: buildCatalog(table) };

  const server = createServer((req, res) => {
    handle(app, req, res).catch((err: unknown) => {
      // Never die on a request: answer 500 and keep serving.
      console.error("[sentry stand-in] request failed:", err);
      sendReply(res, detail(500, "Internal Error"));
    });
  });
  // A malformed request line must not take the process down either.
  server.on("clientError", (_err, socket) => {
    if (socket.writable) socket.end("HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n");
    else socket.destroy();
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(":") ? `[${host}]` : host;
  state.baseUrl = `http://${urlHost}:${port}`;

  return {
    url: state.baseUrl,
    demoToken: DEMO_TOKEN,
    clientId,
    clientSecret,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        // Keep-alive connections (fetch pools them) would otherwise hold close() open.
        server.closeAllConnections();
      }),
  };
}
