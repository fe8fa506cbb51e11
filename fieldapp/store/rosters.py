"""The rosters table: each roster the office published, or the observer accepted."""

from __future__ import annotations

import json
from typing import Any

from fieldapp.store.database import Connection


def latest_version(conn: Connection) -> int:
    row = conn.execute("SELECT max(version) FROM rosters").fetchone()
    return int(row[0] or 0)


def latest_document(conn: Connection) -> dict[str, Any] | None:
    """The newest roster held, or None before the first."""
    row = conn.execute(
        "SELECT document FROM rosters ORDER BY version DESC LIMIT 1").fetchone()
    if row is None:
        return None
    document: dict[str, Any] = json.loads(row[0])
    return document


def add(conn: Connection, version: int, document: dict[str, Any], issued_at: str) -> None:
    """Keep a roster; the signature column stays empty (the bundle's signature covers it)."""
    conn.execute(
        "INSERT INTO rosters (version, document, signature, issued_at) VALUES (?, ?, '', ?)",
        (version, json.dumps(document, sort_keys=True), issued_at),
    )
