"""The office's vocabulary reaches observers signed, inside its rosters and receipts; an
observer takes only a newer one from its pinned office; the office refuses codes it never
issued and counts retired ones (issue 14)."""

from __future__ import annotations

import copy
from pathlib import Path

from support import MINIMAL_RECORD, dump_database

from fieldapp.cli.messages import with_reasons
from fieldapp.domain import vocabulary_doc
from fieldapp.domain.taxonomy import Term
from fieldapp.reports.statistics import compute_report
from fieldapp.services import importing, receipts, records, roster, vocabulary
from fieldapp.services.session import Session
from fieldapp.store import identity as identity_store
from fieldapp.store import vocabulary as vocabulary_store
from sync import bundle
from sync.age import X25519Recipient
from tests.exchange.conftest import World, export_path

BAN = {"en": "Travel ban", "ru": "Запрет на выезд", "kk": "Шетелге шығуға тыйым"}
LIFTED = {"en": "Travel ban lifted", "ru": "Запрет на выезд снят",
          "kk": "Шетелге шығуға тыйым алынды"}


def roster_for(world: World, observer: Session) -> Path:
    out = world.usb / "roster"
    out.mkdir(exist_ok=True)
    for path in out.iterdir():
        path.unlink()
    for path in roster.publish_roster(world.office, out):
        report = importing.import_bundle(observer, path)
        if report.status == "accepted":
            return path
    raise AssertionError("no roster bundle was meant for this observer")


def signed_by(world: World, signer: Session, line: dict, name: str,
              kind: str = "roster", sequence: int = 99) -> Path:
    """A roster-shaped bundle `signer` signs and encrypts to Alice, carrying a roster at
    `sequence` and `line`."""
    document = {"format": roster.ROSTER_FORMAT, "version": sequence,
                "issued_at": "2026-01-01T00:00:00Z",
                "office": {"name": "x", "fingerprint": signer.identity.fingerprint},
                "recipients": [identity_store.age_identity(world.office.conn).recipient()
                               .to_string()], "observers": []}
    manifest = {"format": bundle.FORMAT, "version": bundle.FORMAT_VERSION, "kind": kind,
                "bundle_id": f"0f0f0f0f-0000-4000-8000-{sequence:012d}",
                "sender": signer.identity.fingerprint,
                "recipient": world.alice.identity.fingerprint, "sequence": sequence,
                "created_at": "2026-01-01T00:00:00Z", "versions": 0, "attachments": 0,
                "cases": 0, "vocabulary": 0}
    lines = (bundle.canonical({"type": "roster", "document": document}) + b"\n"
             + bundle.canonical(line) + b"\n")
    recipient = identity_store.age_identity(world.alice.conn).recipient()
    path = world.usb / name
    with path.open("wb") as sink:
        bundle.write_bundle(sink, manifest, lines, [], identity_store.signing_key(signer.conn),
                            [X25519Recipient.from_string(recipient.to_string())] * 2)
    return path


def test_new_codes_travel_to_the_observer_and_back_into_the_office_figures(
        world: World) -> None:
    vocabulary.add_term(world.office, "threat_type", "travel_ban", BAN, block="administrative")
    vocabulary.add_term(world.office, "outcome", "travel_ban_lifted", LIFTED)
    assert world.office.taxonomy.version == 3
    assert "travel_ban" not in world.alice.taxonomy["threat_type"]

    path = roster_for(world, world.alice)
    report = importing.import_bundle(world.alice, path)
    assert report.status == "duplicate"  # already taken by roster_for
    assert world.alice.taxonomy.version == 3
    assert world.alice.taxonomy["threat_type"].get("travel_ban").labels == BAN
    # The observer uses the new codes at once, and the office counts them.
    records.add_records(world.alice, [{**MINIMAL_RECORD, "threat_type": "travel_ban",
                                       "outcome": "travel_ban_lifted"}])
    imported = importing.import_bundle(world.office, export_path(world.alice, world.usb))
    assert imported.status == "accepted", imported
    figures = compute_report(world.office)
    assert figures["by_type"]["travel_ban"] == 1
    assert figures["recourses_by_type"]["travel_ban_lifted"] == 1
    assert figures["by_block"]["administrative"] == 1


def test_a_receipt_carries_the_vocabulary_too(world: World) -> None:
    records.add_records(world.alice, [MINIMAL_RECORD])
    assert importing.import_bundle(world.office, export_path(world.alice, world.usb)).status \
        == "accepted"
    vocabulary.add_term(world.office, "sector", "mining", {"en": "Mining", "ru": "Добыча",
                                                            "kk": "Тау-кен өндірісі"})
    out = world.usb / "receipts"
    out.mkdir()
    (written,) = [w for w in receipts.write_receipts(world.office, out)
                  if w.observer == world.alice.identity.name]
    report = importing.import_bundle(world.alice, written.path)
    assert (report.status, report.vocabulary) == ("accepted", 2)
    assert "mining" in world.alice.taxonomy["sector"]


def test_a_retired_code_still_arrives_and_counts_at_the_office(world: World) -> None:
    records.add_records(world.alice, [{**MINIMAL_RECORD, "sectors": ["coal"]}])
    vocabulary.retire(world.office, "sector", "coal")
    report = importing.import_bundle(world.office, export_path(world.alice, world.usb))
    assert report.status == "accepted", report
    assert compute_report(world.office)["by_sector"]["coal"] == 1


def test_a_bundle_with_a_code_the_office_never_issued_is_refused_naming_it(
        world: World) -> None:
    # Alice's own vault knows a code the office never issued (an edited installation).
    vocabulary_store.add(world.alice.conn, "sector", Term(
        "smuggling", {"en": "Smuggling", "ru": "Контрабанда", "kk": "Контрабанда"}), 1)
    vocabulary.reload(world.alice)
    records.add_records(world.alice, [{**MINIMAL_RECORD, "sectors": ["smuggling"]}])
    before = dump_database(world.office.conn)
    report = importing.import_bundle(world.office, export_path(world.alice, world.usb))
    assert (report.status, report.code) == ("rejected", "code_never_issued")
    assert report.params["value"] == "smuggling" and report.params["field"] == "sectors[0]"
    (worded,) = with_reasons([report])
    assert worded.reason is not None and "'smuggling'" in worded.reason
    assert dump_database(world.office.conn) == before


def test_an_update_signed_by_anyone_but_the_office_is_refused(world: World) -> None:
    forged = copy.deepcopy(vocabulary.bundle_line(world.alice))
    forged["document"]["version"] = 50
    forged["document"]["vocabularies"]["sector"].append(
        {"code": "forged", "labels": {"en": "F", "ru": "Ф", "kk": "Ф"}})
    before = dump_database(world.alice.conn)
    report = importing.import_bundle(world.alice, signed_by(world, world.bob, forged, "f.age"))
    assert (report.status, report.check) == ("rejected", "signature")
    assert dump_database(world.alice.conn) == before
    assert "forged" not in world.alice.taxonomy["sector"]


def test_an_older_vocabulary_is_not_taken_and_a_malformed_one_is_refused(
        world: World) -> None:
    vocabulary.add_term(world.office, "sector", "mining", {"en": "Mining", "ru": "Добыча",
                                                            "kk": "Тау-кен өндірісі"})
    vocabulary.add_term(world.office, "sector", "fishing", {"en": "Fishing", "ru": "Рыболовство",
                                                             "kk": "Балық аулау"})
    roster_for(world, world.alice)
    assert world.alice.taxonomy.version == 3
    older = {"type": "vocabulary", "document": vocabulary_doc.to_document(world.alice.taxonomy)}
    older["document"]["version"] = 2
    older["document"]["vocabularies"]["sector"] = [
        t for t in older["document"]["vocabularies"]["sector"] if t["code"] != "fishing"]
    report = importing.import_bundle(world.alice, signed_by(world, world.office, older,
                                                            "old.age"))
    assert (report.status, report.vocabulary) == ("accepted", None)
    assert world.alice.taxonomy.version == 3 and "fishing" in world.alice.taxonomy["sector"]
    for damage, name in ((lambda d: d.update(version=True), "b.age"),
                         (lambda d: d["vocabularies"].pop("region"), "c.age"),
                         (lambda d: d["vocabularies"]["sector"][0]["labels"].pop("kk"), "d.age"),
                         (lambda d: d["vocabularies"]["threat_type"][0].update(block="x"),
                          "e.age")):
        bad = {"type": "vocabulary",
               "document": vocabulary_doc.to_document(world.office.taxonomy)}
        bad["document"]["version"] = 10
        damage(bad["document"])
        before = dump_database(world.alice.conn)
        report = importing.import_bundle(world.alice, signed_by(
            world, world.office, bad, name, sequence=100 + len(name) + ord(name[0])))
        assert (report.status, report.code) == ("rejected", "vocabulary_malformed"), name
        assert dump_database(world.alice.conn) == before
