"""Use cases on threat records: add, edit, delete, show, list and search."""

from __future__ import annotations

from typing import Any

from fieldapp.domain.ids import new_id
from fieldapp.domain.record import (
    Record,
    apply_edit,
    content_hash,
    sources_summary,
    tombstone_hash,
    validate,
)
from fieldapp.domain.retired import retired_problems
from fieldapp.domain.sealing import combine, seal
from fieldapp.errors import InvalidInput, NotFound, Problem
from fieldapp.services.cases import case_id_for_record, case_reference
from fieldapp.services.session import Session
from fieldapp.store import records as store
from fieldapp.store.clock import next_hlc, utc_now
from fieldapp.store.database import Connection
from fieldapp.store.heads import state_of
from fieldapp.store.records import PageKey, RecordQuery, RecordSummary, Version
from fieldapp.store.sources import office_source_recipient


def resolve_id(session: Session, text: str) -> str:
    """A full record id, or a unique prefix of one (at least 6 characters)."""
    text = text.strip().lower()
    if len(text) < 6:
        raise NotFound("id_too_short", text=text, minimum=6)
    matches = store.matching_ids(session.conn, text)
    if not matches:
        raise NotFound("no_record", record_id=text)
    if len(matches) > 1:
        raise NotFound("ambiguous_id", prefix=text)
    return matches[0]


def _write_version(
    session: Session, conn: Connection, record_id: str, parents: tuple[str, ...],
    record: Record | None,
) -> Version:
    block = "" if record is None else session.taxonomy.block_of(record["threat_type"])
    version = Version(
        id=new_id(),
        record_id=record_id,
        parents=parents,
        author=session.identity.fingerprint,
        hlc=next_hlc(conn),
        content_hash=content_hash(record) if record is not None else tombstone_hash(record_id),
        tombstone=record is None,
        created_at=utc_now(),
    )
    store.insert_version(conn, version, record, block)
    return version


def check_record(session: Session, item: Any, index: int | None = None) -> Record:
    """One record input checked as `add_records` checks it (its case resolved); nothing is
    written; a retired code is refused as in a new record. Raises InvalidInput naming every
    problem."""
    record = validate(_with_case_id(session, item, index), session.taxonomy, index)
    # Positions as the user wrote them (validation puts lists in the vocabulary's order).
    retired = retired_problems(item, session.taxonomy, index=index)
    if retired:
        raise InvalidInput(retired)
    return record


def add_records(
    session: Session, items: list[Any], origins: list[str] | None = None,
) -> list[str]:
    """Validate every item first, then store them all in one transaction (all or nothing).
    `origins`, one per item, says where each came from (a spreadsheet's name and row): the
    audit log keeps it, the record does not."""
    if not items:
        raise InvalidInput([Problem("input", "no_records")])
    problems: list[Problem] = []
    valid: list[Record] = []
    for index, item in enumerate(items):
        try:
            valid.append(check_record(session, item, index if len(items) > 1 else None))
        except InvalidInput as error:
            problems.extend(error.problems)
    if problems:
        raise InvalidInput(problems)
    return store_checked_records(session, valid, origins)


def store_checked_records(
    session: Session, valid: list[Record], origins: list[str] | None = None,
) -> list[str]:
    """Records `check_record` returned, sealed and stored in one transaction; `origins`, one
    per record, go to the audit log (a spreadsheet's name and row), never into the record."""
    valid = [_sealed(session, record) for record in valid]
    ids = []
    with session.transaction() as conn:
        for number, record in enumerate(valid):
            record_id = new_id()
            version = _write_version(session, conn, record_id, (), record)
            if origins is None:
                session.log(conn, "record.add", f"{record_id} {version.id}")
            else:
                session.log(conn, "record.import", f"{record_id} {version.id} {origins[number]}")
            ids.append(record_id)
    return ids


def add_record(session: Session, item: Any) -> str:
    return add_records(session, [item])[0]


def current(session: Session, record_id: str) -> tuple[Version, Record]:
    """The record's head version and content; a deleted record is reported as gone."""
    try:
        version, record = store.head(session.conn, record_id)
    except KeyError:
        raise NotFound("no_record", record_id=record_id) from None
    if record is None:
        purged = store.purged_at(session.conn, record_id)
        if purged:
            raise NotFound("record_purged", record_id=record_id, purged_at=purged)
        raise NotFound("record_deleted", record_id=record_id)
    return version, record


def head_ids(session: Session, record_id: str) -> tuple[str, ...]:
    """Every head of the record: a new version descends from all of them, so editing a
    record in conflict also resolves the conflict."""
    return tuple(sorted(v.id for v in state_of(session.conn, record_id).heads))


def _with_case_id(session: Session, item: Any, index: int | None = None) -> Any:
    """The record input with its `case` (an id or a reference) as the case's id; other
    problems in the item are left for validation to name beside this one."""
    if not isinstance(item, dict) or item.get("case") in (None, ""):
        return item
    try:
        return {**item, "case": case_id_for_record(session, item["case"], index)}
    except InvalidInput as error:
        try:
            validate({**item, "case": None}, session.taxonomy, index)
        except InvalidInput as others:
            raise InvalidInput([*error.problems, *others.problems]) from None
        raise


def _sealed(session: Session, record: Record) -> Record:
    """Seal plain sources for the office before anything is stored."""
    sources = record["sources"]
    if isinstance(sources, list) and sources:
        return {**record, "sources": _seal(session, sources)}
    return record


def _seal(session: Session, sources: list[dict[str, str]]) -> dict[str, Any]:
    """Sources sealed for the office's source key; refused when no office key is known."""
    recipient = office_source_recipient(session.conn, session.identity.role)
    if recipient is None:
        raise InvalidInput([Problem("sources", "no_source_key")])
    return seal(sources, recipient)


def edit_record(
    session: Session, record_id: str, changes: Any, add_sources: bool = False
) -> str:
    """The fields given replace those fields (with add_sources, sources given are added to
    the sealed ones instead, as the window does); returns the new version id."""
    version, record = current(session, record_id)
    # Without "sources" in changes the sealed ones carry over through apply_edit.
    updated = apply_edit(record, _with_case_id(session, changes), session.taxonomy)
    retired = retired_problems(changes if isinstance(changes, dict) else {},
                               session.taxonomy, before=record)
    if retired:
        raise InvalidInput(retired)
    if add_sources:
        added = updated["sources"] if isinstance(updated["sources"], list) else []
        kept = record["sources"]
        updated = {**updated, "sources": combine(kept, _seal(session, added)) if added else kept}
    else:
        updated = _sealed(session, updated)
    parents = head_ids(session, record_id)
    if content_hash(updated) == version.content_hash and len(parents) == 1:
        return version.id
    with session.transaction() as conn:
        new = _write_version(session, conn, record_id, parents, updated)
        session.log(conn, "record.edit", f"{record_id} {new.id}")
    return new.id


def delete_record(session: Session, record_id: str) -> str:
    """Write a tombstone version; the record leaves lists and search."""
    current(session, record_id)
    parents = head_ids(session, record_id)
    with session.transaction() as conn:
        tomb = _write_version(session, conn, record_id, parents, None)
        session.log(conn, "record.delete", f"{record_id} {tomb.id}")
    return tomb.id


def show_record(session: Session, record_id: str, with_sources: bool = True) -> dict[str, Any]:
    """The record as the JSON contract gives it: fields plus id, version, author, times, block."""
    version, record = current(session, record_id)
    created_at, updated_at = store.record_times(session.conn, record_id)
    shown: dict[str, Any] = {
        "id": record_id,
        "version": version.id,
        "author": version.author,
        "created_at": created_at,
        "updated_at": updated_at,
        "case": None,
        "legal_articles": [],
        "outcome_on": None,
        **record,
        "threat_block": session.taxonomy.block_of(record["threat_type"]),
        "case_reference": case_reference(session, record.get("case")),
    }
    shown["sources"] = sources_summary(record["sources"])
    if not with_sources:
        shown.pop("sources")
    return shown


def list_records(session: Session, query: RecordQuery) -> list[RecordSummary]:
    """Every row the query lists (the command line prints them all), a page at a time."""
    rows: list[RecordSummary] = []
    after: PageKey | None = None
    while True:
        more, after = store.page(session.conn, query, 5_000, after)
        rows.extend(more)
        if after is None:
            return rows


def page_records(
    session: Session, query: RecordQuery, limit: int, after: PageKey | None = None
) -> tuple[list[RecordSummary], PageKey | None]:
    """The rows after `after` (the key a previous page returned), and where the next begins
    (None after the last)."""
    return store.page(session.conn, query, limit, after)


def count_records(session: Session, query: RecordQuery) -> int:
    return store.count(session.conn, query)


def region_filter(session: Session, region: str | None) -> list[str]:
    """A region chosen in a filter also matches its historical names (south_kazakhstan)."""
    return session.taxonomy["region"].codes_reported_as(region) if region else []
