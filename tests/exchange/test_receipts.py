"""Receipts and purge: the office confirms what it holds; the observer keeps only ids."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import dump_database

from fieldapp.errors import NotFound
from fieldapp.reports.statistics import compute_report
from fieldapp.services import export, importing, purge, receipts, records
from fieldapp.services.attachments import attach_bytes
from fieldapp.services.demo import generate_records
from fieldapp.services.session import Session
from fieldapp.store import identity as identity_store
from sync import bundle
from sync.age import X25519Recipient
from tests.exchange.conftest import World


def canary_record(token: str) -> dict[str, object]:
    return {"title": f"Title {token}", "occurred_on": "2023-02-01", "region": "atyrau",
            "locality": f"Place {token}", "threat_type": "intimidation", "sectors": ["oil"],
            "victims": [{"alias": f"Alias {token}"}], "description": f"Story {token}",
            "perpetrators": [{"kind": "company", "name": f"Company {token}"}],
            "sources": [{"name": f"Source {token}", "contact": f"Phone {token}"}]}


def deliver(world: World, observer: Session) -> Path:
    """Export, import at the office, and write the receipt; returns its path."""
    sent = export.export_bundle(observer, world.usb)
    assert sent is not None
    assert importing.import_bundle(world.office, sent.path).status == "accepted"
    out = world.usb / "receipts"
    out.mkdir(exist_ok=True)
    written = receipts.write_receipts(world.office, out)
    (mine,) = [w for w in written if w.observer == observer.identity.name]
    return mine.path


def test_receipt_then_purge_leaves_no_trace_of_the_content(world: World) -> None:
    token = "zqxcanary7"
    (record_id,) = records.add_records(world.alice, [canary_record(token)])
    attach_bytes(world.alice, record_id, f"scan-{token}.txt", f"evidence {token}".encode())
    receipt = deliver(world, world.alice)
    report = importing.import_bundle(world.alice, receipt)
    assert report.status == "accepted" and report.updated == 1
    assert purge.purge_delivered(world.alice) == 1
    with pytest.raises(NotFound) as caught:
        records.show_record(world.alice, record_id)
    assert caught.value.code == "record_purged" and caught.value.params["record_id"] == record_id
    assert records.count_records(world.alice, records.RecordQuery()) == 0
    row = world.alice.conn.execute(
        "SELECT v.id, v.delivered_at FROM records AS r JOIN versions AS v ON v.id = r.head"
        " WHERE r.id = ?", (record_id,)).fetchone()
    assert row[1] is not None  # id, version and delivery date remain
    assert token.encode() not in dump_database(world.alice.conn)
    for path in world.alice.vault.directory.iterdir():
        assert token.encode() not in path.read_bytes()
    # The office still has everything.
    assert records.show_record(world.office, record_id)["title"] == f"Title {token}"


def test_automatic_purge_on_receipt(world: World) -> None:
    records.add_records(world.alice, [canary_record("auto")])
    purge.set_auto_purge(world.alice, True)
    receipt = deliver(world, world.alice)
    report = importing.import_bundle(world.alice, receipt)
    assert report.purged == 1
    assert records.count_records(world.alice, records.RecordQuery()) == 0


def test_a_replayed_receipt_is_refused(world: World) -> None:
    records.add_records(world.alice, [canary_record("replay")])
    receipt = deliver(world, world.alice)
    assert importing.import_bundle(world.alice, receipt).status == "accepted"
    again = importing.import_bundle(world.alice, receipt)
    assert (again.status, again.check, again.code) == ("rejected", "manifest", "receipt_replay")


def test_a_misaddressed_receipt_is_refused(world: World) -> None:
    records.add_records(world.alice, [canary_record("alice")])
    receipt = deliver(world, world.alice)
    report = importing.import_bundle(world.bob, receipt)
    assert report.status == "rejected" and report.check == "decrypt"


def test_a_forged_receipt_is_refused(world: World) -> None:
    """Bob (an observer, not the office) writes a receipt for Alice: refused, nothing marked."""
    (record_id,) = records.add_records(world.alice, [canary_record("forged")])
    sent = export.export_bundle(world.alice, world.usb)
    assert sent is not None
    version = world.alice.conn.execute("SELECT id FROM versions WHERE record_id = ?",
                                       (record_id,)).fetchone()[0]
    manifest = {"format": bundle.FORMAT, "version": bundle.FORMAT_VERSION, "kind": "receipt",
                "bundle_id": "0f0f0f0f-0000-4000-8000-000000000001",
                "sender": world.bob.identity.fingerprint,
                "recipient": world.alice.identity.fingerprint, "sequence": 1,
                "created_at": "2026-01-01T00:00:00Z", "versions": 1, "attachments": 0,
                "cases": 0, "vocabulary": 0}
    lines = bundle.canonical({"type": "receipt", "versions": [version]}) + b"\n"
    recipient = identity_store.age_identity(world.alice.conn).recipient()
    path = world.usb / "forged.age"
    with path.open("wb") as sink:
        bundle.write_bundle(sink, manifest, lines, [], identity_store.signing_key(world.bob.conn),
                            [X25519Recipient.from_string(recipient.to_string())] * 2)
    report = importing.import_bundle(world.alice, path)
    assert report.status == "rejected" and report.check == "signature"
    assert purge.purgeable(world.alice) == []


def office_signed(world: World, kind: str, line: dict, name: str) -> Path:
    """A bundle the office really signs and encrypts to Alice, carrying `line`."""
    manifest = {"format": bundle.FORMAT, "version": bundle.FORMAT_VERSION, "kind": kind,
                "bundle_id": "0f0f0f0f-0000-4000-8000-0000000000" + str(len(name)).zfill(2),
                "sender": world.office.identity.fingerprint,
                "recipient": world.alice.identity.fingerprint, "sequence": 7,
                "created_at": "2026-01-01T00:00:00Z", "versions": 1, "attachments": 0,
                "cases": 0, "vocabulary": 0}
    recipient = identity_store.age_identity(world.alice.conn).recipient()
    path = world.usb / name
    with path.open("wb") as sink:
        bundle.write_bundle(sink, manifest, bundle.canonical(line) + b"\n", [],
                            identity_store.signing_key(world.office.conn),
                            [X25519Recipient.from_string(recipient.to_string())] * 2)
    return path


@pytest.mark.parametrize("version_id", ["not-a-uuid", "x" * 64, "\u001b[2J"])
def test_a_receipt_naming_something_other_than_a_version_id_is_refused(
    world: World, version_id: str
) -> None:
    before = dump_database(world.alice.conn)
    path = office_signed(world, "receipt", {"type": "receipt", "versions": [version_id]},
                         "receipt.age")
    report = importing.import_bundle(world.alice, path)
    assert (report.status, report.check, report.code) == ("rejected", "records",
                                                          "receipt_malformed")
    assert dump_database(world.alice.conn) == before


@pytest.mark.parametrize("issued_at", ["yesterday", 20260101, "2026-01-01T00:00:00Z\u009b"])
def test_a_roster_with_a_malformed_issue_time_is_refused(world: World, issued_at: object) -> None:
    document = {"format": "fieldapp-roster", "version": 7, "issued_at": issued_at,
                "office": {}, "recipients": [identity_store.age_identity(world.office.conn)
                                             .recipient().to_string()], "observers": []}
    before = dump_database(world.alice.conn)
    report = importing.import_bundle(
        world.alice, office_signed(world, "roster", {"type": "roster", "document": document},
                                   "roster.age"))
    assert (report.status, report.code) == ("rejected", "roster_malformed")
    assert dump_database(world.alice.conn) == before


def test_the_office_counts_an_imported_bundle_as_its_observer_does(world: World) -> None:
    """Imported records take the bulk path (insert_new_records); their report facts must be
    those an observer's own writes keep."""
    records.add_records(world.alice, [{**r, "sources": []} for r in generate_records(60)])
    deliver(world, world.alice)
    assert compute_report(world.office) == compute_report(world.alice)
    assert compute_report(world.office)["persons"] > 0
