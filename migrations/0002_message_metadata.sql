-- Server-measured facts about a message (e.g. how long each tool call took), as JSON.
ALTER TABLE messages ADD COLUMN metadata TEXT;
