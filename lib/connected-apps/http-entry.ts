import { listOwnConnections, revokeOwnConnection } from "@/lib/connected-apps/own-routes";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http";

/**
 *   GET    /api/connected-apps                 the person's connections
 *   DELETE /api/connected-apps/:id             revokes one of them
 */
const ROUTE = /^\/api\/connected-apps(?:\/([^/]+))?$/;

export function isConnectedAppsPath(pathname: string): boolean {
  return ROUTE.test(pathname);
}

/**
 * "Connected apps", served by the worker entry ahead of Next.js: the OAuth library that keeps the
 * grants imports `cloudflare:workers`, which Next's webpack build cannot bundle (nor, left external,
 * load when it collects the routes at build time).
 */
export async function handleConnectedApps(request: Request, env: CloudflareEnv): Promise<Response> {
  try {
    const [, id] = ROUTE.exec(new URL(request.url).pathname)!;
    // A collection is read, an item revoked.
    const allowed = id === undefined ? "GET" : "DELETE";
    if (request.method !== allowed) return methodNotAllowed(allowed);
    return await (id === undefined ? listOwnConnections(request, env) : revokeOwnConnection(request, env, id));
  } catch (error) {
    return errorResponse(error);
  }
}

function methodNotAllowed(allowed: string): Response {
  const response = errorResponse(new AppError("method_not_allowed"));
  response.headers.set("allow", allowed);
  return response;
}
