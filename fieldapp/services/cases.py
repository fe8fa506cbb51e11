"""Use cases on cases: open, list, show, edit, close and reopen a case; merge two (office).

A case groups the stages of one matter (each stage a record, each still one threat). Its
versions are written, sent and merged as records' are. The office may merge cases found to
be one matter: the group is shown as its earliest case, every member's reference leads to
it, and its stages are all the members' records.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from fieldapp.domain.case import (
    NO_REGION_LETTERS,
    REGION_LETTERS,
    Case,
    is_reference_shaped,
    new_reference,
    normal_reference,
    validate_case,
)
from fieldapp.domain.ids import new_id
from fieldapp.domain.record import canonical_json, content_hash, tombstone_hash
from fieldapp.domain.retired import retired_problems
from fieldapp.errors import FieldappError, InvalidInput, NotFound, Problem
from fieldapp.services.session import Session
from fieldapp.store import cases as store
from fieldapp.store import records as record_store
from fieldapp.store.cases import CaseRow
from fieldapp.store.clock import next_hlc, utc_now
from fieldapp.store.records import Version
from sync.limits import UUID

__all__ = ["CaseRow", "add_cases", "close_case", "delete_case", "edit_case", "merge_cases",
           "reopen_case", "resolve_case"]

MIN_ID_PREFIX = 6


def resolve_case(session: Session, text: str) -> str:
    """A case's id from its id, a unique prefix of it (6 characters or more), or its
    reference (which, after a merge, leads to the merged case)."""
    if not isinstance(text, str) or not text.strip():
        raise NotFound("no_case", case=str(text))
    text = text.strip()
    if is_reference_shaped(text):
        found = {store.group_of(session.conn, c)
                 for c in store.with_reference(session.conn, normal_reference(text))}
        if len(found) > 1:
            raise NotFound("ambiguous_case_reference", reference=normal_reference(text))
        if found:
            return found.pop()
    prefix = text.lower()
    matches = (record_store.matching_ids(session.conn, prefix, "cases")
               if len(prefix) >= MIN_ID_PREFIX else [])
    if len(matches) > 1:
        raise NotFound("ambiguous_case_id", prefix=prefix)
    if not matches:
        raise NotFound("no_case", case=text)
    row = store.row(session.conn, matches[0])
    if row is not None and row.deleted:
        raise NotFound("case_deleted", case=matches[0])
    return matches[0]


def case_id_for_record(session: Session, value: Any, index: int | None = None) -> Any:
    """The `case` a record names (an id or a reference) as the case's id; raises the problem
    otherwise. A record keeps the id of the case it was filed under, so a reference that a
    merge made part of a group still counts in that group."""
    if value in (None, ""):
        return value
    if isinstance(value, str):
        text = value.strip()
        row = store.row(session.conn, text.lower()) if UUID.fullmatch(text.lower()) else None
        if row is not None and not row.deleted:
            return text.lower()
        if is_reference_shaped(text):
            found = store.with_reference(session.conn, normal_reference(text))
            if len(found) == 1:
                return found[0]
            if len(found) > 1:
                raise InvalidInput([Problem("case", "ambiguous_case", index, value=text)])
    raise InvalidInput([Problem("case", "unknown_case", index, value=value)])


def case_reference(session: Session, case_id: str | None) -> str | None:
    """The reference of the case a record is filed under (None outside a case, or while
    the case itself has not arrived)."""
    row = store.row(session.conn, case_id) if case_id else None
    return row.reference if row is not None else None


def _today() -> str:
    return date.today().isoformat()


def _letters(session: Session, case: Case) -> str:
    region = case["region"] or store.usual_region(session.conn)
    return REGION_LETTERS.get(region or "", NO_REGION_LETTERS)


def _write(session: Session, case_id: str, parents: tuple[str, ...],
           case: Case | None) -> Version:
    conn = session.conn
    version = Version(
        id=new_id(), record_id=case_id, parents=parents,
        author=session.identity.fingerprint, hlc=next_hlc(conn),
        content_hash=content_hash(case) if case is not None else tombstone_hash(case_id),
        tombstone=case is None, created_at=utc_now())
    store.insert_version_row(conn, version, case)
    store.refresh(conn, case_id)
    return version


def add_cases(session: Session, items: list[Any]) -> list[tuple[str, str]]:
    """Open every case given (all or nothing); returns (id, reference) for each."""
    if not items:
        raise InvalidInput([Problem("input", "no_cases")])
    problems: list[Problem] = []
    valid: list[Case] = []
    for index, item in enumerate(items):
        where = index if len(items) > 1 else None
        try:
            valid.append(validate_case(item, session.taxonomy, where))
        except InvalidInput as error:
            problems.extend(error.problems)
        else:
            problems.extend(retired_problems(item, session.taxonomy, index=where))
    taken = store.references(session.conn)
    for index, case in enumerate(valid):
        where = index if len(items) > 1 else None
        if case["reference"] and case["reference"] in taken:
            problems.append(Problem("reference", "reference_taken", where,
                                    value=case["reference"]))
        elif not case["reference"]:
            year = int((case["opened_on"] or _today())[:4])
            case["reference"] = new_reference(_letters(session, case), year, taken)
        taken.add(case["reference"])
    if problems:
        raise InvalidInput(problems, subject="case")
    made = []
    with session.transaction():
        for case in valid:
            case_id = new_id()
            version = _write(session, case_id, (), case)
            session.log(session.conn, "case.add", f"{case_id} {version.id}")
            made.append((case_id, case["reference"]))
    return made


def _current(session: Session, case_id: str) -> tuple[Version, Case]:
    """The case's head and content; a purged or deleted case is refused for writing."""
    row = store.row(session.conn, case_id)
    if row is None:
        raise NotFound("no_case", case=case_id)
    if row.purged_at:
        raise FieldappError("case_purged", reference=row.reference, purged_at=row.purged_at)
    version, case = store.head(session.conn, case_id)
    if case is None:
        raise NotFound("case_deleted", case=case_id)
    return version, case


def _heads(session: Session, case_id: str) -> tuple[str, ...]:
    return tuple(sorted(v.id for v in store.state_of(session.conn, case_id).heads))


def _save(session: Session, case_id: str, updated: Case, action: str) -> str:
    version, case = _current(session, case_id)
    parents = _heads(session, case_id)
    if canonical_json(updated) == canonical_json(case) and len(parents) == 1:
        return version.id
    with session.transaction():
        new = _write(session, case_id, parents, updated)
        session.log(session.conn, action, f"{case_id} {new.id}")
    return new.id


def edit_case(session: Session, case_id: str, changes: Any) -> str:
    """The fields given replace those fields; returns the new version id. Editing a case in
    conflict resolves it (the new version descends from every head)."""
    _, case = _current(session, case_id)
    if not isinstance(changes, dict):
        raise InvalidInput([Problem("case", "not_a_json_object")])
    merged = {**case, **changes}
    updated = validate_case(merged, session.taxonomy)
    retired = retired_problems(changes, session.taxonomy, before=case)
    if retired:
        raise InvalidInput(retired, subject="case")
    if updated["reference"] != case["reference"]:
        if not updated["reference"]:
            updated["reference"] = case["reference"]
        elif store.with_reference(session.conn, updated["reference"]):
            raise InvalidInput([Problem("reference", "reference_taken",
                                        value=updated["reference"])])
    return _save(session, case_id, updated, "case.edit")


def close_case(session: Session, case_id: str, on: str) -> str:
    _, case = _current(session, case_id)
    updated = validate_case({**case, "status": "closed", "closed_on": on}, session.taxonomy)
    return _save(session, case_id, updated, "case.close")


def reopen_case(session: Session, case_id: str) -> str:
    _, case = _current(session, case_id)
    updated = validate_case({**case, "status": "open", "closed_on": None}, session.taxonomy)
    return _save(session, case_id, updated, "case.reopen")


def delete_case(session: Session, case_id: str) -> str:
    """A tombstone; refused while a live record is filed under the case."""
    _current(session, case_id)
    if store.events(session.conn, [case_id]):
        raise FieldappError("case_has_stages", case=case_id)
    parents = _heads(session, case_id)
    with session.transaction():
        tomb = _write(session, case_id, parents, None)
        session.log(session.conn, "case.delete", f"{case_id} {tomb.id}")
    return tomb.id


def merge_cases(session: Session, first: str, second: str) -> str:
    """Office: the two cases (and whatever either was merged with) become one group, shown as
    its earliest case; returns that case's id. The same merges in any order give the same
    group and the same case."""
    if session.identity.role != "office":
        raise FieldappError("office_only_case_merge")
    for case_id in (first, second):
        _current(session, case_id)
    conn = session.conn
    group_a, group_b = store.group_of(conn, first), store.group_of(conn, second)
    if group_a == group_b:
        raise FieldappError("cases_already_merged", case=group_a)
    members = [*store.group_members(conn, group_a), *store.group_members(conn, group_b)]
    group = min(members, key=lambda c: store.first_version_key(conn, c))
    with session.transaction():
        store.set_group(conn, members, group, utc_now(), session.identity.fingerprint)
        session.log(conn, "case.merge", f"{group_a} {group_b} {group}")
    return group
