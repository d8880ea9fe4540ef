import type { AdminUser } from "@/lib/admin/admin-user";
import { findUsers } from "@/lib/db/users";
import { AppError } from "@/lib/errors";
import { grantCensus } from "@/lib/oauth/grant-census";

/** One person's MCP connections, as the admin page lists them. */
export type PersonConnections = {
  userId: string;
  /** From the D1 users table; null if the person's profile is not recorded there. */
  name: string | null;
  email: string | null;
  connections: number;
};

export type ConnectedClientsSummary = {
  total: number;
  /** People with at least one connection, most connections first. */
  people: PersonConnections[];
  /** False when there were too many grants to count them all: the figures are then lower bounds. */
  complete: boolean;
};

/** Every person's count of connected MCP clients, and the total. */
export async function connectedClientsSummary(env: CloudflareEnv, _admin: AdminUser): Promise<ConnectedClientsSummary> {
  const { byUser, complete } = await grantCensus(env.OAUTH_KV);
  const profiles = new Map((await findUsers(env.DB, [...byUser.keys()])).map((user) => [user.id, user]));
  const people = [...byUser].map(([userId, connections]) => ({
    userId,
    name: profiles.get(userId)?.name ?? null,
    email: profiles.get(userId)?.email ?? null,
    connections,
  }));
  people.sort(
    (a, b) =>
      b.connections - a.connections ||
      // Then by name, people without a recorded profile last.
      Number(a.name === null) - Number(b.name === null) ||
      (a.name ?? a.userId).localeCompare(b.name ?? b.userId),
  );
  return { total: people.reduce((sum, person) => sum + person.connections, 0), people, complete };
}

/** Sentry user ids are numbers; the OAuth library refuses a `:` in one. */
const PERSON_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** A malformed person id names nobody: answered like an unknown one. */
export function parsePersonId(value: string): string {
  if (!PERSON_ID_PATTERN.test(value)) throw new AppError("not_found", "This person does not exist.");
  return value;
}
