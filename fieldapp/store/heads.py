"""A record's heads: sync.merge's rules over its stored versions, and the version it shows."""

from __future__ import annotations

from fieldapp.domain.taxonomy import Taxonomy
from fieldapp.store import records as record_store
from fieldapp.store.database import Connection
from sync.merge import RecordState, VersionMeta, record_state


def meta(version: record_store.Version) -> VersionMeta:
    return VersionMeta(version.id, version.parents, version.author, version.hlc,
                       version.tombstone)


def state_of(conn: Connection, record_id: str) -> RecordState:
    return record_state(meta(v) for v in record_store.versions_of(conn, record_id))


def refresh_record(conn: Connection, taxonomy: Taxonomy, record_id: str) -> RecordState:
    """Recompute which version the record shows, and whether it is in conflict."""
    state = state_of(conn, record_id)
    version, record = record_store.version(conn, state.shown.id)
    block = taxonomy.block_of(record["threat_type"]) if record else ""
    record_store.set_head(conn, version, record, block, state.in_conflict)
    record_store.reset_created_at(conn, record_id)
    return state
