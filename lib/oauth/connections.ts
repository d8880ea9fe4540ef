import type { GrantSummary } from "@cloudflare/workers-oauth-provider";
import { oauthHelpers } from "@/lib/oauth/authorization-server";
import { isGrantMetadata } from "@/lib/oauth/grant-props";
import { grantsWrite } from "@/lib/oauth/scopes";
import { forgetAcceptedTokens } from "@/lib/oauth/validated-tokens";

/** An MCP client a person connected, as "Connected apps" shows it. */
export type Connection = {
  /** The OAuth grant's id: what Revoke names. */
  id: string;
  clientName: string;
  /** The client's redirect host, where its tokens went. */
  redirectHost: string | null;
  access: "read" | "write";
  organization: string | null;
  project: string | null;
  connectedAt: number;
  lastUsedAt: number | null;
};

/** All of a person's grants, page by page: the OAuth library lists them by user. */
async function userGrants(env: CloudflareEnv, issuer: string, userId: string): Promise<GrantSummary[]> {
  const helpers = oauthHelpers(env, issuer);
  const grants: GrantSummary[] = [];
  let cursor: string | undefined;
  do {
    const page = await helpers.listUserGrants(userId, { limit: 100, cursor });
    grants.push(...page.items);
    cursor = page.cursor;
  } while (cursor);
  return grants;
}

/** The person's live MCP connections, newest first. Only their own. */
export async function listConnections(env: CloudflareEnv, issuer: string, userId: string): Promise<Connection[]> {
  const items = await userGrants(env, issuer, userId);
  const lastUsed = await lastUsedByConnection(env.DB, userId);
  return items
    .filter((grant) => isGrantMetadata(grant.metadata))
    .map((grant): Connection => ({
      id: grant.id,
      clientName: grant.metadata.clientName,
      redirectHost: grant.redirectUri ? hostOf(grant.redirectUri) : null,
      access: grantsWrite(grant.scope) ? "write" : "read",
      organization: grant.metadata.organization ?? null,
      project: grant.metadata.project ?? null,
      connectedAt: grant.createdAt * 1000,
      lastUsedAt: lastUsed.get(grant.metadata.connectionId) ?? null,
    }))
    .sort((a, b) => b.connectedAt - a.connectedAt);
}

/** Revokes one of the person's connections: its tokens stop working at once. Unknown or someone else's: false. */
export async function revokeConnection(env: CloudflareEnv, issuer: string, userId: string, grantId: string): Promise<boolean> {
  if (!(await userGrants(env, issuer, userId)).some((grant) => grant.id === grantId)) return false;
  await oauthHelpers(env, issuer).revokeGrant(grantId, userId);
  forgetAcceptedTokens();
  return true;
}

/** Revokes every connection of a person (an administrator's action); returns how many. */
export async function revokeAllConnections(env: CloudflareEnv, issuer: string, userId: string): Promise<number> {
  const items = await userGrants(env, issuer, userId);
  const helpers = oauthHelpers(env, issuer);
  await Promise.all(items.map((grant) => helpers.revokeGrant(grant.id, userId)));
  forgetAcceptedTokens();
  return items.length;
}

const RECORD_EVERY_MS = 60_000;
const recorded = new Map<string, number>();

/** Notes that a connection was used; at most once a minute per connection in this isolate. */
export async function recordConnectionUse(db: D1Database, connectionId: string, userId: string, now = Date.now()): Promise<void> {
  if ((recorded.get(connectionId) ?? 0) > now - RECORD_EVERY_MS) return;
  if (recorded.size > 10_000) recorded.clear();
  recorded.set(connectionId, now);
  await db
    .prepare(
      "INSERT INTO connected_app_usage (connection_id, user_id, last_used_at) VALUES (?1, ?2, ?3) ON CONFLICT (connection_id) DO UPDATE SET last_used_at = excluded.last_used_at",
    )
    .bind(connectionId, userId, now)
    .run();
}

async function lastUsedByConnection(db: D1Database, userId: string): Promise<Map<string, number>> {
  const { results } = await db
    .prepare("SELECT connection_id, last_used_at FROM connected_app_usage WHERE user_id = ?1")
    .bind(userId)
    .all<{ connection_id: string; last_used_at: number }>();
  return new Map(results.map((row) => [row.connection_id, row.last_used_at]));
}

function hostOf(uri: string): string | null {
  try {
    return new URL(uri).host;
  } catch {
    return null;
  }
}
