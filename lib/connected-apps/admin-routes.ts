import { asAdmin, type AdminUser } from "@/lib/admin/admin-user";
import { requestUser } from "@/lib/auth/request-user";
import { connectedClientsSummary, parsePersonId } from "@/lib/connected-apps/per-person";
import { getConfig, type AppConfig } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { assertSameOrigin } from "@/lib/http";
import { revokeAllConnections } from "@/lib/oauth/connections";
import { identifyUser } from "@/lib/observability/report";

const PRIVATE = { "cache-control": "private, no-store" };

/** The admin making the request; anyone else, signed out included, is told the route does not exist. */
export async function requireRequestAdmin(request: Request, config: AppConfig): Promise<AdminUser> {
  const admin = asAdmin(await requestUser(request, config.authSecret), config);
  if (!admin) throw new AppError("not_found");
  identifyUser(admin.id);
  return admin;
}

/** GET /api/admin/connected-apps — how many MCP clients each person has connected, and the total. */
export async function listConnectionsPerPerson(request: Request, env: CloudflareEnv): Promise<Response> {
  // Nothing to validate. Authenticate and authorize: anyone but an admin gets a 404.
  const admin = await requireRequestAdmin(request, getConfig(env));

  // Work.
  return Response.json(await connectedClientsSummary(env, admin), { headers: PRIVATE });
}

/** DELETE /api/admin/connected-apps/:userId — revokes every MCP connection of that person; answers how many. */
export async function revokePersonConnections(request: Request, env: CloudflareEnv, userId: string): Promise<Response> {
  // Validate what any request must be.
  assertSameOrigin(request, getConfig(env).appUrl);

  // Authenticate and authorize: anyone but an admin gets a 404, whatever they asked.
  const config = getConfig(env);
  await requireRequestAdmin(request, config);

  // Validate the id, then work: every client of theirs is refused from its next request.
  const revoked = await revokeAllConnections(env, config.appUrl, parsePersonId(userId));
  return Response.json({ revoked }, { headers: PRIVATE });
}
