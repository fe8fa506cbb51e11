"""Record versions in the database, the listing columns, and the full-text index."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, NamedTuple

from fieldapp.domain.record import Record, canonical_json, public_part
from fieldapp.store import record_facts
from fieldapp.store.database import Connection
from fieldapp.store.record_list import (  # noqa: F401 - the listing's names, kept here too
    SORTABLE,
    PageKey,
    RecordQuery,
    RecordSummary,
    count,
    fts_expression,
    page,
)


@dataclass(frozen=True)
class Version:
    id: str
    record_id: str
    parents: tuple[str, ...]
    author: str
    hlc: str
    content_hash: str
    tombstone: bool
    created_at: str


class StoredForm(NamedTuple):
    """A version's JSON columns as the vault stores them: canonical text, content without
    the sources, the sources apart, and the sectors for the listing row. (A named tuple:
    an import makes one per version, and a frozen dataclass costs several times more.)"""

    parents: str
    content: str | None  # None for a tombstone
    sources: str | None
    sectors: str

    @classmethod
    def encode(cls, version: Version, record: Record | None) -> StoredForm:
        parents = _canonical_text(list(version.parents))
        if record is None:
            return cls(parents, None, None, "[]")
        return cls(parents, _canonical_text(public_part(record)),
                   _canonical_text(record["sources"]), _canonical_text(record["sectors"]))


class Arrival(NamedTuple):
    """A version as an import holds it: its metadata, its record, and its stored form."""

    version: Version
    record: Record | None
    stored: StoredForm


def _canonical_text(value: Any) -> str:
    return canonical_json(value).decode()


def insert_version(
    conn: Connection, version: Version, record: Record | None, threat_block: str
) -> None:
    """Store a version and make it the record's head (content None for a tombstone)."""
    insert_version_row(conn, version, record)
    set_head(conn, version, record, threat_block)


def insert_version_row(
    conn: Connection, version: Version, record: Record | None, received_in: str | None = None,
    stored: StoredForm | None = None,
) -> None:
    """Store a version (creating its record's row if new) without deciding the head."""
    exists = conn.execute("SELECT 1 FROM records WHERE id = ?", (version.record_id,)).fetchone()
    if not exists:
        conn.execute(
            "INSERT INTO records (id, head, created_at, updated_at) VALUES (?, ?, ?, ?)",
            (version.record_id, version.id, version.created_at, version.created_at),
        )
    conn.execute(
        "INSERT INTO versions (id, record_id, parents, author, hlc, content_hash, tombstone,"
        " content, sources, created_at, received_in) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        _version_row(version, StoredForm.encode(version, record) if stored is None else stored,
                     received_in),
    )


def set_head(
    conn: Connection,
    version: Version,
    record: Record | None,
    block: str,
    in_conflict: bool = False,
) -> None:
    """Make `version` the one lists show; refresh the listing columns and the search index."""
    rowid = conn.execute(
        "SELECT rowid FROM records WHERE id = ?", (version.record_id,)
    ).fetchone()[0]
    conn.execute("DELETE FROM record_search WHERE rowid = ?", (rowid,))
    record_facts.replace_victims(conn, rowid, record)
    if record is None:
        conn.execute(
            "UPDATE records SET head = ?, deleted = 1, in_conflict = ?, updated_at = ?,"
            " case_id = NULL, outcome = NULL, outcome_on = NULL, legal_articles = ?,"
            " perpetrator_facts = ?, victim_count = ?, locality = ?, companies = ? WHERE id = ?",
            (version.id, int(in_conflict), version.created_at, *record_facts.NO_FACTS,
             version.record_id),
        )
        return
    conn.execute(
        "UPDATE records SET head = ?, deleted = 0, in_conflict = ?, updated_at = ?, title = ?,"
        " occurred_on = ?, occurred_until = ?, region = ?, threat_type = ?, threat_block = ?,"
        " sectors = ?, case_id = ?, outcome = ?, outcome_on = ?, legal_articles = ?,"
        " perpetrator_facts = ?, victim_count = ?, locality = ?, companies = ? WHERE id = ?",
        (
            version.id,
            int(in_conflict),
            version.created_at,
            record["title"],
            record["occurred_on"],
            record["occurred_until"],
            record["region"],
            record["threat_type"],
            block,
            _canonical_text(record["sectors"]),
            record.get("case"),
            record["outcome"],
            record.get("outcome_on"),
            *record_facts.listing_facts(record),
            version.record_id,
        ),
    )
    conn.execute(
        "INSERT INTO record_search (rowid, record_id, title, locality, description, perpetrators,"
        " victims) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (rowid, version.record_id, *search_fields(record)),
    )


_VERSION_COLUMNS = (
    "v.id, v.record_id, v.parents, v.author, v.hlc, v.content_hash, v.tombstone,"
    " v.created_at, v.content, v.sources"
)


def _version_and_record(row: tuple[Any, ...]) -> tuple[Version, Record | None]:
    version = Version(
        row[0], row[1], tuple(json.loads(row[2])), row[3], row[4], row[5], bool(row[6]), row[7]
    )
    if row[8] is None:
        return version, None
    record: Record = json.loads(row[8])
    record["sources"] = json.loads(row[9]) if row[9] else []
    return version, record


def head(conn: Connection, record_id: str) -> tuple[Version, Record | None]:
    """The record's current version and its content (None when deleted)."""
    row = conn.execute(
        f"SELECT {_VERSION_COLUMNS}"  # noqa: S608 - fixed column list
        " FROM records AS r JOIN versions AS v ON v.id = r.head WHERE r.id = ?",
        (record_id,),
    ).fetchone()
    if row is None:
        raise KeyError(record_id)
    return _version_and_record(row)


def version(conn: Connection, version_id: str) -> tuple[Version, Record | None]:
    row = conn.execute(
        f"SELECT {_VERSION_COLUMNS} FROM versions AS v WHERE v.id = ?",  # noqa: S608
        (version_id,),
    ).fetchone()
    if row is None:
        raise KeyError(version_id)
    return _version_and_record(row)


def versions_of(conn: Connection, record_id: str) -> list[Version]:
    rows = conn.execute(
        f"SELECT {_VERSION_COLUMNS} FROM versions AS v WHERE v.record_id = ?",  # noqa: S608
        (record_id,),
    )
    return [_version_and_record(row)[0] for row in rows]


def content_hash_of(conn: Connection, version_id: str) -> str | None:
    row = conn.execute("SELECT content_hash FROM versions WHERE id = ?", (version_id,)).fetchone()
    return row[0] if row else None


def reset_created_at(conn: Connection, record_id: str) -> None:
    """A record was created when its earliest version was, whichever arrived first."""
    created = conn.execute(
        "SELECT min(created_at) FROM versions WHERE record_id = ?", (record_id,)).fetchone()[0]
    conn.execute("UPDATE records SET created_at = ? WHERE id = ?", (created, record_id))


def purged_at(conn: Connection, record_id: str) -> str | None:
    """When the record was purged after the office confirmed holding it, if it was."""
    row = conn.execute("SELECT purged_at FROM records WHERE id = ?", (record_id,)).fetchone()
    return row[0] if row else None


def conflicted_ids(conn: Connection) -> list[str]:
    return [row[0] for row in conn.execute(
        "SELECT id FROM records WHERE in_conflict = 1 ORDER BY id")]


def record_times(conn: Connection, record_id: str) -> tuple[str, str]:
    row = conn.execute(
        "SELECT created_at, updated_at FROM records WHERE id = ?", (record_id,)
    ).fetchone()
    return row[0], row[1]


def matching_ids(conn: Connection, part: str, table: str = "records") -> list[str]:
    """Ids (of records, or of cases) starting with `part`, or else ending with it: a user
    may type a short unique start or end of an id. Time-ordered ids made together share
    their start, so their random end is what tells them apart."""
    if table not in ("records", "cases"):
        raise ValueError(table)
    escaped = part.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    for pattern in (escaped + "%", "%" + escaped):
        rows = conn.execute(
            f"SELECT id FROM {table} WHERE id LIKE ? ESCAPE '\\' LIMIT 2",  # noqa: S608
            (pattern,)).fetchall()
        if rows:
            return [r[0] for r in rows]
    return []


def versions_for_export(conn: Connection, everything: bool) -> list[tuple[Version, Record | None]]:
    """Versions not yet sent (or all), oldest clock first, so parents precede children."""
    # Purged versions keep no content and have nothing left to send.
    where = " WHERE (v.content IS NOT NULL OR v.tombstone = 1)"
    if not everything:
        # Only observers export; naming received_in lets the partial index serve.
        where += " AND v.exported_in IS NULL AND v.received_in IS NULL"
    rows = conn.execute(
        f"SELECT {_VERSION_COLUMNS} FROM versions AS v{where} ORDER BY v.hlc, v.id"  # noqa: S608
    )
    return [_version_and_record(row) for row in rows]


def existing(conn: Connection, table: str, column: str, ids: list[str]) -> dict[str, Any]:
    """{id: column value} for the ids already in `table` (versions or records), one query."""
    if table not in ("versions", "records") or column not in ("content_hash", "head"):
        raise ValueError(f"unexpected lookup {table}.{column}")
    rows = conn.execute(
        f"SELECT id, {column} FROM {table} WHERE id IN"  # noqa: S608 - checked names
        " (SELECT value FROM json_each(?))",
        (json.dumps(ids),),
    )
    return dict(rows.fetchall())


class HeldVersion(NamedTuple):
    """Who wrote a version the vault holds, and whether it is its record's first."""

    id: str
    record_id: str
    author: str
    first: bool


# The versions of records, and of cases (whose rows name their case in case_id).
_LINEAGE = {"versions": "record_id", "case_versions": "case_id"}


def held_lineage(
    conn: Connection, record_ids: list[str], version_ids: list[str], table: str = "versions"
) -> list[HeldVersion]:
    """Every held version of these records (or cases, from table case_versions), and these
    versions wherever they are: one query (an import checks whose records a bundle touches
    with it)."""
    owner = _LINEAGE[table]
    rows = conn.execute(
        f"SELECT id, {owner}, author, json_array_length(parents) = 0 FROM {table}"  # noqa: S608
        f" WHERE {owner} IN (SELECT value FROM json_each(?))"
        f" UNION SELECT id, {owner}, author, json_array_length(parents) = 0 FROM {table}"
        " WHERE id IN (SELECT value FROM json_each(?))",
        (json.dumps(record_ids), json.dumps(version_ids)),
    )
    return [HeldVersion(row[0], row[1], row[2], bool(row[3])) for row in rows]


def _version_row(version: Version, stored: StoredForm, received_in: str | None) -> tuple:
    return (
        version.id, version.record_id, stored.parents, version.author, version.hlc,
        version.content_hash, int(version.tombstone), stored.content, stored.sources,
        version.created_at, received_in,
    )


@dataclass(frozen=True)
class NewRecord:
    """A record the vault has never seen, with every version it arrives with."""

    versions: list[Arrival]
    shown: Arrival
    block: str
    in_conflict: bool


def insert_new_records(conn: Connection, items: list[NewRecord], received_in: str) -> None:
    """Bulk path for records new to the vault: three executemany calls instead of a dozen
    statements per record (imports are mostly new records)."""
    conn.executemany(
        "INSERT INTO records (id, head, deleted, in_conflict, created_at, updated_at, title,"
        " occurred_on, occurred_until, region, threat_type, threat_block, sectors, case_id,"
        " outcome, outcome_on, legal_articles, perpetrator_facts, victim_count, locality,"
        " companies)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [_record_row(item) for item in items],
    )
    conn.executemany(
        "INSERT INTO versions (id, record_id, parents, author, hlc, content_hash, tombstone,"
        " content, sources, created_at, received_in) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [_version_row(a.version, a.stored, received_in) for item in items for a in item.versions],
    )
    searchable = [item.shown for item in items if item.shown.record is not None]
    # Row ids fetched in one query: FTS5 inserts fed by a per-row SELECT run ~15x slower.
    rowids = dict(conn.execute(
        "SELECT id, rowid FROM records WHERE id IN (SELECT value FROM json_each(?))",
        (json.dumps([a.version.record_id for a in searchable]),),
    ).fetchall())
    conn.executemany(
        "INSERT INTO record_search (rowid, record_id, title, locality, description,"
        " perpetrators, victims) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(rowids[a.version.record_id], a.version.record_id,
          *search_fields(a.record))  # type: ignore[arg-type]
         for a in searchable],
    )
    record_facts.insert_victims(conn, (
        row for a in searchable
        for row in record_facts.victim_rows(rowids[a.version.record_id], a.record)))


def _record_row(item: NewRecord) -> tuple:
    shown, record = item.shown.version, item.shown.record
    created = min(a.version.created_at for a in item.versions)
    head = (shown.record_id, shown.id)
    if record is None:
        return (*head, 1, int(item.in_conflict), created, shown.created_at,
                "", "", None, "", "", "", "[]", None, None, None, *record_facts.NO_FACTS)
    return (
        *head, 0, int(item.in_conflict), created, shown.created_at, record["title"],
        record["occurred_on"], record["occurred_until"], record["region"],
        record["threat_type"], item.block, item.shown.stored.sectors, record.get("case"),
        record["outcome"], record.get("outcome_on"), *record_facts.listing_facts(record),
    )


def search_fields(record: Record) -> tuple[str, str, str, str, str]:
    return (
        record["title"], record["locality"], record["description"],
        " ".join(p["name"] for p in record["perpetrators"] if p["name"]),
        " ".join(v["alias"] for v in record["victims"]),
    )
