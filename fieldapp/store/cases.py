"""Cases in the database: their versions, the listing row, references, and merged groups.

A case version is a `records.Version` whose `record_id` is the case's id: cases are
versioned, merged and sent exactly as records are, so they share the version's shape and
sync.merge's rules.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from fieldapp.domain.case import Case
from fieldapp.domain.record import canonical_json
from fieldapp.store.database import Connection
from fieldapp.store.records import Version
from sync.merge import RecordState, VersionMeta, record_state

_VERSION_COLUMNS = (
    "v.id, v.case_id, v.parents, v.author, v.hlc, v.content_hash, v.tombstone, v.created_at,"
    " v.content"
)


@dataclass(frozen=True)
class CaseRow:
    """One case as lists show it (its head's columns, and its group after merges)."""

    id: str
    group: str  # the case it was merged into, or itself
    reference: str
    title: str
    status: str
    opened_on: str | None
    closed_on: str | None
    first_on: str | None  # kept for a purged case: its stages' span
    last_on: str | None
    purged_at: str | None
    in_conflict: bool
    deleted: bool
    created_at: str
    updated_at: str


_ROW_COLUMNS = (
    "c.id, coalesce(m.merged_into, c.id), c.reference, c.title, c.status, c.opened_on,"
    " c.closed_on, c.first_on, c.last_on, c.purged_at, c.in_conflict, c.deleted,"
    " c.created_at, c.updated_at"
)
_ROW_FROM = " FROM cases AS c LEFT JOIN case_merges AS m ON m.case_id = c.id"


def _row(row: tuple[Any, ...]) -> CaseRow:
    return CaseRow(row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8],
                   row[9], bool(row[10]), bool(row[11]), row[12], row[13])


def _version_and_case(row: tuple[Any, ...]) -> tuple[Version, Case | None]:
    version = Version(row[0], row[1], tuple(json.loads(row[2])), row[3], row[4], row[5],
                      bool(row[6]), row[7])
    return version, (json.loads(row[8]) if row[8] is not None else None)


def _text(value: Any) -> str:
    return canonical_json(value).decode()


def insert_version_row(conn: Connection, version: Version, case: Case | None,
                       received_in: str | None = None) -> None:
    """Store a case version (creating the case's row if new) without deciding the head."""
    conn.execute(
        "INSERT INTO cases (id, head, created_at, updated_at) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (id) DO NOTHING",
        (version.record_id, version.id, version.created_at, version.created_at))
    conn.execute(
        "INSERT INTO case_versions (id, case_id, parents, author, hlc, content_hash, tombstone,"
        " content, created_at, received_in) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (version.id, version.record_id, _text(list(version.parents)), version.author,
         version.hlc, version.content_hash, int(version.tombstone),
         None if case is None else _text(case), version.created_at, received_in))


def versions_of(conn: Connection, case_id: str) -> list[Version]:
    rows = conn.execute(
        f"SELECT {_VERSION_COLUMNS} FROM case_versions AS v WHERE v.case_id = ?",  # noqa: S608
        (case_id,))
    return [_version_and_case(row)[0] for row in rows]


def state_of(conn: Connection, case_id: str) -> RecordState:
    return record_state(VersionMeta(v.id, v.parents, v.author, v.hlc, v.tombstone)
                        for v in versions_of(conn, case_id))


def version(conn: Connection, version_id: str) -> tuple[Version, Case | None]:
    row = conn.execute(
        f"SELECT {_VERSION_COLUMNS} FROM case_versions AS v WHERE v.id = ?",  # noqa: S608
        (version_id,)).fetchone()
    if row is None:
        raise KeyError(version_id)
    return _version_and_case(row)


def refresh(conn: Connection, case_id: str) -> RecordState:
    """Recompute the version the case shows and whether it is in conflict; refresh its row."""
    state = state_of(conn, case_id)
    shown, case = version(conn, state.shown.id)
    created = conn.execute("SELECT min(created_at) FROM case_versions WHERE case_id = ?",
                           (case_id,)).fetchone()[0]
    if case is None:
        conn.execute(
            "UPDATE cases SET head = ?, deleted = 1, in_conflict = ?, created_at = ?,"
            " updated_at = ? WHERE id = ?",
            (shown.id, int(state.in_conflict), created, shown.created_at, case_id))
        return state
    conn.execute(
        "UPDATE cases SET head = ?, deleted = 0, in_conflict = ?, created_at = ?,"
        " updated_at = ?, reference = ?, title = ?, status = ?, opened_on = ?, closed_on = ?"
        " WHERE id = ?",
        (shown.id, int(state.in_conflict), created, shown.created_at, case["reference"],
         case.get("title", ""), case["status"], case["opened_on"], case["closed_on"],
         case_id))
    return state


def merge_arrivals(conn: Connection, arrivals: list[Any], received_in: str) -> int:
    """Store case versions new to the vault (CaseArrival: version, case) and recompute each
    touched case's head; returns how many cases are new or show another version."""
    before = existing_heads(conn, sorted({a.version.record_id for a in arrivals}))
    for version_, case in arrivals:
        insert_version_row(conn, version_, case, received_in)
    changed = 0
    for case_id in dict.fromkeys(a.version.record_id for a in arrivals):
        state = refresh(conn, case_id)
        changed += state.shown.id != before.get(case_id)
    return changed


def head(conn: Connection, case_id: str) -> tuple[Version, Case | None]:
    row = conn.execute(
        f"SELECT {_VERSION_COLUMNS} FROM cases AS c"  # noqa: S608 - fixed column list
        " JOIN case_versions AS v ON v.id = c.head WHERE c.id = ?", (case_id,)).fetchone()
    if row is None:
        raise KeyError(case_id)
    return _version_and_case(row)


def row(conn: Connection, case_id: str) -> CaseRow | None:
    found = conn.execute(f"SELECT {_ROW_COLUMNS}{_ROW_FROM} WHERE c.id = ?",
                         (case_id,)).fetchone()
    return _row(found) if found else None


def rows(conn: Connection, case_ids: list[str] | None = None) -> list[CaseRow]:
    """Every case (or these), the newest added first."""
    where = "" if case_ids is None else " WHERE c.id IN (SELECT value FROM json_each(?))"
    params = () if case_ids is None else (json.dumps(case_ids),)
    found = conn.execute(
        f"SELECT {_ROW_COLUMNS}{_ROW_FROM}{where}"
        " ORDER BY c.created_at DESC, c.rowid DESC", params)
    return [_row(r) for r in found]


def group_members(conn: Connection, group: str) -> list[str]:
    """The cases of a merged group (the group's own case first), or just the one case."""
    others = [r[0] for r in conn.execute(
        "SELECT case_id FROM case_merges WHERE merged_into = ? ORDER BY case_id", (group,))]
    return [group, *others]


def group_of(conn: Connection, case_id: str) -> str:
    found = conn.execute("SELECT merged_into FROM case_merges WHERE case_id = ?",
                         (case_id,)).fetchone()
    return found[0] if found else case_id


def first_version_key(conn: Connection, case_id: str) -> tuple[str, str]:
    """What orders the cases of a group: the clock of the case's first version, then its id
    (neither ever changes, so the group's case does not depend on the order of merges)."""
    found = conn.execute("SELECT min(hlc) FROM case_versions WHERE case_id = ?",
                         (case_id,)).fetchone()
    return (found[0] or "", case_id)


def set_group(conn: Connection, members: list[str], group: str, at: str, by: str) -> None:
    """Make `group` the case every other member was merged into; call inside a
    transaction."""
    conn.execute("DELETE FROM case_merges WHERE case_id IN (SELECT value FROM json_each(?))",
                 (json.dumps(members),))
    conn.executemany(
        "INSERT INTO case_merges (case_id, merged_into, merged_at, merged_by)"
        " VALUES (?, ?, ?, ?)", [(m, group, at, by) for m in members if m != group])


def with_reference(conn: Connection, reference: str) -> list[str]:
    return [r[0] for r in conn.execute(
        "SELECT id FROM cases WHERE reference = ? AND deleted = 0 ORDER BY id", (reference,))]


def references(conn: Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT reference FROM cases")}


def usual_region(conn: Connection) -> str | None:
    """The region most of the vault's records are in (a new case's reference starts with
    its letters when the case names none)."""
    found = conn.execute(
        "SELECT region FROM records WHERE deleted = 0 AND region <> ''"
        " GROUP BY region ORDER BY count(*) DESC, region LIMIT 1").fetchone()
    return found[0] if found else None


@dataclass(frozen=True)
class Event:
    """A stage of a case: one record, as the timeline shows it."""

    record_id: str
    case_id: str
    record: dict[str, Any]  # the head's content, without its sources
    block: str
    in_conflict: bool


def events(conn: Connection, case_ids: list[str]) -> list[Event]:
    """The live records of these cases, in date order."""
    found = conn.execute(
        "SELECT r.id, r.case_id, v.content, r.threat_block, r.in_conflict FROM records AS r"
        " JOIN versions AS v ON v.id = r.head"
        " WHERE r.case_id IN (SELECT value FROM json_each(?)) AND r.deleted = 0"
        " AND r.purged_at IS NULL AND v.content IS NOT NULL"
        " ORDER BY r.occurred_on, r.created_at, r.id", (json.dumps(case_ids),))
    return [Event(r[0], r[1], json.loads(r[2]), r[3], bool(r[4])) for r in found]


def event_counts(conn: Connection) -> dict[str, tuple[int, str | None, str | None]]:
    """{case id: (live stages, first date, last date)} over every case's records."""
    found = conn.execute(
        "SELECT r.case_id, count(*), min(r.occurred_on),"
        " max(max(coalesce(r.occurred_until, r.occurred_on),"
        "         coalesce(json_extract(v.content, '$.outcome_on'), '')))"
        " FROM records AS r JOIN versions AS v ON v.id = r.head"
        " WHERE r.case_id IS NOT NULL AND r.deleted = 0 AND r.purged_at IS NULL"
        " GROUP BY r.case_id")
    return {r[0]: (r[1], r[2], r[3]) for r in found}


def for_export(conn: Connection, everything: bool) -> list[tuple[Version, Case | None]]:
    """Case versions not yet sent (or all with content), oldest clock first."""
    where = " WHERE (v.content IS NOT NULL OR v.tombstone = 1)"
    if not everything:
        where += " AND v.exported_in IS NULL AND v.received_in IS NULL"
    found = conn.execute(
        f"SELECT {_VERSION_COLUMNS} FROM case_versions AS v{where}"  # noqa: S608
        " ORDER BY v.hlc, v.id")
    return [_version_and_case(r) for r in found]


def mark_exported(conn: Connection, bundle_id: str, version_ids: list[str]) -> None:
    conn.executemany(
        "UPDATE case_versions SET exported_in = ? WHERE id = ? AND exported_in IS NULL",
        [(bundle_id, i) for i in version_ids])


def existing_hashes(conn: Connection, version_ids: list[str]) -> dict[str, str]:
    return dict(conn.execute(
        "SELECT id, content_hash FROM case_versions WHERE id IN"
        " (SELECT value FROM json_each(?))", (json.dumps(version_ids),)).fetchall())


def existing_heads(conn: Connection, case_ids: list[str]) -> dict[str, str]:
    return dict(conn.execute(
        "SELECT id, head FROM cases WHERE id IN (SELECT value FROM json_each(?))",
        (json.dumps(case_ids),)).fetchall())
