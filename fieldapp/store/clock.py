"""Time for versions and the audit log: UTC text and the vault's hybrid logical clock."""

from __future__ import annotations

from datetime import UTC, datetime

from fieldapp.domain import hlc
from fieldapp.store.database import Connection


def utc_now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def next_hlc(conn: Connection) -> str:
    """Advance and persist the vault's clock; call inside the writing transaction."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'hlc'").fetchone()
    last = hlc.Hlc.parse(row[0]) if row else None
    value = str(hlc.tick(last))
    conn.execute(
        "INSERT INTO meta (key, value) VALUES ('hlc', ?)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (value,),
    )
    return value
