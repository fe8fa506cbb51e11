"""Purge: an observer's delivered records shrink to id, version and delivery date, so a
seized laptop holds as little as possible."""

from __future__ import annotations

import json

from fieldapp.services.session import Session
from fieldapp.store.clock import utc_now

AUTO_PURGE_KEY = "auto_purge"


def purgeable(session: Session) -> list[str]:
    """Records whose current version the office has confirmed holding."""
    rows = session.conn.execute(
        "SELECT r.id FROM records AS r JOIN versions AS v ON v.id = r.head"
        " WHERE r.purged_at IS NULL AND v.delivered_at IS NOT NULL ORDER BY r.id")
    return [row[0] for row in rows]


def purge_delivered(session: Session) -> int:
    """Remove the content, sealed sources and attachments of every delivered record."""
    ids = purgeable(session)
    if not ids:
        return 0
    at = utc_now()
    chosen = json.dumps(ids)
    with session.transaction() as conn:
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
        for record_id in ids:  # one audit entry each: the chain is appended in order
            session.log(conn, "record.purge", record_id)
        # Merge the search index's segments so deleted words leave its pages too.
        conn.execute("INSERT INTO record_search (record_search) VALUES ('optimize')")
    # Old page images can linger in the write-ahead log until it is checkpointed.
    session.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    session.conn.execute("VACUUM")
    session.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return len(ids)


def auto_purge(session: Session) -> bool:
    row = session.conn.execute("SELECT value FROM meta WHERE key = ?",
                               (AUTO_PURGE_KEY,)).fetchone()
    return bool(row and row[0] == "on")


def set_auto_purge(session: Session, enabled: bool) -> None:
    with session.transaction() as conn:
        conn.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (AUTO_PURGE_KEY, "on" if enabled else "off"))
        session.log(conn, "setting.auto_purge", "on" if enabled else "off")
