-- Full-text search over what an observer may search: never sources of information.
-- Each row's rowid is its record's rowid, so replacing a record's entry is a key lookup.
CREATE VIRTUAL TABLE record_search USING fts5 (
    record_id UNINDEXED,
    title,
    locality,
    description,
    perpetrators,
    victims,
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
WHERE r.deleted = 0;
