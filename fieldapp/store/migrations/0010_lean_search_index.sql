-- The search index keeps no copy of the text it indexes. Searches read only row ids from
-- it, so the copy was one more plaintext duplicate to write on every import and to clear
-- on every purge. Deleting rows from a contentless index needs contentless_delete.
DROP TABLE record_search;

CREATE VIRTUAL TABLE record_search USING fts5 (
    record_id UNINDEXED,
    title,
    locality,
    description,
    perpetrators,
    victims,
    content = '',
    contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2'
);

INSERT INTO record_search (rowid, record_id, title, locality, description, perpetrators, victims)
SELECT r.rowid,
       r.id,
       coalesce(json_extract(v.content, '$.title'), ''),
       coalesce(json_extract(v.content, '$.locality'), ''),
       coalesce(json_extract(v.content, '$.description'), ''),
       coalesce((SELECT group_concat(json_extract(p.value, '$.name'), ' ')
                 FROM json_each(v.content, '$.perpetrators') AS p), ''),
       coalesce((SELECT group_concat(json_extract(w.value, '$.alias'), ' ')
                 FROM json_each(v.content, '$.victims') AS w), '')
FROM records AS r JOIN versions AS v ON v.id = r.head
WHERE r.deleted = 0 AND r.purged_at IS NULL AND v.content IS NOT NULL;

-- Versions received from an observer are never sent on, so the office's index of what is
-- still to export no longer lists every version it ever imported.
DROP INDEX versions_not_exported;
CREATE INDEX versions_not_exported ON versions (exported_in)
    WHERE exported_in IS NULL AND received_in IS NULL;
