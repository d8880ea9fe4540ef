-- Shared links: a snapshot of a conversation's messages, copied at the moment of sharing, so later
-- messages (or deleting the conversation) never change what a link shows. Revoking keeps the row
-- (revoked_at) but the link then answers exactly like one that never existed.
CREATE TABLE shares (
  id TEXT PRIMARY KEY,                 -- 22 base64url characters: 128 random bits
  conversation_id TEXT NOT NULL,       -- no foreign key: the snapshot outlives the conversation
  owner_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  visibility TEXT NOT NULL CHECK (visibility IN ('public', 'org')),
  organization TEXT,                   -- the Sentry organization slug, for 'org' shares
  title TEXT NOT NULL,
  snapshot TEXT NOT NULL,              -- JSON: SnapshotMessage[]
  created_at INTEGER NOT NULL,
  revoked_at INTEGER,
  CHECK ((visibility = 'org') = (organization IS NOT NULL))
);
CREATE INDEX shares_by_owner ON shares(owner_id, created_at DESC);
