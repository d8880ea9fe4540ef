-- One reply in flight per conversation, whichever isolate writes it: a request claims the
-- conversation before it stores anything (a new message in the very transaction that stores it),
-- and releases the claim when the reply is stored, fails or is stopped. A claim whose worker died
-- frees itself at reply_claim_expires_at (ms since the epoch), later than any reply can run
-- (lib/db/reply-claims.ts). Numbered 0006: 0005 is taken on main by connected_app_usage.
ALTER TABLE conversations ADD COLUMN reply_claim TEXT;
ALTER TABLE conversations ADD COLUMN reply_claim_expires_at INTEGER;
