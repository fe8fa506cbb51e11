"""Enrolment by identity cards: what a coordinator sees when cards and fingerprints agree,
disagree, or were tampered with on the way."""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from support import MINIMAL_RECORD, raises_code

from fieldapp.errors import FieldappError
from fieldapp.services import importing, peers, records
from fieldapp.services.session import Session
from sync.age import X25519Identity
from sync.card import CardError, parse_card
from sync.sshkeys import fingerprint, openssh_public_line
from tests.exchange.conftest import Lab, card_bytes, enrol, export_path, link, make_world


def replace_line(card: bytes, key: str, value: str) -> bytes:
    lines = card.decode().splitlines()
    changed = [f"{key}: {value}" if line.startswith(key + ": ") else line for line in lines]
    assert changed != lines
    return ("\n".join(changed) + "\n").encode()


def names(session: Session) -> list[str]:
    return [p.name for p in peers.list_peers(session)]


def test_matching_fingerprint_enrols_with_the_card_contents(lab: Lab) -> None:
    office, alice = lab.vault("office"), lab.vault("alice")
    peer = enrol(office, alice)
    card = peers.own_card(alice)
    assert (peer.name, peer.role, peer.fingerprint) == ("Aktobe observer", "observer",
                                                         alice.identity.fingerprint)
    assert peer.signing_key == openssh_public_line(card.signing_key)
    assert peer.age_recipient == card.age_recipient.to_string()
    assert not peer.revoked
    assert names(office) == ["Aktobe observer"]


def test_mismatching_fingerprint_is_refused_and_nothing_added(lab: Lab) -> None:
    office, alice, bob = lab.vault("office"), lab.vault("alice"), lab.vault("bob")
    card = parse_card(card_bytes(alice))
    for typed in (bob.identity.fingerprint, card.fingerprint[:-1] + "A",
                  peers.own_card(bob).safety_code, "", "12345"):
        if typed == card.fingerprint:
            continue
        with raises_code(FieldappError, "fingerprint_mismatch", fingerprint=card.fingerprint):
            peers.add_peer(office, card, typed)
    assert peers.list_peers(office) == []


@pytest.mark.parametrize("spelling", ["grouped", "digits", "dashes"])
def test_safety_code_is_accepted_in_place_of_the_fingerprint(lab: Lab, spelling: str) -> None:
    office, alice = lab.vault("office"), lab.vault("alice")
    card = parse_card(card_bytes(alice))
    code = card.safety_code  # "12345 67890 12345", as read out on the phone
    typed = {"grouped": code, "digits": code.replace(" ", ""),
             "dashes": code.replace(" ", "-")}[spelling]
    peers.add_peer(office, card, typed)
    assert names(office) == ["Aktobe observer"]


def test_card_with_edited_fingerprint_line_is_refused(lab: Lab) -> None:
    alice, bob = lab.vault("alice"), lab.vault("bob")
    forged = replace_line(card_bytes(alice), "fingerprint", bob.identity.fingerprint)
    with pytest.raises(CardError, match="fingerprint does not belong"):
        parse_card(forged)
    forged = replace_line(card_bytes(alice), "safety-code", "00000 00000 00000")
    with pytest.raises(CardError, match="fingerprint does not belong"):
        parse_card(forged)


def test_card_with_swapped_signing_key_is_refused(lab: Lab) -> None:
    office, alice = lab.vault("office"), lab.vault("alice")
    mallory_key = Ed25519PrivateKey.generate()
    mallory = mallory_key.public_key()
    forged = replace_line(card_bytes(alice), "signing-key", openssh_public_line(mallory))
    with pytest.raises(CardError):
        parse_card(forged)
    # A careful forger re-signs the card with their own key: the card parses, but the
    # fingerprint Alice read out in person does not match it.
    consistent = parse_card(card_bytes(alice))
    consistent = type(consistent)(consistent.name, consistent.role, mallory,
                                  consistent.age_recipient).signed(mallory_key)
    card = parse_card(consistent.to_text().encode())
    with raises_code(FieldappError, "fingerprint_mismatch", fingerprint=card.fingerprint):
        peers.add_peer(office, card, alice.identity.fingerprint)
    assert peers.list_peers(office) == []


def test_card_with_swapped_age_recipient_is_refused(lab: Lab) -> None:
    alice, office = lab.vault("alice"), lab.vault("office")
    attacker = X25519Identity.generate().recipient().to_string()
    forged = replace_line(card_bytes(office), "age-recipient", attacker)
    try:
        card = parse_card(forged)
        peers.add_peer(alice, card, office.identity.fingerprint)
    except (CardError, FieldappError):
        pass
    assert all(p.age_recipient != attacker for p in peers.list_peers(alice))


@pytest.mark.parametrize("host, guest", [("office", "office2"), ("alice", "bob")])
def test_a_vault_enrols_only_the_other_role(lab: Lab, host: str, guest: str) -> None:
    hosting, visiting = lab.vault(host), lab.vault(guest)
    with raises_code(FieldappError, "wrong_peer_role", role=hosting.identity.role,
                     allowed=peers.allowed_peer_role(hosting), card_role=visiting.identity.role):
        enrol(hosting, visiting)
    assert peers.list_peers(hosting) == []


def test_observer_enrols_one_office_until_it_is_revoked(lab: Lab) -> None:
    alice, office, office2 = lab.vault("alice"), lab.vault("office"), lab.vault("office2")
    enrol(alice, office)
    with raises_code(FieldappError, "office_already_enrolled"):
        enrol(alice, office2)
    assert names(alice) == ["Almaty office"]
    peers.revoke_peer(alice, "Almaty office")
    enrol(alice, office2)
    assert peers.office_peer(alice).name == "Shymkent office"


def test_own_card_and_second_enrolment_are_refused(lab: Lab) -> None:
    office, alice = lab.vault("office"), lab.vault("alice")
    enrol(office, alice)
    with raises_code(FieldappError, "already_enrolled", name=alice.identity.name,
                     fingerprint=alice.identity.fingerprint):
        enrol(office, alice)
    with raises_code(FieldappError, "wrong_peer_role"):  # its own card is an office's
        enrol(office, office)
    assert names(office) == ["Aktobe observer"]


def test_revoked_observer_is_listed_as_such_and_its_bundles_refused(lab: Lab) -> None:
    world = make_world(lab)
    records.add_record(world.alice, MINIMAL_RECORD)
    made_before = export_path(world.alice, world.usb)
    revoked = peers.revoke_peer(world.office, "Aktobe observer")
    assert revoked.revoked and revoked.revoked_at
    standing = {p.name: p.revoked for p in peers.list_peers(world.office)}
    assert standing == {"Aktobe observer": True, "Oral observer": False}
    with raises_code(FieldappError, "already_revoked", name="Aktobe observer",
                     revoked_at=revoked.revoked_at):
        peers.revoke_peer(world.office, revoked.fingerprint)
    report = importing.import_bundle(world.office, made_before)
    assert (report.status, report.check) == ("rejected", "signature")
    assert (report.code, report.params) == (
        "revoked_signer", {"name": "Aktobe observer", "revoked_at": revoked.revoked_at})
    # Bob, not revoked, still gets through.
    records.add_record(world.bob, MINIMAL_RECORD)
    assert importing.import_bundle(world.office, export_path(world.bob, world.usb)).status \
        == "accepted"


def test_revoking_an_unknown_name_says_so(lab: Lab) -> None:
    office = lab.vault("office")
    link(office, lab.vault("alice"))
    with raises_code(FieldappError, "no_peer", name="Nobody"):
        peers.revoke_peer(office, "Nobody")


def test_fingerprint_is_what_ssh_keygen_would_print(lab: Lab) -> None:
    card = peers.own_card(lab.vault("alice"))
    assert card.fingerprint == fingerprint(card.signing_key)
    assert card.fingerprint.startswith("SHA256:") and len(card.fingerprint) == 50
