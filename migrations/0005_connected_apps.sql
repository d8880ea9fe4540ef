-- When each MCP client connection (an OAuth grant, kept by the OAuth library in OAUTH_KV) was last
-- used, for "Connected apps". Written at most once a minute per connection and isolate.
CREATE TABLE connected_app_usage (
  connection_id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL,
  last_used_at INTEGER NOT NULL          -- epoch milliseconds
);
CREATE INDEX connected_app_usage_user ON connected_app_usage (user_id);
