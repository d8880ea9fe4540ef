import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { AppError } from "@/lib/errors";
import type { ToolContext } from "@/lib/mcp/tool";
import { tools } from "@/lib/mcp/tools";

/** What a model can act on when a tool fails: the reason in plain words, never a stack trace. */
export function toolErrorMessage(error: unknown): string {
  if (error instanceof AppError) return error.message;
  return "The tool failed unexpectedly. Try again, or try a different request.";
}

export function createMcpServer(context: ToolContext): McpServer {
  const server = new McpServer({ name: "sentry-chat", title: "Sentry", version: "0.1.0" });
  for (const tool of tools) {
    server.registerTool(
      tool.name,
      {
        title: tool.title,
        description: tool.description,
        inputSchema: tool.inputSchema,
        annotations: { title: tool.title, ...tool.annotations },
      },
      async (args: unknown) => {
        try {
          const text = await tool.handler(args, context);
          return { content: [{ type: "text", text }] };
        } catch (error) {
          return { isError: true, content: [{ type: "text", text: toolErrorMessage(error) }] };
        }
      },
    );
  }
  return server;
}
