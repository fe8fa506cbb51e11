"""The hash-chained audit log: everything done to the vault, and any tampering shows."""

from __future__ import annotations

import itertools
from collections.abc import Callable

import pytest
from support import MINIMAL_RECORD, OTHER_PASSPHRASE, full_record

from fieldapp.errors import InvalidInput
from fieldapp.services import attachments, records
from fieldapp.services.session import Session, change_passphrase, verify_audit
from fieldapp.store import audit
from fieldapp.store.keyfile import KdfParams


@pytest.fixture
def busy(session: Session, fast_params: KdfParams, canary: Callable[[str], str]) -> Session:
    """A vault with one of everything a user does, secret words in every field (the
    `session` observer has enrolled its office first, so its log starts with peer.add)."""
    record_id = records.add_record(session, full_record(
        title=canary("title"), sources=[{"name": canary("source")}]
    ))
    records.add_records(session, [MINIMAL_RECORD, MINIMAL_RECORD])
    records.edit_record(session, record_id, {"description": canary("description")})
    attachments.attach_bytes(session, record_id, canary("file") + ".txt", b"x")
    records.delete_record(session, record_id)
    change_passphrase(session, OTHER_PASSPHRASE, fast_params)
    return session


def test_every_action_is_logged_in_order_with_a_chain_of_hashes(busy: Session) -> None:
    entries = audit.entries(busy.conn)
    assert [e.action for e in entries] == [
        "vault.create", "peer.add", "record.add", "record.add", "record.add", "record.edit",
        "attachment.add", "record.delete", "vault.passphrase_changed",
    ]
    assert [e.seq for e in entries] == list(range(1, 10))
    assert entries[0].prev_hash == audit.GENESIS
    assert all(e.prev_hash == before.hash for before, e in itertools.pairwise(entries))
    assert all(e.actor == busy.identity.fingerprint for e in entries)
    assert verify_audit(busy) == (9, [])


def test_the_log_names_ids_never_content(busy: Session, canary: Callable[[str], str]) -> None:
    for entry in audit.entries(busy.conn):
        assert canary("") not in f"{entry.actor} {entry.action} {entry.target}"


def test_an_edited_entry_is_detected(busy: Session) -> None:
    busy.conn.execute("UPDATE audit_log SET action = 'record.view' WHERE seq = 5")
    count, problems = verify_audit(busy)
    assert count == 9
    assert problems == ["entry 5 was edited after it was written"]


def test_an_entry_edited_with_its_own_hash_recomputed_breaks_the_next_link(
    busy: Session,
) -> None:
    entry = audit.entries(busy.conn)[3]
    forged = audit.entry_hash(entry.prev_hash, entry.seq, entry.at, entry.actor,
                              "record.view", entry.target)
    busy.conn.execute(
        "UPDATE audit_log SET action = 'record.view', hash = ? WHERE seq = 4", (forged,)
    )
    assert verify_audit(busy)[1] == ["entry 5 does not follow the entry before it"]


def test_a_removed_middle_entry_is_detected(busy: Session) -> None:
    busy.conn.execute("DELETE FROM audit_log WHERE seq = 4")
    count, problems = verify_audit(busy)
    assert count == 8
    assert "entries 4 to 4 are missing" in problems
    assert "entry 5 does not follow the entry before it" in problems


def test_a_removed_last_entry_is_detected(busy: Session) -> None:
    busy.conn.execute("DELETE FROM audit_log WHERE seq = 9")
    count, problems = verify_audit(busy)
    assert count == 8
    assert problems == ["the log ends at entry 8 but 9 were written"]


def test_removing_the_whole_log_is_detected(busy: Session) -> None:
    busy.conn.execute("DELETE FROM audit_log")
    assert verify_audit(busy) == (0, ["the log ends at entry 0 but 9 were written"])


def test_a_refused_change_leaves_no_entry(session: Session) -> None:
    with pytest.raises(InvalidInput) as caught:
        records.add_record(session, dict(MINIMAL_RECORD, region="narnia"))
    assert [(p.field, p.code) for p in caught.value.problems] == [("region", "unknown_code")]
    assert [e.action for e in audit.entries(session.conn)] == ["vault.create", "peer.add"]


def test_sources_refused_for_want_of_an_office_leave_no_entry(bare_observer: Session) -> None:
    with pytest.raises(InvalidInput) as caught:
        records.add_record(bare_observer, full_record())
    assert [(p.field, p.code) for p in caught.value.problems] == [("sources", "no_source_key")]
    assert [e.action for e in audit.entries(bare_observer.conn)] == ["vault.create"]
