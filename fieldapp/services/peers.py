"""Identities and enrolment: our card, the peers we trust, and revocation."""

from __future__ import annotations

from pathlib import Path

from fieldapp.errors import FieldappError, InvalidInput, NotFound, Problem
from fieldapp.services.session import Session
from fieldapp.services.sources import seal_legacy_sources
from fieldapp.store import identity as identity_store
from fieldapp.store import peers as store
from fieldapp.store.clock import utc_now
from fieldapp.store.peers import Peer
from fieldapp.store.regular_files import read_regular
from fieldapp.store.sources import office_source_recipient
from sync.card import MAX_CARD_BYTES, CardError, IdentityCard, normalise_code, parse_card
from sync.sshkeys import openssh_public_line

SAFETY_CODE_DIGITS = 15  # as sync.card writes it: three groups of five


def card_fields(card: IdentityCard) -> dict[str, str]:
    """A card's public parts as text, as `identity show` prints them."""
    return {"name": card.name, "role": card.role, "fingerprint": card.fingerprint,
            "safety_code": card.safety_code,
            "signing_key": openssh_public_line(card.signing_key),
            "age_recipient": card.age_recipient.to_string()}


def own_card(session: Session) -> IdentityCard:
    conn = session.conn
    key = identity_store.signing_key(conn)
    return IdentityCard(
        name=session.identity.name,
        role=session.identity.role,
        signing_key=key.public_key(),
        age_recipient=identity_store.age_identity(conn).recipient(),
        source_recipient=office_source_recipient(conn, session.identity.role)
        if session.identity.role == "office" else None,
    ).signed(key)


def export_card(session: Session, path: Path) -> IdentityCard:
    card = own_card(session)
    try:
        path.write_text(card.to_text(), encoding="utf-8")
    except OSError as error:
        raise FieldappError("cannot_write", path=str(path), detail=error.strerror) from None
    return card


def read_card(path: Path) -> IdentityCard:
    # A card is a few hundred bytes: a folder, a device or a huge file is refused unread.
    data = read_regular(path, MAX_CARD_BYTES, "card")
    if b"\x00" in data:
        raise InvalidInput([Problem("card", "nul_or_surrogate")])
    try:
        return parse_card(data)
    except CardError as error:
        raise InvalidInput([Problem("card", "bad_card", detail=str(error))]) from None


def typed_digits(typed: str) -> int | None:
    """How many digits a typed safety code has (spaces and dashes aside), or None when it
    is not digits alone (a fingerprint, or nothing)."""
    cleaned = normalise_code(typed)
    return len(cleaned) if cleaned.isdigit() else None


def allowed_peer_role(session: Session) -> str:
    """The office enrols observers; an observer enrols its office."""
    return "observer" if session.identity.role == "office" else "office"


def check_card(session: Session, card: IdentityCard) -> None:
    """Raise what would refuse this card whatever code is typed (a wrong role, our own card,
    one already enrolled), so the window can say so before it asks for the code."""
    if card.role != allowed_peer_role(session):
        raise FieldappError("wrong_peer_role", role=session.identity.role,
                            allowed=allowed_peer_role(session), card_role=card.role)
    if card.fingerprint == session.identity.fingerprint:
        raise FieldappError("own_card")
    conn = session.conn
    if store.by_fingerprint(conn, card.fingerprint) is not None:
        raise FieldappError("already_enrolled", name=card.name, fingerprint=card.fingerprint)
    if card.role == "office" and [p for p in store.all_peers(conn) if not p.revoked]:
        raise FieldappError("office_already_enrolled")


def add_peer(session: Session, card: IdentityCard, typed: str | None) -> Peer:
    """Enrol the card's owner; refused when what the user typed matches neither its
    fingerprint nor its safety code (spaces, dashes and case aside), and nothing is added
    then."""
    if typed is not None and not card.matches(typed):
        raise FieldappError("fingerprint_mismatch", fingerprint=card.fingerprint)
    check_card(session, card)
    peer = Peer(
        fingerprint=card.fingerprint,
        name=card.name,
        role=card.role,
        signing_key=openssh_public_line(card.signing_key),
        age_recipient=card.age_recipient.to_string(),
        source_recipient=card.source_recipient.to_string() if card.source_recipient else None,
        enrolled_at=utc_now(),
        revoked_at=None,
    )
    with session.transaction() as conn:
        store.add(conn, peer)
        session.log(conn, "peer.add", peer.fingerprint)
    if peer.role == "office":
        seal_legacy_sources(session)
    return peer


def list_peers(session: Session) -> list[Peer]:
    return store.all_peers(session.conn)


def find_peer(session: Session, name_or_fingerprint: str) -> Peer:
    matches = store.by_name(session.conn, name_or_fingerprint)
    if not matches:
        raise NotFound("no_peer", name=name_or_fingerprint)
    if len(matches) > 1:
        raise NotFound("ambiguous_peer", name=name_or_fingerprint)
    return matches[0]


def revoke_peer(session: Session, name_or_fingerprint: str) -> Peer:
    """From now on this peer's bundles are refused (a lost or seized laptop)."""
    peer = find_peer(session, name_or_fingerprint)
    if peer.revoked:
        raise FieldappError("already_revoked", name=peer.name, revoked_at=peer.revoked_at)
    with session.transaction() as conn:
        store.revoke(conn, peer.fingerprint, utc_now())
        session.log(conn, "peer.revoke", peer.fingerprint)
    return find_peer(session, peer.fingerprint)


def office_peer(session: Session) -> Peer:
    """The office an observer exports to."""
    offices = [p for p in store.all_peers(session.conn) if p.role == "office" and not p.revoked]
    if not offices:
        raise FieldappError("no_office_enrolled")
    return offices[0]
