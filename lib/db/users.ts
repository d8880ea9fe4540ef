import type { SessionUser } from "@/lib/auth/session-user";

/** Records the signed-in user's profile; conversations reference it. */
export async function upsertUser(db: D1Database, user: SessionUser): Promise<void> {
  const now = Date.now();
  await db
    .prepare(
      `INSERT INTO users (id, name, email, image, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5)
       ON CONFLICT(id) DO UPDATE SET name = ?2, email = ?3, image = ?4, updated_at = ?5`,
    )
    .bind(user.id, user.name, user.email, user.image, now)
    .run();
}

export type UserProfile = { id: string; name: string; email: string | null };

/** The recorded profiles of these people; one bound parameter, however many ids. */
export async function findUsers(db: D1Database, ids: readonly string[]): Promise<UserProfile[]> {
  if (ids.length === 0) return [];
  const { results } = await db
    .prepare("SELECT id, name, email FROM users WHERE id IN (SELECT value FROM json_each(?1))")
    .bind(JSON.stringify(ids))
    .all<UserProfile>();
  return results;
}
