import { handleChat } from "@/lib/chat/handle-chat";
import { handleStop } from "@/lib/chat/handle-stop";

const CHAT_PATH = "/api/chat";
const STOP_PATH = /^\/api\/chat\/([^/]+)\/stop$/;

/** `/api/chat` and `/api/chat/:id/stop`, served by the worker entry ahead of Next.js. */
export function isChatPath(pathname: string): boolean {
  return pathname === CHAT_PATH || STOP_PATH.test(pathname);
}

/** Both routes change state: POST only. */
function methodNotAllowed(): Response {
  return new Response(null, { status: 405, headers: { allow: "POST" } });
}

export function handleChatRequest(request: Request, env: CloudflareEnv, ctx: ExecutionContext): Promise<Response> | Response {
  if (request.method !== "POST") return methodNotAllowed();
  const { pathname } = new URL(request.url);
  const stop = STOP_PATH.exec(pathname);
  return stop ? handleStop(request, env, stop[1]) : handleChat(request, env, ctx);
}
