import { requireRequestUser } from "@/lib/auth/request-user";
import { connectedAppsView } from "@/lib/connected-apps/view";
import { getConfig } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { assertSameOrigin } from "@/lib/http";
import { isConnectionId } from "@/lib/oauth/connection-id";
import { revokeConnection } from "@/lib/oauth/connections";
import { identifyUser } from "@/lib/observability/report";

const NOT_FOUND = "This connection does not exist.";

/** GET /api/connected-apps — the MCP clients the person has connected, and how to connect one. */
export async function listOwnConnections(request: Request, env: CloudflareEnv): Promise<Response> {
  // Validate: nothing to read. Authenticate; authorization is the OAuth library listing this person's grants only.
  const config = getConfig(env);
  const user = await requireRequestUser(request, config.authSecret);
  identifyUser(user.id);

  // Work.
  return Response.json(await connectedAppsView(env, config, user.id), { headers: { "cache-control": "private, no-store" } });
}

/** DELETE /api/connected-apps/:id — revokes one of the person's connections: its next request is refused. */
export async function revokeOwnConnection(request: Request, env: CloudflareEnv, id: string): Promise<Response> {
  // Validate: a malformed id names no connection, so it is answered like an unknown one.
  assertSameOrigin(request, getConfig(env).appUrl);
  if (!isConnectionId(id)) throw new AppError("not_found", NOT_FOUND);

  // Authenticate.
  const config = getConfig(env);
  const user = await requireRequestUser(request, config.authSecret);
  identifyUser(user.id);

  // Authorize and work: only the person's own grants are found; anyone else's is unknown to them.
  if (!(await revokeConnection(env, config.appUrl, user.id, id))) throw new AppError("not_found", NOT_FOUND);
  return new Response(null, { status: 204 });
}
