-- An attachment may reach the office before the record it belongs to (bundles are imported
-- in any order), so it no longer needs its record to exist: the foreign key goes.
CREATE TABLE attachments_new (
    id               TEXT PRIMARY KEY,
    record_id        TEXT NOT NULL,
    filename         TEXT NOT NULL,
    media_type       TEXT NOT NULL,
    original_sha256  TEXT NOT NULL,
    stored_sha256    TEXT NOT NULL,
    size             INTEGER NOT NULL,
    metadata_removed TEXT NOT NULL DEFAULT '[]',
    metadata_warning TEXT,
    data             BLOB NOT NULL,
    created_at       TEXT NOT NULL,
    exported_in      TEXT
);
INSERT INTO attachments_new
SELECT id, record_id, filename, media_type, original_sha256, stored_sha256, size,
       metadata_removed, metadata_warning, data, created_at, exported_in
FROM attachments;
DROP TABLE attachments;
ALTER TABLE attachments_new RENAME TO attachments;
CREATE INDEX attachments_by_record ON attachments (record_id);
