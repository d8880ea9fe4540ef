/**
 * The worker entry: the MCP endpoints (/mcp…, and the legacy /sse transport), the OAuth server
 * that MCP clients connect through (/oauth/…, /.well-known/oauth-…), the chat API (/api/chat…) and
 * the "Connected apps" API (/api/connected-apps…, /api/admin/connected-apps…) are served here,
 * before the Next.js handler that OpenNext generates; everything else goes to Next. It also
 * exports the Durable Object class that holds SSE sessions.
 */
import openNext from "open-next-worker";
import { handleChatRequest, isChatPath } from "@/lib/chat/http-entry";
import { handleConnectedApps, isConnectedAppsPath } from "@/lib/connected-apps/http-entry";
import { handleMcp, isMcpPath } from "@/lib/mcp/http-entry";
import { handleOAuth, isOAuthPath } from "@/lib/oauth/entry";
import { handleSse, SSE_MESSAGE_PATH, SSE_PATH } from "@/lib/mcp/sse/entry";
import { serverRenderedNotFound } from "@/lib/worker/not-found-document";
import { openSnapshotSlot } from "@/lib/shares/snapshot-slot";
import { isStaticDocument, isStaticDocumentRequest, withoutClientRuntime } from "@/lib/worker/static-document";
import { withObservability } from "@/lib/observability/with-observability";

export { McpSseSession } from "@/lib/mcp/sse/session-object";

export default withObservability({
  async fetch(request, env, ctx) {
    const { pathname } = new URL(request.url);
    if (isMcpPath(pathname)) return handleMcp(request, env, ctx);
    if (isOAuthPath(pathname)) return handleOAuth(request, env, ctx, (page) => openNext.fetch(page, env, ctx));
    if (pathname === SSE_PATH || pathname === SSE_MESSAGE_PATH) return handleSse(request, env);
    if (isChatPath(pathname)) return handleChatRequest(request, env, ctx);
    if (isConnectedAppsPath(pathname)) return handleConnectedApps(request, env);
    const snapshot = isStaticDocumentRequest(request) ? openSnapshotSlot(ctx) : undefined;
    const response = await serverRenderedNotFound(request, await openNext.fetch(request, env, ctx), (notFound) =>
      openNext.fetch(notFound, env, ctx),
    );
    return isStaticDocument(request, response) ? withoutClientRuntime(response, snapshot) : response;
  },
} satisfies ExportedHandler<CloudflareEnv>);
