"""Time for versions and the audit log: UTC text and the vault's hybrid logical clock."""

from __future__ import annotations

from datetime import UTC, datetime

from fieldapp.domain import hlc
from fieldapp.store import meta
from fieldapp.store.database import Connection


def utc_now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def next_hlc(conn: Connection) -> str:
    """Advance and persist the vault's clock; call inside the writing transaction."""
    stored = meta.get(conn, meta.HLC)
    last = hlc.Hlc.parse(stored) if stored is not None else None
    value = str(hlc.tick(last))
    meta.put(conn, meta.HLC, value)
    return value
