"""Purging delivered records: strip their content, sources and attachments, reclaim pages."""

from __future__ import annotations

import json

from fieldapp.store import meta, record_facts
from fieldapp.store.database import Connection, transaction


def purgeable(conn: Connection) -> list[str]:
    """Records whose current version the office has confirmed holding."""
    rows = conn.execute(
        "SELECT r.id FROM records AS r JOIN versions AS v ON v.id = r.head"
        " WHERE r.purged_at IS NULL AND v.delivered_at IS NOT NULL ORDER BY r.id")
    return [row[0] for row in rows]


def purgeable_cases(conn: Connection) -> list[str]:
    """Cases whose current version the office has confirmed holding."""
    rows = conn.execute(
        "SELECT c.id FROM cases AS c JOIN case_versions AS v ON v.id = c.head"
        " WHERE c.purged_at IS NULL AND v.delivered_at IS NOT NULL ORDER BY c.id")
    return [row[0] for row in rows]


def keep_case_spans(conn: Connection, record_ids: list[str]) -> None:
    """Before their content goes: widen each case's kept span (first_on, last_on) to the
    dates of these records, so a purged case still shows when its stages happened."""
    rows = conn.execute(
        "SELECT r.case_id, min(r.occurred_on),"
        " max(max(coalesce(r.occurred_until, r.occurred_on),"
        "         coalesce(json_extract(v.content, '$.outcome_on'), '')))"
        " FROM records AS r JOIN versions AS v ON v.id = r.head"
        " WHERE r.id IN (SELECT value FROM json_each(?)) AND r.case_id IS NOT NULL"
        " AND r.occurred_on <> '' GROUP BY r.case_id", (json.dumps(record_ids),)).fetchall()
    conn.executemany(
        "UPDATE cases SET first_on = min(coalesce(first_on, ?1), ?1),"
        " last_on = max(coalesce(last_on, ?2), ?2) WHERE id = ?3",
        [(first, last, case_id) for case_id, first, last in rows])


def stub_cases(conn: Connection, case_ids: list[str], at: str) -> None:
    """Keep only each case's id, reference, status with its dates, and its stages' span:
    no title, summary or persons. Call inside a transaction."""
    chosen = json.dumps(case_ids)
    conn.execute("UPDATE case_versions SET content = NULL"
                 " WHERE case_id IN (SELECT value FROM json_each(?))", (chosen,))
    conn.execute("UPDATE cases SET purged_at = ?, title = ''"
                 " WHERE id IN (SELECT value FROM json_each(?))", (at, chosen))
    meta.put(conn, meta.SCRUB_PENDING, at)


def strip_records(conn: Connection, record_ids: list[str], at: str) -> None:
    """Keep only each record's id, versions' ids and hashes, and the purge date; call inside
    a transaction."""
    keep_case_spans(conn, record_ids)
    record_facts.forget(conn, record_ids)
    chosen = json.dumps(record_ids)
    conn.execute("DELETE FROM record_search WHERE rowid IN (SELECT rowid FROM records"
                 " WHERE id IN (SELECT value FROM json_each(?)))", (chosen,))
    conn.execute("UPDATE versions SET content = NULL, sources = NULL"
                 " WHERE record_id IN (SELECT value FROM json_each(?))", (chosen,))
    # The chunks first, by the attachments' index: a purge never loads a file's bytes.
    conn.execute("DELETE FROM attachment_chunks WHERE attachment_id IN (SELECT id"
                 " FROM attachments WHERE record_id IN (SELECT value FROM json_each(?)))",
                 (chosen,))
    conn.execute("DELETE FROM attachments"
                 " WHERE record_id IN (SELECT value FROM json_each(?))", (chosen,))
    conn.execute(
        "UPDATE records SET purged_at = ?, title = '', occurred_on = '',"
        " occurred_until = NULL, region = '', threat_type = '', threat_block = '',"
        " sectors = '[]', case_id = NULL, outcome = NULL, outcome_on = NULL"
        " WHERE id IN (SELECT value FROM json_each(?))",
        (at, chosen))
    # Committed with the purge: a process killed before reclaim_pages leaves this mark,
    # and the next unlock finishes the scrub (finish_scrub).
    meta.put(conn, meta.SCRUB_PENDING, at)


def merge_search_segments(conn: Connection) -> None:
    """Merge the search index's segments so deleted words leave its pages too."""
    conn.execute("INSERT INTO record_search (record_search) VALUES ('optimize')")


def reclaim_pages(conn: Connection) -> None:
    """Outside a transaction: rewrite the file without the freed pages. Old page images can
    linger in the write-ahead log until it is checkpointed, so it is emptied on both sides.
    The scrub mark is cleared only once all of that is done, and that last small write is
    checkpointed too."""
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("VACUUM")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    with transaction(conn):
        meta.delete(conn, meta.SCRUB_PENDING)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def scrub_pending(conn: Connection) -> bool:
    """A purge committed but its pages were never rewritten (the process died between)."""
    return meta.get(conn, meta.SCRUB_PENDING) is not None
