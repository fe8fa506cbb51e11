-- Evidence files, stored inside the encrypted database with the hash of the original.
CREATE TABLE attachments (
    id               TEXT PRIMARY KEY,
    record_id        TEXT NOT NULL REFERENCES records (id),
    filename         TEXT NOT NULL,
    media_type       TEXT NOT NULL,
    original_sha256  TEXT NOT NULL,
    stored_sha256    TEXT NOT NULL,
    size             INTEGER NOT NULL,
    metadata_removed TEXT NOT NULL DEFAULT '[]',
    metadata_warning TEXT,
    data             BLOB NOT NULL,
    created_at       TEXT NOT NULL
);
CREATE INDEX attachments_by_record ON attachments (record_id);
