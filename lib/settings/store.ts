import { z } from "zod";
import type { AdminUser } from "@/lib/admin/admin-user";
import type { AppConfig } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { defaultSettings } from "@/lib/settings/defaults";
import { settingsSchema, type Settings, type SettingsField, type VersionedSettings } from "@/lib/settings/schema";

const KV_KEY = "settings";

/**
 * A stored document is read field by field over the defaults: a field added in a later release
 * (or one that no longer validates) takes its default instead of breaking every request.
 */
function overDefaults(stored: unknown, defaults: Settings): Settings {
  const parsed = settingsSchema.partial().safeParse(stored);
  if (parsed.success) return { ...defaults, ...parsed.data };
  const settings = { ...defaults } as Record<string, unknown>;
  for (const [field, schema] of Object.entries(settingsSchema.shape)) {
    const value = schema.safeParse((stored as Record<string, unknown> | null)?.[field]);
    if (value.success) settings[field] = value.data;
  }
  return settings as Settings;
}

const kvDocumentSchema = z.object({ version: z.number().int().min(1), settings: z.unknown() });

/**
 * The stored document, kept in the isolate for a few seconds: every chat and MCP request reads it,
 * and a KV read each time is a noticeable part of an MCP call's own time. It delays nothing that KV does not
 * already delay (a write reaches other locations within about a minute), and a save replaces this
 * isolate's copy at once, so the admin's own next request runs with the new settings.
 */
const DOCUMENT_TTL_MS = 5_000;
type RememberedDocument = { document: unknown; expiresAt: number };
// One copy per isolate: the worker entry (chat, /mcp) and Next.js (the admin's save) are bundled
// separately, each with its own instance of this module, so the cache hangs off the global object.
const recent = ((globalThis as Record<symbol, unknown>)[Symbol.for("sentry-chat.settings")] ??= new WeakMap<
  KVNamespace,
  RememberedDocument
>()) as WeakMap<KVNamespace, RememberedDocument>;

function remember(kv: KVNamespace, document: unknown): void {
  recent.set(kv, { document, expiresAt: Date.now() + DOCUMENT_TTL_MS });
}

async function readDocument(kv: KVNamespace): Promise<unknown> {
  const remembered = recent.get(kv);
  if (remembered && remembered.expiresAt > Date.now()) return remembered.document;
  const document = await kv.get(KV_KEY, "json");
  remember(kv, document);
  return document;
}

/**
 * The settings every chat and MCP request runs with: a saved change applies to the next request
 * (in other isolates within seconds, see above). Nothing saved yet: the defaults, version 0.
 */
export async function readSettings(kv: KVNamespace, config: AppConfig): Promise<VersionedSettings> {
  const defaults = defaultSettings(config);
  const document = kvDocumentSchema.safeParse(await readDocument(kv));
  if (!document.success) return { version: 0, settings: defaults };
  return { version: document.data.version, settings: overDefaults(document.data.settings, defaults) };
}

/** The latest saved version from D1, which (unlike KV) is strongly consistent: what an admin edits. */
export async function readLatestSettings(db: D1Database, config: AppConfig): Promise<VersionedSettings> {
  const row = await db
    .prepare("SELECT version, settings FROM settings_versions ORDER BY version DESC LIMIT 1")
    .first<{ version: number; settings: string }>();
  const defaults = defaultSettings(config);
  if (!row) return { version: 0, settings: defaults };
  return { version: row.version, settings: overDefaults(JSON.parse(row.settings), defaults) };
}

export type SettingChange = { field: SettingsField; oldValue: unknown; newValue: unknown };

export function changedFields(before: Settings, after: Settings): SettingChange[] {
  return (Object.keys(settingsSchema.shape) as SettingsField[])
    .filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]))
    .map((field) => ({ field, oldValue: before[field], newValue: after[field] }));
}

export const STALE_SETTINGS_MESSAGE =
  "Someone else saved the settings after you opened them. Reload the page to see their changes, then make yours again.";

/**
 * Saves `next` as version `baseVersion + 1`, with one audit entry per changed field.
 *
 * Race-free: the new version is inserted into `settings_versions`, whose primary key is the
 * version, with ON CONFLICT DO NOTHING; of two saves based on the same version only one inserts a
 * row. The audit rows go in the same batch (one transaction) and are inserted only when the
 * version row carries this save's random id, so a refused save writes nothing. KV is written after
 * D1 has accepted the save; D1 stays the record an admin edits from. Should that KV write fail, the
 * admin sees an error and requests keep the previous settings until the next save writes KV again.
 */
export async function saveSettings(
  env: { DB: D1Database; KV: KVNamespace },
  config: AppConfig,
  actor: AdminUser,
  baseVersion: number,
  next: Settings,
  now: Date = new Date(),
): Promise<VersionedSettings & { changes: SettingChange[] }> {
  const current = await readLatestSettings(env.DB, config);
  if (current.version !== baseVersion) throw new AppError("conflict", STALE_SETTINGS_MESSAGE);
  const changes = changedFields(current.settings, next);
  if (changes.length === 0) return { ...current, changes };

  const version = baseVersion + 1;
  const saveId = crypto.randomUUID();
  const at = now.getTime();
  const entries = JSON.stringify(
    changes.map((change) => ({ field: change.field, old: JSON.stringify(change.oldValue), new: JSON.stringify(change.newValue) })),
  );
  const [inserted] = await env.DB.batch([
    env.DB.prepare(
      `INSERT INTO settings_versions (version, settings, save_id, saved_by, saved_at) VALUES (?1, ?2, ?3, ?4, ?5)
       ON CONFLICT(version) DO NOTHING`,
    ).bind(version, JSON.stringify(next), saveId, actor.email, at),
    env.DB.prepare(
      `INSERT INTO audit_log (version, actor_id, actor_email, field, old_value, new_value, created_at)
       SELECT ?1, ?2, ?3, json_extract(entry.value, '$.field'), json_extract(entry.value, '$.old'), json_extract(entry.value, '$.new'), ?4
       FROM json_each(?5) AS entry
       WHERE (SELECT save_id FROM settings_versions WHERE version = ?1) = ?6`,
    ).bind(version, actor.id, actor.email, at, entries, saveId),
  ]);
  if (inserted.meta.changes !== 1) throw new AppError("conflict", STALE_SETTINGS_MESSAGE);
  const document = { version, settings: next };
  await env.KV.put(KV_KEY, JSON.stringify(document));
  remember(env.KV, document);
  return { version, settings: next, changes };
}
