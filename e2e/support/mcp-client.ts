import { Client as ClientV2, StreamableHTTPClientTransport as StreamableHTTPClientTransportV2 } from "@modelcontextprotocol/client";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { SSEClientTransport } from "@modelcontextprotocol/sdk/client/sse.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { APP_URL } from "./stack.ts";

export const DEMO_TOKEN = "sntryu_de00000000000000000000000000000000000000000000000000000000000000";

type ConnectOptions = { path?: string; token?: string; baseUrl?: string; oauthToken?: string };

/** A pasted Sentry token, or (oauthToken) an access token this app's OAuth server issued. */
function authorizationOf(options: ConnectOptions): string {
  return options.oauthToken ? `Bearer ${options.oauthToken}` : `Sentry-Bearer ${options.token ?? DEMO_TOKEN}`;
}

/** The SDK 1.x client (MCP 2025-11-25), connected to the running worker over Streamable HTTP or legacy SSE. */
export async function connectMcp(options: ConnectOptions & { transport?: "http" | "sse" } = {}): Promise<Client> {
  const url = new URL(options.path ?? (options.transport === "sse" ? "/sse" : "/mcp"), options.baseUrl ?? APP_URL);
  const headers = { authorization: authorizationOf(options) };
  const transport =
    options.transport === "sse"
      ? new SSEClientTransport(url, {
          requestInit: { headers },
          eventSourceInit: { fetch: (input, init) => fetch(input, { ...init, headers: { ...init?.headers, ...headers } }) },
        })
      : new StreamableHTTPClientTransport(url, { requestInit: { headers } });
  const client = new Client({ name: "sentry-chat-e2e", version: "1.0.0" });
  await client.connect(transport);
  return client;
}

/** The SDK v2 client, speaking MCP 2026-07-28 (no `initialize`: a `server/discover` that must offer it). */
export async function connectMcpV2(options: ConnectOptions = {}): Promise<ClientV2> {
  const url = new URL(options.path ?? "/mcp", options.baseUrl ?? APP_URL);
  const transport = new StreamableHTTPClientTransportV2(url, { requestInit: { headers: { authorization: authorizationOf(options) } } });
  const client = new ClientV2({ name: "sentry-chat-e2e", version: "2.0.0" }, { versionNegotiation: { mode: { pin: "2026-07-28" } } });
  await client.connect(transport);
  return client;
}
