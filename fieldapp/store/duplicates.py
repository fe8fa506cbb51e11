"""Possible duplicates: the live records compared, and the pairs linked or dismissed.

Tables incident_links and duplicate_dismissals; the live records are read from records
and versions.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from fieldapp.store.database import Connection

PAIR_TABLES = ("incident_links", "duplicate_dismissals")

_LIVE_SQL = """
SELECT r.id,
       (SELECT author FROM versions WHERE record_id = r.id ORDER BY hlc, id LIMIT 1),
       json_extract(v.content, '$.region'), json_extract(v.content, '$.threat_type'),
       json_extract(v.content, '$.occurred_on'), json_extract(v.content, '$.occurred_until'),
       json_extract(v.content, '$.title'), json_extract(v.content, '$.description'),
       (SELECT json_group_array(json_extract(w.value, '$.alias'))
        FROM json_each(v.content, '$.victims') AS w)
FROM records AS r JOIN versions AS v ON v.id = r.head
WHERE r.deleted = 0 AND r.purged_at IS NULL AND v.content IS NOT NULL
"""


def live_records(conn: Connection) -> Iterator[Any]:
    """One row per live record: (id, first author, region, threat type, occurred on,
    occurred until, title, description, victim aliases as a JSON list)."""
    return conn.execute(_LIVE_SQL)


def pairs(conn: Connection, table: str) -> set[tuple[str, str]]:
    """The pairs stored in incident_links or duplicate_dismissals."""
    if table not in PAIR_TABLES:
        raise ValueError(f"unexpected table {table}")
    rows = conn.execute(f"SELECT record_a, record_b FROM {table}")  # noqa: S608 - checked name
    return {(row[0], row[1]) for row in rows}


def link(conn: Connection, a: str, b: str, at: str, by: str) -> None:
    """Keep the pair (a < b) as one incident, undoing a dismissal of it."""
    conn.execute("DELETE FROM duplicate_dismissals WHERE record_a = ? AND record_b = ?",
                 (a, b))
    conn.execute("INSERT OR IGNORE INTO incident_links (record_a, record_b, linked_at,"
                 " linked_by) VALUES (?, ?, ?, ?)", (a, b, at, by))


def dismiss(conn: Connection, a: str, b: str, at: str, by: str) -> None:
    """Keep the pair (a < b) as two incidents, undoing a link between exactly these two."""
    conn.execute("DELETE FROM incident_links WHERE record_a = ? AND record_b = ?", (a, b))
    conn.execute("INSERT OR IGNORE INTO duplicate_dismissals (record_a, record_b,"
                 " dismissed_at, dismissed_by) VALUES (?, ?, ?, ?)", (a, b, at, by))
