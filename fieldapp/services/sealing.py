"""Sealing sources for the office's source key, and opening them with it."""

from __future__ import annotations

import base64
import json
from typing import Any

from fieldapp.domain.record import content_hash
from fieldapp.errors import FieldappError, InvalidInput, Problem
from fieldapp.services.session import Session
from fieldapp.store import peers as peer_store
from sync import age

SOURCE_RECIPIENT_KEY = "source_recipient"


def office_source_recipient(session: Session) -> age.X25519Recipient | None:
    """Whom sources are sealed to: the office's own key, or the enrolled office's."""
    if session.identity.role == "office":
        row = session.conn.execute(
            "SELECT value FROM meta WHERE key = ?", (SOURCE_RECIPIENT_KEY,)).fetchone()
        return age.X25519Recipient.from_string(row[0]) if row else None
    for peer in peer_store.all_peers(session.conn):
        if peer.role == "office" and not peer.revoked and peer.source_recipient:
            return age.X25519Recipient.from_string(peer.source_recipient)
    return None


def seal(session: Session, sources: list[dict[str, str]]) -> dict[str, Any]:
    """{"sealed": [base64 age file], "count": n}; refuses when there is no office key."""
    recipient = office_source_recipient(session)
    if recipient is None:
        raise InvalidInput([Problem("sources", "no_source_key")])
    plain = json.dumps(sources, ensure_ascii=False, sort_keys=True).encode()
    sealed = age.encrypt_bytes(plain, [recipient, recipient])
    return {"sealed": [base64.b64encode(sealed).decode("ascii")], "count": len(sources)}


def combine(existing: Any, added: dict[str, Any]) -> dict[str, Any]:
    """Sources added to a record that already has sealed ones: both blobs are kept."""
    if not isinstance(existing, dict) or not existing.get("sealed"):
        return added
    return {"sealed": [*existing["sealed"], *added["sealed"]],
            "count": existing["count"] + added["count"]}


def sealed_count(sources: Any) -> int:
    if isinstance(sources, dict):
        return int(sources.get("count", 0))
    return len(sources or [])


def unseal(sources: Any, identity: age.X25519Identity) -> list[dict[str, str]]:
    if not isinstance(sources, dict):
        return list(sources or [])
    found: list[dict[str, str]] = []
    for blob in sources.get("sealed", []):
        try:
            plain = age.decrypt_bytes(base64.b64decode(blob), [identity])
        except age.NoIdentityMatchError:
            raise FieldappError("wrong_source_key") from None
        except (age.AgeError, ValueError):
            raise FieldappError("sealed_sources_damaged") from None
        found.extend(json.loads(plain))
    return found


def seal_legacy_sources(session: Session) -> int:
    """Seal sources that versions saved before sealing existed still hold in plain text.

    Such a version was only ever local or sent inside an encrypted bundle; rewriting it in
    place (with its hash recomputed) lets it travel and removes the names from this vault.
    Returns how many versions were sealed; does nothing until an office key is known.
    """
    if office_source_recipient(session) is None:
        return 0
    rows = session.conn.execute(
        "SELECT id, content, sources FROM versions WHERE sources LIKE '[{%'").fetchall()
    if not rows:
        return 0
    with session.transaction() as conn:
        for version_id, content, sources in rows:
            plain = json.loads(sources)
            if not isinstance(plain, list) or not plain or content is None:
                continue
            sealed = seal(session, plain)
            record = {**json.loads(content), "sources": sealed}
            conn.execute("UPDATE versions SET sources = ?, content_hash = ? WHERE id = ?",
                          (json.dumps(sealed), content_hash(record), version_id))
        session.log(conn, "sources.seal_legacy", str(len(rows)))
    return len(rows)
