"""Hash-chained audit log: each entry holds the previous entry's hash.

Entries name actions and ids, never content. The head (count and last hash) is
also kept in meta, so removing the newest entries is detected too.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from fieldapp.store import meta
from fieldapp.store.database import Connection

GENESIS = "0" * 64


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: str
    actor: str
    action: str
    target: str
    prev_hash: str
    hash: str


def entry_hash(prev_hash: str, seq: int, at: str, actor: str, action: str, target: str) -> str:
    body = json.dumps([prev_hash, seq, at, actor, action, target], ensure_ascii=False)
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def append(conn: Connection, at: str, actor: str, action: str, target: str = "") -> AuditEntry:
    """Add one entry; call inside the transaction that does the thing being logged."""
    head = meta.get(conn, meta.AUDIT_HEAD)
    seq, prev = (0, GENESIS) if head is None else _parse_head(head)
    seq += 1
    digest = entry_hash(prev, seq, at, actor, action, target)
    conn.execute(
        "INSERT INTO audit_log (seq, at, actor, action, target, prev_hash, hash)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (seq, at, actor, action, target, prev, digest),
    )
    meta.put(conn, meta.AUDIT_HEAD, f"{seq}:{digest}")
    return AuditEntry(seq, at, actor, action, target, prev, digest)


def _parse_head(text: str) -> tuple[int, str]:
    seq, _, digest = text.partition(":")
    return int(seq), digest


def entries(conn: Connection) -> list[AuditEntry]:
    rows = conn.execute(
        "SELECT seq, at, actor, action, target, prev_hash, hash FROM audit_log ORDER BY seq"
    )
    return [AuditEntry(*row) for row in rows]


def verify(conn: Connection) -> list[str]:
    """Every break in the chain as a sentence; an empty list means the log is intact."""
    problems = []
    prev = GENESIS
    expected_seq = 1
    for entry in entries(conn):
        if entry.seq != expected_seq:
            problems.append(f"entries {expected_seq} to {entry.seq - 1} are missing")
        if entry.prev_hash != prev:
            problems.append(f"entry {entry.seq} does not follow the entry before it")
        recomputed = entry_hash(
            entry.prev_hash, entry.seq, entry.at, entry.actor, entry.action, entry.target
        )
        if recomputed != entry.hash:
            problems.append(f"entry {entry.seq} was edited after it was written")
        prev = entry.hash
        expected_seq = entry.seq + 1
    head = meta.get(conn, meta.AUDIT_HEAD)
    if head is not None:
        head_seq, head_hash = _parse_head(head)
        if head_seq != expected_seq - 1 or head_hash != prev:
            problems.append(
                f"the log ends at entry {expected_seq - 1} but {head_seq} were written"
            )
    elif expected_seq > 1:
        problems.append("the log's head record is missing")
    return problems
