import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { runTool } from "@/lib/mcp/run-tool";
import type { ToolContext } from "@/lib/mcp/tool";
import { tools } from "@/lib/mcp/tools";

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
      (args: unknown) => runTool(tool, args, context),
    );
  }
  return server;
}
