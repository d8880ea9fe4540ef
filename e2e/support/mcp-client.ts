import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { SSEClientTransport } from "@modelcontextprotocol/sdk/client/sse.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { APP_URL } from "./stack.ts";

export const DEMO_TOKEN = "sntryu_de00000000000000000000000000000000000000000000000000000000000000";

/** The real MCP SDK client, connected to the running worker over Streamable HTTP or legacy SSE. */
export async function connectMcp(
  options: { path?: string; token?: string; transport?: "http" | "sse"; baseUrl?: string; oauthToken?: string } = {},
): Promise<Client> {
  const url = new URL(options.path ?? (options.transport === "sse" ? "/sse" : "/mcp"), options.baseUrl ?? APP_URL);
  // A pasted Sentry token, or (oauthToken) an access token this app's OAuth server issued.
  const authorization = options.oauthToken ? `Bearer ${options.oauthToken}` : `Sentry-Bearer ${options.token ?? DEMO_TOKEN}`;
  const headers = { authorization };
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
