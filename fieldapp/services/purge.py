"""Purge: an observer's delivered records shrink to id, version and delivery date, so a
seized laptop holds as little as possible."""

from __future__ import annotations

from fieldapp.errors import FieldappError
from fieldapp.services.session import Session
from fieldapp.store import database, meta
from fieldapp.store import purge as store
from fieldapp.store.clock import utc_now


def purgeable(session: Session) -> list[str]:
    """Records whose current version the office has confirmed holding."""
    return store.purgeable(session.conn)


def purge_delivered(session: Session) -> int:
    """Remove the content, sealed sources and attachments of every delivered record, and
    leave each delivered case as a stub (id, reference, status, its stages' span). Returns
    how many records were purged."""
    ids = purgeable(session)
    cases = store.purgeable_cases(session.conn)
    if not ids and not cases:
        return 0
    at = utc_now()
    with session.transaction() as conn:
        if ids:
            store.strip_records(conn, ids, at)
        for record_id in ids:  # one audit entry each: the chain is appended in order
            session.log(conn, "record.purge", record_id)
        store.stub_cases(conn, cases, at)
        for case_id in cases:
            session.log(conn, "case.purge", case_id)
        store.merge_search_segments(conn)
    finish_scrub(session, purged=len(ids))
    return len(ids)


def finish_scrub(session: Session, purged: int = 0) -> None:
    """Rewrite the pages a committed purge freed. The purge itself stands either way; a
    disk too full to rewrite them leaves the mark, and the next unlock tries again."""
    try:
        store.reclaim_pages(session.conn)
    except Exception as error:
        if not database.is_disk_full(error):
            raise
        raise FieldappError("scrub_unfinished", purged=purged,
                            path=database.database_path(session.conn)) from None


def auto_purge(session: Session) -> bool:
    return meta.get(session.conn, meta.AUTO_PURGE) == "on"


def set_auto_purge(session: Session, enabled: bool) -> None:
    with session.transaction() as conn:
        meta.put(conn, meta.AUTO_PURGE, "on" if enabled else "off")
        session.log(conn, "setting.auto_purge", "on" if enabled else "off")
