import { handleChat } from "@/lib/chat/handle-chat";
import { handleStop } from "@/lib/chat/handle-stop";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http";

const CHAT_PATH = "/api/chat";
const STOP_PATH = /^\/api\/chat\/([^/]+)\/stop$/;

/** `/api/chat` and `/api/chat/:id/stop`, served by the worker entry ahead of Next.js. */
export function isChatPath(pathname: string): boolean {
  return pathname === CHAT_PATH || STOP_PATH.test(pathname);
}

/** Both routes change state: POST only, said in the shared error contract. */
function methodNotAllowed(): Response {
  const response = errorResponse(new AppError("method_not_allowed", "Send messages with POST."));
  response.headers.set("allow", "POST");
  return response;
}

export function handleChatRequest(request: Request, env: CloudflareEnv, ctx: ExecutionContext): Promise<Response> | Response {
  if (request.method !== "POST") return methodNotAllowed();
  const { pathname } = new URL(request.url);
  const stop = STOP_PATH.exec(pathname);
  return stop ? handleStop(request, env, stop[1]) : handleChat(request, env, ctx);
}
