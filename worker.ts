/**
 * The worker entry: the legacy MCP SSE transport is served here, before the Next.js handler that
 * OpenNext generates; everything else goes to Next. It also exports the Durable Object class
 * that holds SSE sessions.
 */
import openNext from "open-next-worker";
import { handleSse, SSE_MESSAGE_PATH, SSE_PATH } from "@/lib/mcp/sse/entry";

export { McpSseSession } from "@/lib/mcp/sse/session-object";

export default {
  async fetch(request, env, ctx) {
    const { pathname } = new URL(request.url);
    if (pathname === SSE_PATH || pathname === SSE_MESSAGE_PATH) return handleSse(request, env);
    return openNext.fetch(request, env, ctx);
  },
} satisfies ExportedHandler<CloudflareEnv>;
