-- Users, conversations and messages. Ownership is enforced in lib/db, which always filters by user.
CREATE TABLE users (
  id TEXT PRIMARY KEY,            -- the Sentry user id
  name TEXT NOT NULL,
  email TEXT,
  image TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);

CREATE TABLE conversations (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  organization TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX conversations_by_user ON conversations(user_id, updated_at DESC);

CREATE TABLE messages (
  conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  seq INTEGER NOT NULL,            -- order within the conversation
  role TEXT NOT NULL CHECK (role IN ('user', 'assistant')),
  parts TEXT NOT NULL,             -- JSON: the AI SDK UI message parts
  status TEXT NOT NULL CHECK (status IN ('complete', 'streaming', 'aborted', 'error')),
  created_at INTEGER NOT NULL,
  PRIMARY KEY (conversation_id, id)
);
CREATE INDEX messages_in_order ON messages(conversation_id, seq);
