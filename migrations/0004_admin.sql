-- Admin settings: every saved version of the settings document. The primary key on `version` is
-- what makes saving race-free: two saves based on the same version both try to insert version + 1
-- and only one can. KV holds the latest document for the fast read on every chat and MCP request.
CREATE TABLE settings_versions (
  version INTEGER PRIMARY KEY,
  settings TEXT NOT NULL,              -- JSON: the whole Settings document
  save_id TEXT NOT NULL,               -- random per save: the audit rows of the same save check it
  saved_by TEXT NOT NULL,              -- the admin's Sentry email
  saved_at INTEGER NOT NULL
);

-- Who changed which setting when, old -> new (JSON values).
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  version INTEGER NOT NULL,
  actor_id TEXT NOT NULL,
  actor_email TEXT NOT NULL,
  field TEXT NOT NULL,
  old_value TEXT NOT NULL,
  new_value TEXT NOT NULL,
  created_at INTEGER NOT NULL
);

-- Usage counters, one row per UTC day and user (messages the assistant was asked to answer; also
-- the daily quota's counter) and per UTC day and tool (calls served by /mcp, the chat's included).
CREATE TABLE usage_daily (
  day TEXT NOT NULL,                   -- YYYY-MM-DD (UTC)
  user_id TEXT NOT NULL,
  messages INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (day, user_id)
);
CREATE TABLE tool_usage_daily (
  day TEXT NOT NULL,
  tool TEXT NOT NULL,
  calls INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (day, tool)
);
