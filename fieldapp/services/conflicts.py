"""Records edited concurrently at the office and by an observer: list them, and resolve."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from fieldapp.domain.ids import new_id
from fieldapp.domain.record import (
    FIELDS,
    OPTIONAL_FIELDS,
    Record,
    apply_edit,
    content_hash,
    tombstone_hash,
    validate,
)
from fieldapp.errors import FieldappError, InvalidInput, NotFound, Problem
from fieldapp.services.session import Session
from fieldapp.store import peers as peer_store
from fieldapp.store import records as record_store
from fieldapp.store.clock import next_hlc, utc_now
from fieldapp.store.heads import state_of
from fieldapp.store.records import Version


@dataclass(frozen=True)
class Side:
    version: Version
    record: Record | None  # None: this side deleted the record
    author_name: str


ALL_FIELDS = (*FIELDS, *OPTIONAL_FIELDS)


@dataclass(frozen=True)
class Conflict:
    record_id: str
    sides: tuple[Side, ...]  # the shown winner first
    # The nearest version both sides descend from: what the record was before they parted
    # (None when this vault holds no common ancestor).
    base: Side | None = None

    def differing_fields(self) -> list[str]:
        """Fields whose value is not the same on every side (a deleted side differs in all)."""
        records = [s.record for s in self.sides]
        if any(r is None for r in records):
            return [f for f in ALL_FIELDS if any(r is not None and f in r for r in records)]
        return [f for f in ALL_FIELDS
                if len({_canonical(r.get(f)) for r in records if r is not None}) > 1]

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.record_id,
            "winner": self.sides[0].version.id,
            "versions": [
                {"version": s.version.id, "author": s.version.author, "author_name": s.author_name,
                 "hlc": s.version.hlc, "created_at": s.version.created_at,
                 "deleted": s.record is None, "record": _public(s.record)}
                for s in self.sides
            ],
        }


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def _public(record: Record | None) -> Record | None:
    return None if record is None else {k: v for k, v in record.items() if k != "sources"}


def _author_name(session: Session, author: str) -> str:
    if author == session.identity.fingerprint:
        return session.identity.name
    peer = peer_store.by_fingerprint(session.conn, author)
    return peer.name if peer else author


def conflict(session: Session, record_id: str) -> Conflict:
    state = state_of(session.conn, record_id)
    if not state.in_conflict:
        raise NotFound("not_in_conflict", record_id=record_id)
    sides = []
    for head in state.heads:
        version, record = record_store.version(session.conn, head.id)
        sides.append(Side(version, record, _author_name(session, version.author)))
    shown = [s for s in sides if s.version.id == state.shown.id]
    rest = [s for s in sides if s.version.id != state.shown.id]
    base_id = nearest_common_ancestor(record_store.versions_of(session.conn, record_id),
                                      [s.version.id for s in sides])
    base = None
    if base_id is not None:
        version, record = record_store.version(session.conn, base_id)
        base = Side(version, record, _author_name(session, version.author))
    return Conflict(record_id, tuple(shown + rest), base)


def nearest_common_ancestor(versions: Iterable[Version], heads: Sequence[str]) -> str | None:
    """The version every head descends from (or is) that no other such version descends
    from; of several (criss-cross merges), the latest by clock, author and id."""
    known = {v.id: v for v in versions}

    def lineage(start: str) -> set[str]:
        seen: set[str] = set()
        todo = [start]
        while todo:
            current = todo.pop()
            if current in seen or current not in known:
                continue  # a parent this vault never received ends the walk there
            seen.add(current)
            todo.extend(known[current].parents)
        return seen

    if not heads:
        return None
    common = set.intersection(*(lineage(h) for h in heads))
    # An ancestor of another common ancestor is further back: not the nearest.
    further = {a for c in common for p in known[c].parents for a in lineage(p)}
    nearest = [known[c] for c in common - further]
    if not nearest:
        return None
    return max(nearest, key=lambda v: (v.hlc, v.author, v.id)).id


def list_conflicts(session: Session) -> list[Conflict]:
    return [conflict(session, record_id)
            for record_id in record_store.conflicted_ids(session.conn)]


def _side(found: Conflict, version: str) -> Side:
    chosen = [s for s in found.sides if s.version.id.startswith(version)]
    if len(chosen) != 1:
        raise NotFound("not_a_conflict_version", version=version)
    return chosen[0]


def combine(session: Session, found: Conflict, fields: Mapping[str, str]) -> Record:
    """The shown side with each field of `fields` (name -> version id, or its start) taken
    from that version; a field the chosen version lacks is left out."""
    later = next((s.record for s in found.sides if s.record is not None), None)
    if later is None:
        raise FieldappError("all_sides_deleted")
    combined = dict(later)
    for name, version in fields.items():
        if name not in ALL_FIELDS:
            raise InvalidInput([Problem(str(name), "unknown_field",
                                        allowed=", ".join(ALL_FIELDS))])
        side = _side(found, version)
        if side.record is None:
            raise FieldappError("conflict_side_deleted", version=side.version.id)
        if name in side.record:
            combined[name] = side.record[name]
        else:
            combined.pop(name, None)
    return validate(combined, session.taxonomy)


def resolve(
    session: Session, record_id: str, take: str | None = None, edit: Any = None,
    fields: Mapping[str, str] | None = None,
) -> str:
    """A new version whose parents are all the heads: one side as it is (`take`), the shown
    side with the fields of `edit` replaced, or a combination taking each field of `fields`
    from the side named for it (see `combine`). Returns the new version id."""
    found = conflict(session, record_id)
    if sum(x is not None for x in (take, edit, fields)) != 1:
        raise FieldappError("take_or_edit")
    if take is not None:
        record = _side(found, take).record
    elif fields is not None:
        record = combine(session, found, fields)
    else:
        base = next((s.record for s in found.sides if s.record is not None), None)
        if base is None:
            raise FieldappError("all_sides_deleted")
        record = apply_edit(base, edit, session.taxonomy)
    parents = tuple(sorted(s.version.id for s in found.sides))
    with session.transaction() as conn:
        version = Version(
            id=new_id(), record_id=record_id, parents=parents,
            author=session.identity.fingerprint, hlc=next_hlc(conn),
            content_hash=content_hash(record) if record else tombstone_hash(record_id),
            tombstone=record is None, created_at=utc_now(),
        )
        block = session.taxonomy.block_of(record["threat_type"]) if record else ""
        record_store.insert_version(conn, version, record, block)
        session.log(conn, "conflict.resolve", f"{record_id} {version.id}")
    return version.id
