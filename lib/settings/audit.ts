import { z } from "zod";
import type { AdminUser } from "@/lib/admin/admin-user";
import type { SettingsField } from "@/lib/settings/schema";

export const AUDIT_PAGE_SIZE = 20;

export type AuditEntry = {
  id: number;
  version: number;
  actorEmail: string;
  field: SettingsField;
  /** JSON of the value before and after. */
  oldValue: string;
  newValue: string;
  createdAt: number;
};

export type AuditPage = { entries: AuditEntry[]; nextCursor: number | null };

export const auditQuerySchema = z.object({
  /** Entries older than this id: the cursor from the previous page. */
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(100).default(AUDIT_PAGE_SIZE),
});

type AuditRow = {
  id: number;
  version: number;
  actor_email: string;
  field: SettingsField;
  old_value: string;
  new_value: string;
  created_at: number;
};

/** The latest audit entries, newest first, a page at a time. */
export async function listAuditEntries(db: D1Database, _admin: AdminUser, query: { before?: number; limit: number }): Promise<AuditPage> {
  const { results } = await db
    .prepare(
      `SELECT id, version, actor_email, field, old_value, new_value, created_at FROM audit_log
       WHERE ?1 IS NULL OR id < ?1 ORDER BY id DESC LIMIT ?2`,
    )
    .bind(query.before ?? null, query.limit + 1)
    .all<AuditRow>();
  const page = results.slice(0, query.limit);
  return {
    entries: page.map((row) => ({
      id: row.id,
      version: row.version,
      actorEmail: row.actor_email,
      field: row.field,
      oldValue: row.old_value,
      newValue: row.new_value,
      createdAt: row.created_at,
    })),
    nextCursor: results.length > query.limit ? page.at(-1)!.id : null,
  };
}
