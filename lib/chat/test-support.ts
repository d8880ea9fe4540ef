/**
 * For tests and benches of what the chat sends the model: the Sentry tools served by a real /mcp
 * handler in process (against the Sentry stand-in), reached with the chat's own MCP client, and
 * the chat's own model requests made to the OpenAI stand-in, which records every request it gets.
 */
import { startOpenAIStandIn } from "@/e2e/stand-ins/openai/server.ts";
import { startSentryStandIn } from "@/e2e/stand-ins/sentry/server.ts";
import { createMcpHandler } from "@modelcontextprotocol/server";
import { isStepCount, readUIMessageStream, streamText, type UIMessage } from "ai";
import { connectSentryTools } from "@/lib/chat/mcp-tools";
import { createChatModel } from "@/lib/chat/model";
import { modelRequest } from "@/lib/chat/model-request";
import { createMcpServer } from "@/lib/mcp/server";
import { createSentryClient } from "@/lib/sentry/client";

export type RecordedModelRequest = { body: Record<string, unknown> };

export type ChatHarness = {
  /** One HTTP `tools/list` answer of /mcp, as the bytes a client receives. */
  listToolsRaw(): Promise<string>;
  /** For scripting Sentry's answers through its `/__control/*` routes. */
  sentryStandIn: { url: string; demoToken: string };
  /**
   * Sends `text` as the person's next message and runs the reply (tool calls included) the way
   * the chat does; returns the history with the reply and the model requests it took.
   */
  turn(history: UIMessage[], text: string): Promise<{ history: UIMessage[]; requests: RecordedModelRequest[] }>;
  close(): Promise<void>;
};

let harnesses = 0;

export async function startChatHarness(): Promise<ChatHarness> {
  const sentryStandIn = await startSentryStandIn({ port: 0 });
  const openaiStandIn = await startOpenAIStandIn({ port: 0 });
  const sentry = createSentryClient({ baseUrl: sentryStandIn.url, token: sentryStandIn.demoToken });
  const mcp = createMcpHandler(
    () => createMcpServer({ sentry, constraints: {}, toolPolicy: { disabledTools: [], writesAllowed: true }, listChanged: false }).server,
  );
  const mcpUrl = "http://app.test/mcp";
  const selfReference = { fetch: (input: RequestInfo, init?: RequestInit) => mcp.fetch(new Request(input, init)) } as unknown as Fetcher;
  const model = createChatModel({ openaiApiKey: "test", openaiBaseUrl: `${openaiStandIn.url}/v1`, openaiApiStyle: "responses" });
  const cacheKey = `harness-${++harnesses}`;
  const conversationId = crypto.randomUUID();

  const recorded = async (): Promise<RecordedModelRequest[]> => {
    const response = await fetch(`${openaiStandIn.url}/__control/requests`);
    return ((await response.json()) as { requests: RecordedModelRequest[] }).requests;
  };

  return {
    async listToolsRaw() {
      const response = await mcp.fetch(
        new Request(mcpUrl, {
          method: "POST",
          headers: { "content-type": "application/json", accept: "application/json, text/event-stream", "mcp-protocol-version": "2025-11-25" },
          body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "tools/list", params: {} }),
        }),
      );
      return response.text();
    },
    sentryStandIn: { url: sentryStandIn.url, demoToken: sentryStandIn.demoToken },
    async turn(history, text) {
      const before = (await recorded()).length;
      const user: UIMessage = { id: crypto.randomUUID(), role: "user", parts: [{ type: "text", text }] };
      const messages = [...history, user];
      const sentryTools = await connectSentryTools(selfReference, sentryStandIn.demoToken, { cacheKey, mcpUrl });
      try {
        const request = await modelRequest({ model, conversationId, messages, tools: sentryTools.tools, systemPromptExtra: "" });
        const result = streamText({ ...request, stopWhen: isStepCount(5) });
        let reply: UIMessage | undefined;
        for await (const message of readUIMessageStream({ stream: result.toUIMessageStream() })) reply = message;
        if (!reply) throw new Error("the model did not reply");
        return { history: [...messages, reply], requests: (await recorded()).slice(before) };
      } finally {
        await sentryTools.close();
      }
    },
    async close() {
      await Promise.all([sentryStandIn.close(), openaiStandIn.close()]);
    },
  };
}
