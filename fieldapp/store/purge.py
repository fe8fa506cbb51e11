"""Purging delivered records: strip their content, sources and attachments, reclaim pages."""

from __future__ import annotations

import json

from fieldapp.store import meta
from fieldapp.store.database import Connection, transaction


def purgeable(conn: Connection) -> list[str]:
    """Records whose current version the office has confirmed holding."""
    rows = conn.execute(
        "SELECT r.id FROM records AS r JOIN versions AS v ON v.id = r.head"
        " WHERE r.purged_at IS NULL AND v.delivered_at IS NOT NULL ORDER BY r.id")
    return [row[0] for row in rows]


def strip_records(conn: Connection, record_ids: list[str], at: str) -> None:
    """Keep only each record's id, versions' ids and hashes, and the purge date; call inside
    a transaction."""
    chosen = json.dumps(record_ids)
    conn.execute("DELETE FROM record_search WHERE rowid IN (SELECT rowid FROM records"
                 " WHERE id IN (SELECT value FROM json_each(?)))", (chosen,))
    conn.execute("UPDATE versions SET content = NULL, sources = NULL"
                 " WHERE record_id IN (SELECT value FROM json_each(?))", (chosen,))
    conn.execute("DELETE FROM attachments"
                 " WHERE record_id IN (SELECT value FROM json_each(?))", (chosen,))
    conn.execute(
        "UPDATE records SET purged_at = ?, title = '', occurred_on = '',"
        " occurred_until = NULL, region = '', threat_type = '', threat_block = '',"
        " sectors = '[]' WHERE id IN (SELECT value FROM json_each(?))", (at, chosen))
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
