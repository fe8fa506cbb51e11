-- The facts a publication counts beyond 0015's (issue 15): each record's locality and the
-- names of its company and bank perpetrators, as written, in the listing row (folded at
-- report time: domain/places.py); and, with each named person, the defender category and
-- the record's region and sectors, so persons per category, sector and region are read
-- from record_victims alone.
ALTER TABLE records ADD COLUMN locality TEXT NOT NULL DEFAULT '';
ALTER TABLE records ADD COLUMN companies TEXT NOT NULL DEFAULT '[]';

UPDATE records SET
    locality = coalesce((SELECT trim(json_extract(v.content, '$.locality'))
                         FROM versions AS v WHERE v.id = records.head), ''),
    companies = (
        SELECT coalesce(json_group_array(name), '[]') FROM (
            SELECT DISTINCT trim(json_extract(p.value, '$.name')) AS name
            FROM versions AS v, json_each(v.content, '$.perpetrators') AS p
            WHERE v.id = records.head
              AND json_extract(p.value, '$.kind') IN ('company', 'bank')
              AND trim(coalesce(json_extract(p.value, '$.name'), '')) <> ''
            ORDER BY 1))
WHERE deleted = 0 AND purged_at IS NULL;

ALTER TABLE record_victims ADD COLUMN category TEXT;
ALTER TABLE record_victims ADD COLUMN region TEXT NOT NULL DEFAULT '';
ALTER TABLE record_victims ADD COLUMN sectors TEXT NOT NULL DEFAULT '[]';
UPDATE record_victims SET
    region = (SELECT r.region FROM records AS r WHERE r.rowid = record_victims.record_rowid),
    sectors = (SELECT r.sectors FROM records AS r WHERE r.rowid = record_victims.record_rowid),
    category = (
        SELECT min(nullif(json_extract(w.value, '$.category'), ''))
        FROM records AS r JOIN versions AS v ON v.id = r.head,
             json_each(v.content, '$.victims') AS w
        WHERE r.rowid = record_victims.record_rowid
          AND fieldapp_fold(json_extract(w.value, '$.alias')) = record_victims.alias);

-- Localities and companies in one pass, in the order of their key (as 0015's indexes).
CREATE INDEX report_by_place ON records (locality, companies, id, occurred_on, occurred_until)
    WHERE deleted = 0 AND purged_at IS NULL AND occurred_on <> '';
-- The threats that name nobody take their case's persons in their own region and sectors:
-- the cases' index carries both, so that pass reads the index alone.
DROP INDEX report_by_case;
CREATE INDEX report_by_case ON records (case_id, id, victim_count, occurred_on, occurred_until,
                                        region, sectors)
    WHERE deleted = 0 AND purged_at IS NULL AND occurred_on <> '';
