import { listConnectionsPerPerson, requireRequestAdmin, revokePersonConnections } from "@/lib/connected-apps/admin-routes";
import { listOwnConnections, revokeOwnConnection } from "@/lib/connected-apps/own-routes";
import { getConfig } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http";

/**
 *   GET    /api/connected-apps                 the person's connections
 *   DELETE /api/connected-apps/:id             revokes one of them
 *   GET    /api/admin/connected-apps           connections per person (admins only)
 *   DELETE /api/admin/connected-apps/:userId   revokes all of a person's (admins only)
 */
const ROUTE = /^\/api(\/admin)?\/connected-apps(?:\/([^/]+))?$/;

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
    const [, admin, id] = ROUTE.exec(new URL(request.url).pathname)!;
    // A collection is read, an item revoked.
    const allowed = id === undefined ? "GET" : "DELETE";
    if (request.method !== allowed) {
      // Only an admin learns that an admin route exists.
      if (admin) await requireRequestAdmin(request, getConfig(env));
      return methodNotAllowed(allowed);
    }
    if (admin) return await (id === undefined ? listConnectionsPerPerson(request, env) : revokePersonConnections(request, env, id));
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
