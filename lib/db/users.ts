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
