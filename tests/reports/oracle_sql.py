"""The statement compute_report ran before the selection was computed once (issue 13),
kept as the oracle the new computation is compared with on generated data."""

from __future__ import annotations


def _month(expression: str) -> str:
    return (f"(cast(substr({expression}, 1, 4) AS INTEGER) * 12"
            f" + cast(substr({expression}, 6, 2) AS INTEGER) - 1)")


def _code(mapping: str, column: str) -> str:
    """The code a JSON map (a parameter) gives for a record's column, if any."""
    return f"json_extract({mapping}, '$.\"' || {column} || '\"')"


# One statement. The selection works on the records table's columns, which mirror each
# record's current (head) version; the head's content JSON is then read once per selected
# record for perpetrators, victims, outcome and legal articles. Linked duplicates fold into
# their group's smallest selected id, among the threats and among the recourses alike. A
# record's case is resolved to its merged group's case (`grp`). Every figure comes out as
# (figure, key, count) rows.
# Speed (tests/bench/test_report_speed.py): records are scanned in table order (`+deleted`
# keeps the date index out), so their head versions are read in the order they were written
# rather than by date, at random; and a record is parsed for an outcome only when its
# canonical JSON does not say `"outcome":null` (the key can appear nowhere else: quotes in
# text are escaped), since a recourse may lie in the period while its threat lies before it.
REPORT_SQL = f"""
WITH RECURSIVE
live AS MATERIALIZED (
    SELECT r.id AS id, r.head AS head, r.case_id AS case_id, r.threat_type AS threat_type,
           r.sectors AS sectors, r.outcome AS outcome, r.outcome_on AS outcome_on,
           coalesce({_code(':region_map', 'r.region')}, r.region) AS region,
           coalesce({_code(':block_map', 'r.threat_type')}, nullif(r.threat_block, ''))
               AS block,
           {_month("r.occurred_on")} AS first_m,
           {_month("coalesce(r.occurred_until, r.occurred_on)")} AS last_m
    FROM records AS r
    WHERE +r.deleted = 0 AND r.purged_at IS NULL AND r.occurred_on <> ''
),
observers(fingerprint) AS (
    SELECT :observer
    UNION SELECT fingerprint FROM peers WHERE name = :observer
    UNION SELECT fingerprint FROM identity WHERE name = :observer
),
-- Region, sector and observer, and no start after the period: a threat cannot begin after
-- it, nor can a recourse (an outcome is never dated before its record's occurred_on).
filtered AS MATERIALIZED (
    SELECT * FROM live
    WHERE (:to_m IS NULL OR first_m <= :to_m)
      AND (:region IS NULL OR region = :region)
      AND (:sector IS NULL OR EXISTS (
              SELECT 1 FROM json_each(live.sectors) WHERE value = :sector))
      AND (:observer IS NULL OR (
              SELECT author FROM versions WHERE record_id = live.id ORDER BY hlc, id LIMIT 1
          ) IN (SELECT fingerprint FROM observers))
),
chosen AS MATERIALIZED (
    SELECT * FROM filtered WHERE :from_m IS NULL OR last_m >= :from_m
),
edges(a, b) AS (
    SELECT record_a, record_b FROM incident_links
    UNION SELECT record_b, record_a FROM incident_links
),
reach(a, b) AS (
    SELECT a, b FROM edges
    UNION SELECT reach.a, edges.b FROM reach JOIN edges ON edges.a = reach.b
),
sel AS MATERIALIZED (
    SELECT c.*, coalesce(m.merged_into, c.case_id) AS grp,
           json_extract(v.content, '$.perpetrators') AS perpetrators,
           json_extract(v.content, '$.victims') AS victims,
           json_extract(v.content, '$.legal_articles') AS articles
    FROM chosen AS c JOIN versions AS v ON v.id = c.head
         LEFT JOIN case_merges AS m ON m.case_id = c.case_id
    WHERE v.content IS NOT NULL AND c.id NOT IN (
        SELECT a FROM reach WHERE b < a AND b IN (SELECT id FROM chosen))
),
-- The listing columns hold each record's outcome and its date: only the records with a
-- positive outcome dated in the period are read further.
outcomes AS MATERIALIZED (
    SELECT id, head, case_id, outcome,
           coalesce({_month("outcome_on")}, first_m) AS recourse_m
    FROM filtered WHERE outcome IS NOT NULL
),
recourse_pool AS MATERIALIZED (
    SELECT o.id AS id, coalesce(m.merged_into, o.case_id) AS grp, o.outcome AS outcome,
           json_extract(v.content, '$.victims') AS victims
    FROM outcomes AS o JOIN versions AS v ON v.id = o.head
         LEFT JOIN case_merges AS m ON m.case_id = o.case_id
    WHERE (:from_m IS NULL OR o.recourse_m >= :from_m)
      AND (:to_m IS NULL OR o.recourse_m <= :to_m)
),
recourses AS MATERIALIZED (
    SELECT * FROM recourse_pool WHERE id NOT IN (
        SELECT a FROM reach WHERE b < a AND b IN (SELECT id FROM recourse_pool))
),
-- Whose persons a record in a case takes: the head persons of every case of its group.
case_persons AS MATERIALIZED (
    SELECT coalesce(m.merged_into, c.id) AS grp, p.value AS person
    FROM cases AS c JOIN case_versions AS cv ON cv.id = c.head
         LEFT JOIN case_merges AS m ON m.case_id = c.id, json_each(cv.content, '$.persons') AS p
    WHERE cv.content IS NOT NULL AND coalesce(m.merged_into, c.id) IN (
        SELECT grp FROM sel UNION SELECT grp FROM recourses)
),
subjects(kind, grp, victims) AS (
    SELECT 'threat', grp, victims FROM sel
    UNION ALL SELECT 'recourse', grp, victims FROM recourses
),
named AS MATERIALIZED (
    SELECT kind, fieldapp_fold(alias) AS alias, gender
    FROM (SELECT DISTINCT kind, json_extract(person, '$.alias') AS alias,
                 json_extract(person, '$.gender') AS gender
          FROM (SELECT s.kind AS kind, w.value AS person
                FROM subjects AS s, json_each(s.victims) AS w
                UNION ALL
                SELECT g.kind, cp.person
                FROM (SELECT DISTINCT kind, grp FROM subjects
                      WHERE grp IS NOT NULL AND coalesce(json_array_length(victims), 0) = 0)
                     AS g JOIN case_persons AS cp ON cp.grp = g.grp))
),
persons AS MATERIALIZED (
    SELECT alias, coalesce(min(nullif(gender, 'unknown')), 'unknown') AS gender
    FROM named WHERE kind = 'threat' AND alias <> '' GROUP BY alias
),
months(id, m, last_m) AS (
    SELECT id, max(first_m, coalesce(:from_m, first_m)), min(last_m, coalesce(:to_m, last_m))
    FROM sel
    UNION ALL SELECT id, m + 1, last_m FROM months WHERE m < last_m
),
perpetrators AS MATERIALIZED (
    SELECT DISTINCT sel.id AS id, json_extract(p.value, '$.kind') AS kind,
           json_extract(p.value, '$.body') AS body
    FROM sel, json_each(sel.perpetrators) AS p
)
SELECT 'threats', NULL, count(*) FROM sel
UNION ALL SELECT 'persons', NULL, count(*) FROM persons
UNION ALL SELECT 'resolved', NULL, count(*) FROM sel WHERE outcome IS NOT NULL
UNION ALL SELECT 'by_month', printf('%04d-%02d', m / 12, m % 12 + 1), count(*) FROM months
    GROUP BY m
UNION ALL SELECT 'by_sector', s.value, count(DISTINCT sel.id)
    FROM sel, json_each(sel.sectors) AS s GROUP BY s.value
UNION ALL SELECT 'by_region', region, count(*) FROM sel GROUP BY region
UNION ALL SELECT 'by_block', block, count(*) FROM sel GROUP BY block
UNION ALL SELECT 'by_type', threat_type, count(*) FROM sel GROUP BY threat_type
UNION ALL SELECT 'by_perpetrator', kind, count(DISTINCT id) FROM perpetrators GROUP BY kind
UNION ALL SELECT 'by_state_body', body, count(DISTINCT id) FROM perpetrators
    WHERE kind = 'state' GROUP BY body
UNION ALL SELECT 'by_gender', gender, count(*) FROM persons GROUP BY gender
UNION ALL SELECT 'by_outcome', outcome, count(*) FROM sel GROUP BY outcome
UNION ALL SELECT 'cases', NULL, count(DISTINCT grp) FROM sel
UNION ALL SELECT 'recourses', NULL, count(*) FROM recourses
UNION ALL SELECT 'recourses_by_type', outcome, count(*) FROM recourses GROUP BY outcome
UNION ALL SELECT 'recourse_persons', NULL, count(DISTINCT alias) FROM named
    WHERE kind = 'recourse' AND alias <> ''
UNION ALL SELECT 'by_legal_article', a.value, count(DISTINCT sel.id)
    FROM sel, json_each(sel.articles) AS a GROUP BY a.value
"""  # noqa: S608 - built from fixed fragments; every value is a bound parameter
