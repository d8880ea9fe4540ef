import { createMCPClient, type MCPClient } from "@ai-sdk/mcp";
import type { ToolSet } from "ai";
import { withTraceHeaders } from "@/lib/observability/trace-headers";

/**
 * Our own /mcp is stateless and answers `initialize` the same way every time: after the first
 * handshake in an isolate, later connections reuse its result and skip that round trip.
 */
let knownInitializeResult: MCPClient["initializeResult"] | undefined;

/**
 * The chat uses the same Sentry tools as external MCP clients, through the app's own `/mcp`,
 * reached inside the worker through the WORKER_SELF_REFERENCE service binding.
 */
export async function connectSentryTools(
  selfReference: Fetcher | undefined,
  accessToken: string,
): Promise<{ client: MCPClient; tools: ToolSet }> {
  if (!selfReference) throw new Error("The WORKER_SELF_REFERENCE service binding is missing (see wrangler.jsonc).");
  const client = await createMCPClient({
    clientName: "sentry-chat",
    protocolVersionDiscovery: false,
    initialInitializeResult: knownInitializeResult,
    transport: {
      type: "http",
      // The host is not resolved: the service binding delivers the request to this worker.
      url: "https://sentry-chat.internal/mcp",
      headers: { authorization: `Bearer ${accessToken}` },
      // workerd rejects `redirect: "error"`, the transport's default.
      redirect: "follow",
      fetch: (input, init) => selfReference.fetch(input as RequestInfo, withTraceHeaders(init as RequestInit)),
    },
  });
  knownInitializeResult ??= client.initializeResult;
  try {
    return { client, tools: await client.tools() };
  } catch (error) {
    await client.close();
    throw error;
  }
}
