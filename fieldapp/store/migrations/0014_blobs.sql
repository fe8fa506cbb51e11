-- Evidence in constant memory: sqlcipher3 offers no incremental BLOB I/O, so an attachment's
-- bytes move into rows of at most 1 MiB each, read and written one at a time. The old column
-- goes (the table is rewritten without it; secure_delete zeroes the freed pages).
CREATE TABLE attachment_chunks (
    attachment_id TEXT NOT NULL
        REFERENCES attachments (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    seq           INTEGER NOT NULL,
    data          BLOB NOT NULL,
    PRIMARY KEY (attachment_id, seq)
);
INSERT INTO attachment_chunks (attachment_id, seq, data)
WITH RECURSIVE parts (id, seq, size) AS (
    SELECT id, 0, length(data) FROM attachments WHERE length(data) > 0
    UNION ALL
    SELECT id, seq + 1, size FROM parts WHERE (seq + 1) * 1048576 < size
)
SELECT p.id, p.seq, substr(a.data, p.seq * 1048576 + 1, 1048576)
FROM parts AS p JOIN attachments AS a ON a.id = p.id;
ALTER TABLE attachments DROP COLUMN data;
