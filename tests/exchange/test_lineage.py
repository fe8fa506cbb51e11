"""Authorship of lineage (issue 11, item 1): an observer's bundle edits, deletes and attaches
evidence only to records that observer created. A bundle that touches anyone else's record
is rejected as a whole, at the records check, naming the record, with the office's vault
byte-for-byte as it was.

The hostile bundles are made the way a coerced observer would make them: Bob's own app,
holding a copy of someone else's version (planted in his vault here, as a tampered vault
would hold it), edits, deletes or attaches to it, and exports a bundle his real key signs.
"""

from __future__ import annotations

import json

from support import FULL_RECORD, MINIMAL_RECORD, run_cli

from fieldapp.cli.messages import message
from fieldapp.services import attachments, importing, records
from fieldapp.services.importing import ImportReport
from fieldapp.services.session import Session
from fieldapp.store import records as record_store
from fieldapp.store.records import RecordQuery
from tests.exchange.conftest import World, export_path, record_heads, vault_digest, version_count


def deliver(world: World, observer: Session) -> ImportReport:
    report = importing.import_bundle(world.office, export_path(observer, world.usb))
    assert report.status == "accepted", report
    return report


def plant(observer: Session, source: Session, version_id: str) -> None:
    """Put `source`'s version into the observer's vault as already sent: the observer's app
    can now build on it, and its next export carries only what the observer adds."""
    version, record = record_store.version(source.conn, version_id)
    block = "" if record is None else observer.taxonomy.block_of(record["threat_type"])
    with observer.transaction() as conn:
        record_store.insert_version(conn, version, record, block)
        conn.execute("UPDATE versions SET exported_in = 'planted' WHERE id = ?", (version.id,))


def head_id(session: Session, record_id: str) -> str:
    return record_store.head(session.conn, record_id)[0].id


def reject(world: World, observer: Session, code: str, record_id: str) -> ImportReport:
    """The observer's next bundle must be rejected naming the record; the vault unchanged."""
    path = export_path(observer, world.usb)
    before = vault_digest(world.office)
    heads, versions = record_heads(world.office), version_count(world.office)
    report = importing.import_bundle(world.office, path)
    assert (report.status, report.check, report.code) == ("rejected", "records", code), report
    assert report.params["record_id"] == record_id
    assert record_id in message(report.code, report.params)
    assert (report.new, report.updated, report.unchanged, report.in_conflict) == (0, 0, 0, 0)
    assert vault_digest(world.office) == before, "the vault changed"
    assert (record_heads(world.office), version_count(world.office)) == (heads, versions)
    return report


def alices_delivered_record(world: World) -> str:
    record_id = records.add_record(world.alice, FULL_RECORD)
    deliver(world, world.alice)
    plant(world.bob, world.alice, head_id(world.alice, record_id))
    return record_id


# -- another observer's record --------------------------------------------------------------------


def test_an_edit_of_another_observers_record_is_rejected(world: World) -> None:
    record_id = alices_delivered_record(world)
    records.edit_record(world.bob, record_id, {"title": "Rewritten by someone else"})
    reject(world, world.bob, "foreign_record", record_id)
    assert records.show_record(world.office, record_id)["title"] == FULL_RECORD["title"]


def test_a_deletion_of_another_observers_record_is_rejected(world: World) -> None:
    record_id = alices_delivered_record(world)
    records.delete_record(world.bob, record_id)
    reject(world, world.bob, "foreign_record", record_id)
    assert records.show_record(world.office, record_id)["title"] == FULL_RECORD["title"]


def test_evidence_attached_to_another_observers_record_is_rejected(world: World) -> None:
    record_id = alices_delivered_record(world)
    attachments.attach_bytes(world.bob, record_id, "planted.pdf", b"%PDF-1.4 forged " * 100)
    reject(world, world.bob, "foreign_attachment", record_id)
    assert attachments.list_attachments(world.office, record_id) == []


def test_the_whole_bundle_goes_even_with_the_signers_own_records_in_it(world: World) -> None:
    record_id = alices_delivered_record(world)
    own = records.add_record(world.bob, MINIMAL_RECORD)
    records.edit_record(world.bob, record_id, {"title": "Rewritten by someone else"})
    reject(world, world.bob, "foreign_record", record_id)
    listed = {s.id for s in records.list_records(world.office, RecordQuery())}
    assert own not in listed and record_id in listed


def test_a_copy_of_another_authors_version_relabelled_is_rejected(world: World) -> None:
    # Bob re-sends Alice's version unchanged: the version line claims Bob as its author, and
    # the office already holds that version (same id, same content) from Alice.
    record_id = alices_delivered_record(world)
    with world.bob.transaction() as conn:
        conn.execute("UPDATE versions SET author = ?, exported_in = NULL WHERE record_id = ?",
                     (world.bob.identity.fingerprint, record_id))
    reject(world, world.bob, "foreign_record", record_id)


# -- the office's records and versions -------------------------------------------------------------


def test_an_edit_of_a_record_the_office_created_is_rejected(world: World) -> None:
    record_id = records.add_record(world.office, MINIMAL_RECORD)
    plant(world.bob, world.office, head_id(world.office, record_id))
    records.edit_record(world.bob, record_id, {"title": "Rewritten by an observer"})
    reject(world, world.bob, "foreign_record", record_id)


def test_a_version_descending_from_the_offices_version_is_rejected(world: World) -> None:
    # Bob's own record, which the office then edited: an observer never receives the
    # office's versions, so a version built on one is forged.
    record_id = records.add_record(world.bob, MINIMAL_RECORD)
    deliver(world, world.bob)
    office_version = records.edit_record(world.office, record_id, {"title": "Office's title"})
    plant(world.bob, world.office, office_version)
    edit = records.edit_record(world.bob, record_id, {"title": "Over the office's version"})
    report = reject(world, world.bob, "foreign_parent", record_id)
    assert report.params["version"] == edit


def test_the_offices_own_edits_and_the_authors_later_edits_still_merge(world: World) -> None:
    record_id = records.add_record(world.bob, FULL_RECORD)
    attachments.attach_bytes(world.bob, record_id, "first.pdf", b"%PDF-1.4 first " * 50)
    deliver(world, world.bob)
    records.edit_record(world.office, record_id, {"title": "Office's title"})
    attachments.attach_bytes(world.office, record_id, "office.pdf", b"%PDF-1.4 office " * 50)
    records.edit_record(world.bob, record_id, {"title": "Bob's title"})
    attachments.attach_bytes(world.bob, record_id, "second.pdf", b"%PDF-1.4 second " * 50)
    report = deliver(world, world.bob)
    assert report.in_conflict == 1
    records.delete_record(world.bob, record_id)
    deliver(world, world.bob)
    assert len(attachments.list_attachments(world.office, record_id)) == 3


# -- bundles arriving out of order ----------------------------------------------------------------


def test_a_record_first_claimed_by_another_observer_refuses_its_later_versions(
    world: World,
) -> None:
    # Bob's edit of Alice's record reaches the office before Alice's record does: nothing
    # tells the office yet whose record it is. When Alice's bundle comes, the record holds
    # Bob's version: Alice's bundle is refused, naming the record, for a coordinator to see.
    record_id = records.add_record(world.alice, FULL_RECORD)
    plant(world.bob, world.alice, head_id(world.alice, record_id))
    records.edit_record(world.bob, record_id, {"title": "Claimed first"})
    deliver(world, world.bob)
    reject(world, world.alice, "foreign_record", record_id)


def test_evidence_first_sent_by_another_observer_refuses_the_records_author(
    world: World,
) -> None:
    record_id = records.add_record(world.alice, FULL_RECORD)
    plant(world.bob, world.alice, head_id(world.alice, record_id))
    attachments.attach_bytes(world.bob, record_id, "planted.pdf", b"%PDF-1.4 forged " * 100)
    deliver(world, world.bob)
    reject(world, world.alice, "foreign_record", record_id)


def test_the_authors_own_evidence_and_versions_in_any_order_are_accepted(world: World) -> None:
    record_id = records.add_record(world.alice, FULL_RECORD)
    first = export_path(world.alice, world.usb)
    attachments.attach_bytes(world.alice, record_id, "statement.pdf", b"%PDF-1.4 " * 300)
    records.edit_record(world.alice, record_id, {"title": "Corrected"})
    second = export_path(world.alice, world.usb)
    for path in (second, first):
        assert importing.import_bundle(world.office, path).status == "accepted"
    assert records.show_record(world.office, record_id)["title"] == "Corrected"
    assert len(attachments.list_attachments(world.office, record_id)) == 1


# -- what the command line says ------------------------------------------------------------------


def test_the_command_line_names_the_record(world: World) -> None:
    record_id = alices_delivered_record(world)
    records.edit_record(world.bob, record_id, {"title": "Rewritten by someone else"})
    hostile = export_path(world.bob, world.usb)
    done = run_cli("import", hostile, vault=world.office.vault.directory)
    assert done.returncode == 1
    assert f"rejected at the records check: record {record_id}" in done.stdout
    assert "Traceback" not in done.stdout + done.stderr
    done = run_cli("import", "--json", hostile, vault=world.office.vault.directory)
    [shown] = json.loads(done.stdout)
    assert (shown["status"], shown["check"]) == ("rejected", "records")
    assert record_id in shown["reason"]
