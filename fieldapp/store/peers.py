"""Enrolled peers: the office's observers, or the observer's office."""

from __future__ import annotations

from dataclasses import dataclass

from fieldapp.store.database import Connection

_COLUMNS = ("fingerprint, name, role, signing_key, age_recipient, source_recipient,"
            " enrolled_at, revoked_at")


@dataclass(frozen=True)
class Peer:
    fingerprint: str
    name: str
    role: str
    signing_key: str
    age_recipient: str
    source_recipient: str | None
    enrolled_at: str
    revoked_at: str | None

    @property
    def revoked(self) -> bool:
        return self.revoked_at is not None


def add(conn: Connection, peer: Peer) -> None:
    conn.execute(
        f"INSERT INTO peers ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",  # noqa: S608
        (peer.fingerprint, peer.name, peer.role, peer.signing_key, peer.age_recipient,
         peer.source_recipient, peer.enrolled_at, peer.revoked_at),
    )


def all_peers(conn: Connection) -> list[Peer]:
    rows = conn.execute(f"SELECT {_COLUMNS} FROM peers ORDER BY role, name")  # noqa: S608
    return [Peer(*row) for row in rows]


def by_fingerprint(conn: Connection, fingerprint: str) -> Peer | None:
    row = conn.execute(
        f"SELECT {_COLUMNS} FROM peers WHERE fingerprint = ?", (fingerprint,)  # noqa: S608
    ).fetchone()
    return Peer(*row) if row else None


def by_name(conn: Connection, name: str) -> list[Peer]:
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM peers WHERE name = ? OR fingerprint = ?",  # noqa: S608
        (name, name),
    )
    return [Peer(*row) for row in rows]


def revoke(conn: Connection, fingerprint: str, at: str) -> None:
    conn.execute("UPDATE peers SET revoked_at = ? WHERE fingerprint = ?", (at, fingerprint))
