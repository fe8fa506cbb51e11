-- The facts a report counts, kept beside each record when it is written so a report reads
-- indexes instead of parsing every record's content (issue 13): the cited articles, the
-- distinct (kind, body) pairs of its perpetrators, how many persons it names, and each
-- named person as a row (folded alias and known gender) with the record's dates, keyed by
-- the record so that a new record's persons are written at the table's end.
ALTER TABLE records ADD COLUMN legal_articles TEXT NOT NULL DEFAULT '[]';
ALTER TABLE records ADD COLUMN perpetrator_facts TEXT NOT NULL DEFAULT '[]';
ALTER TABLE records ADD COLUMN victim_count INTEGER NOT NULL DEFAULT 0;

CREATE TABLE record_victims (
    alias          TEXT NOT NULL,
    record_rowid   INTEGER NOT NULL,
    gender         TEXT NOT NULL,
    occurred_on    TEXT NOT NULL,
    occurred_until TEXT,
    PRIMARY KEY (record_rowid, alias)
) WITHOUT ROWID;

UPDATE records SET
    legal_articles = coalesce((SELECT json_extract(v.content, '$.legal_articles')
                               FROM versions AS v WHERE v.id = records.head), '[]'),
    perpetrator_facts = (
        SELECT coalesce(json_group_array(json_array(kind, body)), '[]') FROM (
            SELECT DISTINCT json_extract(p.value, '$.kind') AS kind,
                            json_extract(p.value, '$.body') AS body
            FROM versions AS v, json_each(v.content, '$.perpetrators') AS p
            WHERE v.id = records.head ORDER BY 1, 2)),
    victim_count = coalesce((SELECT json_array_length(v.content, '$.victims')
                             FROM versions AS v WHERE v.id = records.head), 0)
WHERE deleted = 0 AND purged_at IS NULL;

INSERT INTO record_victims
SELECT alias, record_rowid, coalesce(min(nullif(gender, 'unknown')), 'unknown'),
       occurred_on, occurred_until
FROM (SELECT fieldapp_fold(json_extract(w.value, '$.alias')) AS alias, r.rowid AS record_rowid,
             json_extract(w.value, '$.gender') AS gender, r.occurred_on AS occurred_on,
             r.occurred_until AS occurred_until
      FROM records AS r JOIN versions AS v ON v.id = r.head, json_each(v.content, '$.victims') AS w
      WHERE r.deleted = 0 AND r.purged_at IS NULL AND v.content IS NOT NULL)
WHERE alias <> ''
GROUP BY alias, record_rowid;

-- Each group of figures is one pass over an index in the order of its key (a GROUP BY that
-- needs no sort: with temp_store = MEMORY and cipher_memory_security every sorted row costs a
-- locked allocation), over the records a report can count. The key is followed by the
-- record's time-ordered id, so a new record's entry lands at the end of its group (an
-- import writes to pages already in memory, however large the office grows), and then by
-- the columns the period is checked on, which SQLite reads from the index itself. Four
-- indexes serve every figure: regions; types with blocks, outcomes and recourses; the
-- three lists together; cases. The months come from the listing's date index.
CREATE INDEX report_by_region ON records (region, id, occurred_on, occurred_until)
    WHERE deleted = 0 AND purged_at IS NULL AND occurred_on <> '';
CREATE INDEX report_by_type ON records (threat_type, threat_block, outcome, id, occurred_on,
                                        occurred_until, outcome_on, case_id, victim_count)
    WHERE deleted = 0 AND purged_at IS NULL AND occurred_on <> '';
CREATE INDEX report_by_lists ON records (sectors, legal_articles, perpetrator_facts, id,
                                         occurred_on, occurred_until)
    WHERE deleted = 0 AND purged_at IS NULL AND occurred_on <> '';
CREATE INDEX report_by_case ON records (case_id, id, victim_count, occurred_on, occurred_until)
    WHERE deleted = 0 AND purged_at IS NULL AND occurred_on <> '';
-- The listing's date order (0013) also carries the end date, for the months.
DROP INDEX records_list_by_occurred_on;
CREATE INDEX records_list_by_occurred_on ON records (occurred_on, id, occurred_until)
    WHERE deleted = 0 AND purged_at IS NULL;
