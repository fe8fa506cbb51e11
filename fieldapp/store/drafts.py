"""Publication drafts in the vault (migration 0018): one row per name, its JSON in `content`."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from fieldapp.store.database import Connection


@dataclass(frozen=True)
class DraftRow:
    """What a list of drafts shows: no text, only the name, the period and when saved."""

    name: str
    period_from: str
    period_to: str
    kind: str
    updated_at: str


def save(conn: Connection, name: str, period_from: str, period_to: str, kind: str,
         content: dict[str, Any], updated_at: str) -> None:
    """Insert the draft, or replace the one of that name."""
    conn.execute(
        "INSERT OR REPLACE INTO publication_drafts"
        " (name, period_from, period_to, kind, content, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
        (name, period_from, period_to, kind, json.dumps(content, ensure_ascii=False),
         updated_at))


def load(conn: Connection, name: str) -> dict[str, Any] | None:
    """The draft's JSON data as saved (checked again by the caller), or None."""
    row = conn.execute("SELECT content FROM publication_drafts WHERE name = ?",
                       (name,)).fetchone()
    return None if row is None else json.loads(row[0])


def rows(conn: Connection) -> list[DraftRow]:
    """Every draft, the last saved first."""
    return [DraftRow(*row) for row in conn.execute(
        "SELECT name, period_from, period_to, kind, updated_at FROM publication_drafts"
        " ORDER BY updated_at DESC, name")]


def delete(conn: Connection, name: str) -> bool:
    """Whether there was a draft of that name."""
    return conn.execute("DELETE FROM publication_drafts WHERE name = ?",
                        (name,)).rowcount > 0


def latest(conn: Connection, kind: str | None = None) -> dict[str, Any] | None:
    """The draft of the latest period (of `kind`, if given; the last saved among equals),
    or None."""
    row = conn.execute("SELECT content FROM publication_drafts WHERE ? IS NULL OR kind = ?"
                       " ORDER BY period_to DESC, updated_at DESC LIMIT 1",
                       (kind, kind)).fetchone()
    return None if row is None else json.loads(row[0])
