import { createMCPClient, type MCPClient } from "@ai-sdk/mcp";

/**
 * The chat uses the same Sentry tools as external MCP clients, through the app's own `/mcp`,
 * reached inside the worker through the WORKER_SELF_REFERENCE service binding.
 */
export async function connectSentryTools(selfReference: Fetcher | undefined, accessToken: string): Promise<MCPClient> {
  if (!selfReference) throw new Error("The WORKER_SELF_REFERENCE service binding is missing (see wrangler.jsonc).");
  return createMCPClient({
    clientName: "sentry-chat",
    protocolVersionDiscovery: false,
    transport: {
      type: "http",
      // The host is not resolved: the service binding delivers the request to this worker.
      url: "https://sentry-chat.internal/mcp",
      headers: { authorization: `Bearer ${accessToken}` },
      // workerd rejects `redirect: "error"`, the transport's default.
      redirect: "follow",
      fetch: (input, init) => selfReference.fetch(input as RequestInfo, init as RequestInit),
    },
  });
}
