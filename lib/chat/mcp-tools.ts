import { createMCPClient, type MCPClient } from "@ai-sdk/mcp";
import type { ToolSet } from "ai";
import { withTraceHeaders } from "@/lib/observability/trace-headers";

/**
 * Our own /mcp is stateless and answers `initialize` the same way every time: after the first
 * handshake in an isolate, later connections reuse its result and skip that round trip.
 */
let knownInitializeResult: MCPClient["initializeResult"] | undefined;

/**
 * The tool definitions /mcp lists, per isolate, by the caller's key. Listing them is a round trip
 * through the worker and a fresh MCP server, and building their schemas costs CPU that every chat
 * would otherwise queue for under load. The key must change whenever the tool set can (the chat
 * keys by the admin's tool policy, which /mcp lists by), so a different tool set is never served
 * from here.
 */
const definitionsByKey = new Map<string, Promise<ToolSet>>();

/** What a tool call reports when /mcp does not answer it: the card shows it, the model can say so. */
const UNAVAILABLE_RESULT = {
  isError: true,
  content: [{ type: "text", text: "The Sentry tools are unavailable right now. Try again shortly." }],
};

export type SentryTools = {
  tools: ToolSet;
  /** Closes the connection to /mcp if a tool call (or the listing) opened one. */
  close(): Promise<void>;
};

/**
 * The chat uses the same Sentry tools as external MCP clients, through the app's own `/mcp`,
 * reached inside the worker through the WORKER_SELF_REFERENCE service binding. The connection is
 * opened only when a tool runs (or the definitions are not cached yet), so a reply that calls no
 * tool never waits on /mcp.
 */
export async function connectSentryTools(
  selfReference: Fetcher | undefined,
  accessToken: string,
  options: { cacheKey: string; mcpUrl: string },
): Promise<SentryTools> {
  if (!selfReference) throw new Error("The WORKER_SELF_REFERENCE service binding is missing (see wrangler.jsonc).");
  let connecting: Promise<MCPClient> | undefined;
  const connect = () => (connecting ??= openClient(selfReference, options.mcpUrl, accessToken));
  const close = async () => {
    await connecting?.then((client) => client.close()).catch(() => {});
  };

  let definitions = definitionsByKey.get(options.cacheKey);
  if (!definitions) {
    definitions = connect().then((client) => client.tools());
    definitionsByKey.set(options.cacheKey, definitions);
    // A failed listing is not remembered: the next chat asks again.
    definitions.catch(() => definitionsByKey.delete(options.cacheKey));
  }
  try {
    return { tools: bindTools(await definitions, connect), close };
  } catch (error) {
    await close();
    throw error;
  }
}

function openClient(selfReference: Fetcher, mcpUrl: string, accessToken: string): Promise<MCPClient> {
  return createMCPClient({
    clientName: "sentry-chat",
    protocolVersionDiscovery: false,
    initialInitializeResult: knownInitializeResult,
    transport: {
      type: "http",
      // The app's own /mcp (APP_URL, a host /mcp answers for); the service binding delivers the
      // request to this worker without resolving it.
      url: mcpUrl,
      // The person's Sentry token, as a pasted token: it never leaves the worker.
      headers: { authorization: `Sentry-Bearer ${accessToken}` },
      // workerd rejects `redirect: "error"`, the transport's default.
      redirect: "follow",
      fetch: (input, init) => selfReference.fetch(input as RequestInfo, withTraceHeaders(init as RequestInit)),
    },
  }).then((client) => {
    knownInitializeResult ??= client.initializeResult;
    return client;
  });
}

/**
 * The cached definitions with this request's way of running them: each call goes through this
 * request's connection (and so this person's token), opened on first use.
 */
function bindTools(definitions: ToolSet, connect: () => Promise<MCPClient>): ToolSet {
  const bound: ToolSet = {};
  for (const [name, definition] of Object.entries(definitions)) {
    bound[name] = {
      ...definition,
      execute: async (input: unknown, { abortSignal }: { abortSignal?: AbortSignal }) => {
        abortSignal?.throwIfAborted();
        try {
          const client = await connect();
          return await client.callTool({ name, arguments: input as Record<string, unknown>, options: { signal: abortSignal } });
        } catch (error) {
          // Sentry's own failures come back as results; a throw means /mcp itself did not answer
          // (unreachable, refused the token, rate-limited). A stopped reply stays an abort.
          if (abortSignal?.aborted) throw error;
          console.error(JSON.stringify({ msg: "mcp tool call failed", tool: name, error: String(error) }));
          return UNAVAILABLE_RESULT;
        }
      },
    };
  }
  return bound;
}
