"""Records edited concurrently at the office and by an observer: list them, and resolve."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from fieldapp.domain.ids import new_id
from fieldapp.domain.record import Record, apply_edit, content_hash, tombstone_hash
from fieldapp.errors import FieldappError, NotFound
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


@dataclass(frozen=True)
class Conflict:
    record_id: str
    sides: tuple[Side, ...]  # the shown winner first

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
    return Conflict(record_id, tuple(shown + rest))


def list_conflicts(session: Session) -> list[Conflict]:
    return [conflict(session, record_id)
            for record_id in record_store.conflicted_ids(session.conn)]


def resolve(
    session: Session, record_id: str, take: str | None = None, edit: Any = None
) -> str:
    """A new version whose parents are all the heads: either one side as it is, or the
    shown side with the fields of `edit` replaced. Returns the new version id."""
    found = conflict(session, record_id)
    if (take is None) == (edit is None):
        raise FieldappError("take_or_edit")
    if take is not None:
        chosen = [s for s in found.sides if s.version.id.startswith(take)]
        if len(chosen) != 1:
            raise NotFound("not_a_conflict_version", version=take)
        record = chosen[0].record
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
