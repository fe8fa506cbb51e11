"""Receipts: the office tells each observer which versions it now holds, so the observer
can purge them and carry as little as possible."""

from __future__ import annotations

import json
import secrets
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fieldapp.errors import FieldappError
from fieldapp.services.clock import utc_now
from fieldapp.services.session import Session
from fieldapp.services.wire import jsonl
from fieldapp.store import identity as identity_store
from fieldapp.store import peers as peer_store
from sync import bundle
from sync.age import X25519Recipient
from sync.bundle import BundleRejected

MAX_RECEIPT_VERSIONS = 1_000_000


@dataclass(frozen=True)
class WrittenReceipt:
    path: Path
    observer: str
    versions: int


def write_receipts(session: Session, out_dir: Path) -> list[WrittenReceipt]:
    """Office: one receipt bundle per observer with versions received since its last receipt."""
    if session.identity.role != "office":
        raise FieldappError("office_only_receipts")
    if not out_dir.is_dir():
        raise FieldappError("not_a_folder", path=str(out_dir))
    written = []
    signer = identity_store.signing_key(session.conn)
    for peer in peer_store.all_peers(session.conn):
        if peer.role != "observer" or peer.revoked:
            continue
        ids = [row[0] for row in session.conn.execute(
            "SELECT v.id FROM versions AS v JOIN bundles_in AS b ON b.bundle_id = v.received_in"
            " WHERE b.sender = ? AND v.receipted_in IS NULL ORDER BY v.id", (peer.fingerprint,))]
        if not ids:
            continue
        bundle_id = str(uuid.uuid4())
        row = session.conn.execute(
            "SELECT count(*) FROM bundles_out WHERE recipient = ? AND kind = 'receipt'",
            (peer.fingerprint,)).fetchone()
        sequence = int(row[0]) + 1
        manifest = {
            "format": bundle.FORMAT, "version": bundle.FORMAT_VERSION, "kind": "receipt",
            "bundle_id": bundle_id, "sender": session.identity.fingerprint,
            "recipient": peer.fingerprint, "sequence": sequence, "created_at": utc_now(),
            "versions": len(ids), "attachments": 0,
        }
        path = out_dir / (secrets.token_hex(12) + ".age")
        recipient = X25519Recipient.from_string(peer.age_recipient)
        with path.open("wb") as sink:
            bundle.write_bundle(sink, manifest, jsonl([{"type": "receipt", "versions": ids}]),
                                [], signer, [recipient] * bundle.STANZAS)
        with session.transaction() as conn:
            conn.executemany("UPDATE versions SET receipted_in = ? WHERE id = ?",
                             [(bundle_id, i) for i in ids])
            conn.execute(
                "INSERT INTO bundles_out (bundle_id, recipient, sequence, kind, versions,"
                " exported_at) VALUES (?, ?, ?, 'receipt', ?, ?)",
                (bundle_id, peer.fingerprint, sequence, len(ids), utc_now()))
            session.log(conn, "receipt.write", f"{bundle_id} {peer.fingerprint}")
        written.append(WrittenReceipt(path, peer.name, len(ids)))
    return written


def receipt_versions(records: bytes) -> list[str]:
    """The version ids a receipt confirms, checked strictly."""
    lines = [line for line in records.split(b"\n") if line.strip()]
    if len(lines) != 1:
        raise BundleRejected("records", "receipt_not_one_list")
    line: Any = bundle.strict_json(lines[0], bundle.RECORDS)
    ids = line.get("versions") if isinstance(line, dict) else None
    if (not isinstance(line, dict) or set(line) != {"type", "versions"}
            or line["type"] != "receipt" or not isinstance(ids, list)
            or len(ids) > MAX_RECEIPT_VERSIONS
            or not all(isinstance(i, str) and 0 < len(i) <= 64 for i in ids)):
        raise BundleRejected("records", "receipt_malformed")
    return ids


def mark_delivered(session: Session, ids: list[str]) -> int:
    """Observer: mark our own exported versions as held by the office; returns how many.
    Call inside the import's transaction."""
    delivered_at = utc_now()
    before = session.conn.total_changes
    session.conn.execute(
        "UPDATE versions SET delivered_at = ? WHERE delivered_at IS NULL AND author = ?"
        " AND exported_in IS NOT NULL AND id IN (SELECT value FROM json_each(?))",
        (delivered_at, session.identity.fingerprint, json.dumps(ids)),
    )
    return session.conn.total_changes - before
