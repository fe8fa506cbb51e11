"""The statements behind compute_report (read-only over the vault; the temporary tables live
in the connection's in-memory temp schema and are gone when its transaction rolls back).

The selection is computed once: `stat_candidates` holds every record a report may count
(in the period, or with an outcome that may be a recourse of it), with its listing columns
and its incident group; `stat_threats` and `stat_recourses` read each chosen record's
head content once and keep the JSON parts the figures need; the persons are gathered and
folded once per distinct alias into `stat_named`. Every figure is then a small query over
these tables (the threats' counted in Python: tally.py).

Linked duplicates: records linked (directly or through others) form a group, named by its
smallest record id; within the records a figure looks at, only a group's smallest member
counts. Dates are months since year 0 (tally.month_index).
"""

from __future__ import annotations


def _month(expression: str) -> str:
    return (f"(cast(substr({expression}, 1, 4) AS INTEGER) * 12"
            f" + cast(substr({expression}, 6, 2) AS INTEGER) - 1)")


def _code(mapping: str, column: str) -> str:
    """The code a JSON map (a parameter) gives for a record's column, if any."""
    return f"json_extract({mapping}, '$.\"' || {column} || '\"')"


TABLES = ("stat_links", "stat_candidates", "stat_threats", "stat_recourses", "stat_subjects",
          "stat_lists", "stat_named")

# Each linked record with the smallest id of its group (the group of an unlinked record is
# itself and is not stored). The links are few: the closure is walked once per report.
LINKS = """
CREATE TEMP TABLE stat_links (id TEXT PRIMARY KEY, grp TEXT NOT NULL) WITHOUT ROWID;
INSERT INTO stat_links
WITH RECURSIVE
edges(a, b) AS (
    SELECT record_a, record_b FROM incident_links
    UNION SELECT record_b, record_a FROM incident_links
),
reach(a, b) AS (
    SELECT a, b FROM edges
    UNION SELECT reach.a, edges.b FROM reach JOIN edges ON edges.a = reach.b
)
SELECT a, min(b) FROM reach GROUP BY a;
"""

# Region, sector and observer, and no start after the period (neither a threat nor a
# recourse can begin after it: an outcome is never dated before its record's occurred_on).
# Kept: the records in the period, and those with an outcome (a recourse of the period may
# belong to an earlier threat). Records are scanned in table order (`+deleted` keeps the
# date index out), so their head versions are later read in the order they were written.
CANDIDATES = f"""
CREATE TEMP TABLE stat_candidates (
    id TEXT, head TEXT, linked INTEGER, grp TEXT, case_grp TEXT, threat_type TEXT,
    sectors TEXT, outcome TEXT, region TEXT, block TEXT, first_m INTEGER, last_m INTEGER,
    recourse_m INTEGER, in_period INTEGER, locality TEXT, companies TEXT
);
INSERT INTO stat_candidates
WITH RECURSIVE
observers(fingerprint) AS (
    SELECT :observer
    UNION SELECT fingerprint FROM peers WHERE name = :observer
    UNION SELECT fingerprint FROM identity WHERE name = :observer
),
live AS (
    SELECT r.id AS id, r.head AS head, r.case_id AS case_id, r.threat_type AS threat_type,
           r.sectors AS sectors, r.outcome AS outcome, r.outcome_on AS outcome_on,
           r.locality AS locality, r.companies AS companies,
           coalesce({_code(':region_map', 'r.region')}, r.region) AS region,
           coalesce({_code(':block_map', 'r.threat_type')}, nullif(r.threat_block, ''))
               AS block,
           {_month("r.occurred_on")} AS first_m,
           {_month("coalesce(r.occurred_until, r.occurred_on)")} AS last_m
    FROM records AS r
    WHERE +r.deleted = 0 AND r.purged_at IS NULL AND r.occurred_on <> ''
),
filtered AS (
    SELECT live.*, (:from_m IS NULL OR last_m >= :from_m) AS in_period
    FROM live
    WHERE (:to_m IS NULL OR first_m <= :to_m)
      AND (:region IS NULL OR region = :region)
      AND (:sector IS NULL OR EXISTS (
              SELECT 1 FROM json_each(live.sectors) WHERE value = :sector))
      AND (:observer IS NULL OR (
              SELECT author FROM versions WHERE record_id = live.id ORDER BY hlc, id LIMIT 1
          ) IN (SELECT fingerprint FROM observers))
)
SELECT f.id, f.head, l.grp IS NOT NULL, l.grp, coalesce(m.merged_into, f.case_id),
       f.threat_type, f.sectors, f.outcome, f.region, f.block, f.first_m, f.last_m,
       CASE WHEN f.outcome IS NOT NULL THEN coalesce({_month("f.outcome_on")}, f.first_m)
       END,
       f.in_period, f.locality, f.companies
FROM filtered AS f LEFT JOIN stat_links AS l ON l.id = f.id
     LEFT JOIN case_merges AS m ON m.case_id = f.case_id
WHERE f.in_period OR f.outcome IS NOT NULL;
CREATE INDEX stat_candidates_by_group ON stat_candidates (grp) WHERE linked;
"""  # noqa: S608 - built from fixed fragments; every value is a bound parameter

# The threats: records in the period, one per group, with their head content's parts.
# The candidates are read in the records table's order, so the head versions are looked
# up in about the order they were written. (Scanning the versions in storage order and
# matching them to the candidates measured slower: it reads every version.)
THREATS = """
CREATE TEMP TABLE stat_threats (
    cid INTEGER PRIMARY KEY, id TEXT, grp TEXT, threat_type TEXT, sectors TEXT,
    outcome TEXT, region TEXT, block TEXT, first_m INTEGER, last_m INTEGER,
    perpetrators TEXT, victims TEXT, articles TEXT, locality TEXT, companies TEXT
);
INSERT INTO stat_threats
SELECT c.rowid, c.id, c.case_grp, c.threat_type, c.sectors, c.outcome, c.region, c.block,
       max(c.first_m, coalesce(:from_m, c.first_m)), min(c.last_m, coalesce(:to_m, c.last_m)),
       json_extract(v.content, '$.perpetrators'), json_extract(v.content, '$.victims'),
       json_extract(v.content, '$.legal_articles'), c.locality, c.companies
FROM stat_candidates AS c JOIN versions AS v ON v.id = c.head
WHERE c.in_period AND v.content IS NOT NULL
  AND (NOT c.linked OR c.id = (SELECT min(o.id) FROM stat_candidates AS o
                               WHERE o.linked AND o.grp = c.grp AND o.in_period));
"""

# The recourses: positive outcomes dated in the period, one per group among them. A
# recourse that is also a threat takes the victims its threat row already read.
RECOURSES = """
CREATE TEMP TABLE stat_recourses AS
SELECT c.id AS id, c.case_grp AS grp, c.outcome AS outcome,
       CASE WHEN t.cid IS NOT NULL THEN t.victims
            ELSE (SELECT json_extract(v.content, '$.victims') FROM versions AS v
                  WHERE v.id = c.head) END AS victims
FROM stat_candidates AS c LEFT JOIN stat_threats AS t ON t.cid = c.rowid
WHERE c.recourse_m IS NOT NULL
  AND (:from_m IS NULL OR c.recourse_m >= :from_m)
  AND (:to_m IS NULL OR c.recourse_m <= :to_m)
  AND (t.cid IS NOT NULL OR EXISTS (SELECT 1 FROM versions AS v WHERE v.id = c.head))
  AND (NOT c.linked OR c.id = (
      SELECT min(o.id) FROM stat_candidates AS o
      WHERE o.linked AND o.grp = c.grp AND o.recourse_m IS NOT NULL
        AND (:from_m IS NULL OR o.recourse_m >= :from_m)
        AND (:to_m IS NULL OR o.recourse_m <= :to_m)));
"""

# The persons named by the recourses: a record's own victims, or, when it names none, the
# head persons of every case of its case's merged group. Each distinct victims list is read
# once. (The threats' persons are counted in Python: people_places.)
NAMED = """
CREATE TEMP TABLE stat_subjects AS
SELECT DISTINCT 'recourse' AS kind, grp, victims FROM stat_recourses;
CREATE TEMP TABLE stat_lists (victims TEXT PRIMARY KEY, size INTEGER) WITHOUT ROWID;
INSERT INTO stat_lists
SELECT victims, coalesce(json_array_length(victims), 0) FROM stat_subjects
WHERE victims IS NOT NULL GROUP BY victims;
CREATE TEMP TABLE stat_named AS
WITH
bare AS MATERIALIZED (
    SELECT DISTINCT s.kind AS kind, s.grp AS grp
    FROM stat_subjects AS s LEFT JOIN stat_lists AS l ON l.victims = s.victims
    WHERE s.grp IS NOT NULL AND coalesce(l.size, 0) = 0
),
case_persons AS MATERIALIZED (
    SELECT coalesce(m.merged_into, c.id) AS grp, p.value AS person
    FROM cases AS c JOIN case_versions AS cv ON cv.id = c.head
         LEFT JOIN case_merges AS m ON m.case_id = c.id, json_each(cv.content, '$.persons') AS p
    WHERE cv.content IS NOT NULL
      AND coalesce(m.merged_into, c.id) IN (SELECT grp FROM bare)
),
own AS (
    SELECT DISTINCT kind, victims FROM stat_subjects WHERE victims IS NOT NULL
)
SELECT DISTINCT fieldapp_fold(json_extract(person, '$.alias')) AS alias
FROM (SELECT o.kind AS kind, w.value AS person FROM own AS o, json_each(o.victims) AS w
      UNION ALL
      SELECT b.kind, cp.person FROM bare AS b JOIN case_persons AS cp ON cp.grp = b.grp)
WHERE kind = 'recourse';
"""

# The figures of recourses as (figure, key, count) rows (the threats' own, persons and
# places are counted in Python: tally.threat_rows, people_places).
FIGURES = """
SELECT 'recourses', NULL, count(*) FROM stat_recourses
UNION ALL SELECT 'recourses_by_type', outcome, count(*) FROM stat_recourses GROUP BY outcome
UNION ALL SELECT 'recourse_persons', NULL, count(DISTINCT alias) FROM stat_named
    WHERE alias <> ''
"""
# What the persons and places are counted from.
THREAT_PERSONS = "SELECT region, sectors, victims, grp FROM stat_threats"
THREAT_PLACES = "SELECT locality, companies, count(*) FROM stat_threats GROUP BY 1, 2"

# The statements that build the tables, in order.
BUILD = tuple(part.strip()
              for script in (LINKS, CANDIDATES, THREATS, RECOURSES, NAMED)
              for part in script.split(";\n") if part.strip())
