"""Sealed sources: who told the observer is sealed for the office's source key the moment a
record is saved; the observer's vault keeps a count only, and the office reads the sources
with the source key, its passphrase, and an entry in the audit log."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from support import (
    FULL_RECORD,
    MINIMAL_RECORD,
    OTHER_PASSPHRASE,
    PASSPHRASE,
    SOURCE_PASSPHRASE,
    dump_database,
    enrol,
    file_digests,
    full_record,
    make_office,
    raises_code,
    raises_problem,
    run_cli,
)
from test_migrations import old_vault, write_record

from fieldapp.cli.messages import problem_sentence
from fieldapp.errors import BadPassphrase, FieldappError, InvalidInput
from fieldapp.services import export, importing, records
from fieldapp.services.session import Session, unlock
from fieldapp.services.sources import create_source_key, show_sources
from fieldapp.store import audit
from fieldapp.store import records as record_store
from fieldapp.store.keyfile import KDF_FLOOR
from fieldapp.store.records import RecordQuery
from tests.exchange.conftest import open_bundle

SHOWN = {"count": 1, "sealed_for": "office"}


def canary_sources(canary: Callable[[str], str]) -> list[dict[str, str]]:
    return [{"name": canary("sourcename"), "contact": canary("sourcecontact"),
             "note": canary("sourcenote")}]


def secrets_of(canary: Callable[[str], str]) -> list[str]:
    return [canary("sourcename"), canary("sourcecontact"), canary("sourcenote")]


def stored_sources(session: Session, record_id: str) -> Any:
    _, stored = record_store.head(session.conn, record_id)
    assert stored is not None
    return stored["sources"]


def version_count(session: Session) -> int:
    return session.conn.execute("SELECT count(*) FROM versions").fetchone()[0]


def actions(session: Session) -> list[str]:
    return [e.action for e in audit.entries(session.conn)]


def deliver(observer: Session, office: Session, usb: Path) -> None:
    """The observer's new versions reach the office in a bundle, as on a USB stick."""
    result = export.export_bundle(observer, usb)
    assert result is not None
    report = importing.import_bundle(office, result.path)
    assert report.status == "accepted", report


@pytest.fixture
def office_and_observer(
    session: Session, office_with_source_key: tuple[Session, Path]
) -> tuple[Session, Session, Path]:
    """The office and its observer, each enrolled by the other, and the source key's path."""
    office, key = office_with_source_key
    enrol(office, session)
    return office, session, key


# --- no office, no sources ------------------------------------------------------------------


def test_saving_sources_before_enrolling_an_office_is_refused_and_stores_nothing(
    bare_observer: Session,
) -> None:
    before = (version_count(bare_observer), actions(bare_observer))
    with pytest.raises(InvalidInput) as caught:
        records.add_records(bare_observer, [MINIMAL_RECORD, FULL_RECORD])
    assert caught.value.exit_code == 2
    [problem] = caught.value.problems
    assert (problem.field, problem.code, problem.params) == ("sources", "no_source_key", {})
    assert problem_sentence(problem).startswith("sources: cannot be saved yet")  # the CLI's
    assert "office" in problem_sentence(problem)
    assert (version_count(bare_observer), actions(bare_observer)) == before
    assert records.list_records(bare_observer, RecordQuery()) == []
    assert FULL_RECORD["sources"][0]["name"].encode() not in dump_database(bare_observer.conn)
    # A record without sources is saved; sources cannot be added to it by an edit either.
    record_id = records.add_record(bare_observer, MINIMAL_RECORD)
    with raises_problem("sources", "no_source_key"):
        records.edit_record(bare_observer, record_id, {"sources": FULL_RECORD["sources"]})
    assert records.show_record(bare_observer, record_id)["sources"] == {
        "count": 0, "sealed_for": "office"}


def test_an_office_without_a_source_key_cannot_be_sealed_for(
    bare_observer: Session, tmp_path: Path
) -> None:
    office = make_office(tmp_path / "keyless-office", None)
    try:
        enrol(bare_observer, office)
        with raises_problem("sources", "no_source_key"):
            records.add_record(bare_observer, FULL_RECORD)
        # The office itself cannot save sources before it has a source key either.
        with raises_problem("sources", "no_source_key"):
            records.add_record(office, FULL_RECORD)
    finally:
        office.lock()
    assert records.list_records(bare_observer, RecordQuery()) == []


def test_an_office_with_a_source_key_seals_its_own_records_too(
    office_with_source_key: tuple[Session, Path],
) -> None:
    office, key = office_with_source_key
    record_id = records.add_record(office, FULL_RECORD)
    assert records.show_record(office, record_id)["sources"] == SHOWN
    assert stored_sources(office, record_id)["count"] == 1
    assert show_sources(office, record_id, key, SOURCE_PASSPHRASE) == FULL_RECORD["sources"]


def test_a_source_key_is_never_overwritten(office_with_source_key: tuple[Session, Path]) -> None:
    _, key = office_with_source_key
    before = key.read_bytes()
    with raises_code(FieldappError, "source_key_exists", path=str(key)):
        create_source_key(key, SOURCE_PASSPHRASE, KDF_FLOOR)
    assert key.read_bytes() == before


# --- what the observer's vault holds and shows ---------------------------------------------


def test_the_vault_stores_sealed_age_files_and_a_count(
    session: Session, canary: Callable[[str], str]
) -> None:
    record_id = records.add_record(session, full_record(sources=canary_sources(canary) * 2))
    sealed = stored_sources(session, record_id)
    assert set(sealed) == {"sealed", "count"} and sealed["count"] == 2
    assert len(sealed["sealed"]) == 1
    blob = base64.b64decode(sealed["sealed"][0], validate=True)
    assert blob.startswith(b"age-encryption.org/v1\n")
    assert not any(secret.encode() in blob for secret in secrets_of(canary))
    assert records.show_record(session, record_id)["sources"] == {
        "count": 2, "sealed_for": "office"}


def test_an_observer_vault_never_exposes_a_source_after_saving(
    office_and_observer: tuple[Session, Session, Path], canary: Callable[[str], str],
    tmp_path: Path,
) -> None:
    office, observer, _ = office_and_observer
    record_id = records.add_record(observer, full_record(
        title=f"Threat {canary('title')}", sources=canary_sources(canary)))
    records.edit_record(observer, record_id, {"locality": canary("locality")})
    secrets = secrets_of(canary)

    shown = records.show_record(observer, record_id)
    assert shown["sources"] == SHOWN
    listed = [records.show_record(observer, s.id, with_sources=False)
              for s in records.list_records(observer, RecordQuery())]
    assert [r["id"] for r in listed] == [record_id] and "sources" not in listed[0]
    found = {s.id for s in records.list_records(observer, RecordQuery(text=canary("title")))}
    assert found == {record_id}
    for secret in secrets:
        assert records.list_records(observer, RecordQuery(text=secret)) == []
    assert not [s for s in secrets if s in json.dumps([shown, listed], ensure_ascii=False)]

    # Nowhere in any table of the unlocked vault (the dump does see what is not sealed).
    dumped = dump_database(observer.conn)
    assert canary("title").encode() in dumped and canary("locality").encode() in dumped
    assert not [s for s in secrets if s.encode() in dumped]

    # Not in the bundle either, even opened with the office's key: the sources travel sealed.
    result = export.export_bundle(observer, tmp_path / "usb")
    assert result is not None
    bundle_bytes = result.path.read_bytes()
    opened = open_bundle(bundle_bytes, office)
    assert canary("title").encode() in opened.payload
    for data in (bundle_bytes, opened.plaintext, opened.payload):
        assert not [s for s in secrets if s.encode() in data]
    sent = [line["record"] for line in opened.lines if line.get("record_id") == record_id]
    assert len(sent) == 2  # the first version and the edit
    assert [r["sources"]["count"] for r in sent] == [1, 1]
    assert [set(r["sources"]) for r in sent] == [{"sealed", "count"}] * 2


# --- editing ---------------------------------------------------------------------------------


def test_an_edit_replaces_the_sealed_sources_only_when_given_a_list(
    office_and_observer: tuple[Session, Session, Path], tmp_path: Path
) -> None:
    office, observer, key = office_and_observer
    record_id = records.add_record(observer, FULL_RECORD)
    first = stored_sources(observer, record_id)
    shown = records.show_record(observer, record_id)
    # The record as shown, its summary included, fed back in: nothing changes.
    assert records.edit_record(observer, record_id, shown) == shown["version"]
    # Other fields changed, no sources given: the same sealed sources carry over.
    records.edit_record(observer, record_id, {"title": "Renamed"})
    assert stored_sources(observer, record_id) == first
    records.edit_record(observer, record_id, dict(shown, locality="Esik"))
    assert stored_sources(observer, record_id) == first
    # A list replaces the whole sealed set.
    records.edit_record(observer, record_id, {"sources": [{"name": "Neighbour K"}]})
    second = stored_sources(observer, record_id)
    assert second["count"] == 1 and second["sealed"] != first["sealed"]
    deliver(observer, office, tmp_path / "usb")
    assert show_sources(office, record_id, key, SOURCE_PASSPHRASE) == [
        {"name": "Neighbour K", "contact": "", "note": ""}]  # as validated: blanks are ""
    # An empty list removes them.
    records.edit_record(observer, record_id, {"sources": []})
    assert stored_sources(observer, record_id) == []
    assert records.show_record(observer, record_id)["sources"] == {
        "count": 0, "sealed_for": "office"}


def test_the_window_adds_sources_to_the_sealed_ones(
    office_and_observer: tuple[Session, Session, Path], tmp_path: Path
) -> None:
    office, observer, key = office_and_observer
    record_id = records.add_record(observer, FULL_RECORD)
    first = stored_sources(observer, record_id)
    added = [{"name": "Driver T", "contact": "+7 701 111 1111", "note": None}]
    records.edit_record(observer, record_id, {"sources": added}, add_sources=True)
    both = stored_sources(observer, record_id)
    assert both["count"] == 2 and both["sealed"][0] == first["sealed"][0]
    assert records.show_record(observer, record_id)["sources"] == {
        "count": 2, "sealed_for": "office"}
    deliver(observer, office, tmp_path / "usb")
    names = [s["name"] for s in show_sources(office, record_id, key, SOURCE_PASSPHRASE)]
    assert names == ["Informant N", "Driver T"]


# --- the office reads them with the source key ----------------------------------------------


def test_the_office_reads_sources_only_with_the_source_key_and_its_passphrase(
    office_and_observer: tuple[Session, Session, Path], canary: Callable[[str], str],
    tmp_path: Path,
) -> None:
    office, observer, key = office_and_observer
    record_id = records.add_record(observer, full_record(sources=canary_sources(canary)))
    deliver(observer, office, tmp_path / "usb")
    # Merged at the office the sources stay sealed: shown, listed and searched as a count.
    assert records.show_record(office, record_id)["sources"] == SHOWN
    for secret in secrets_of(canary):
        assert records.list_records(office, RecordQuery(text=secret)) == []
    assert not [s for s in secrets_of(canary) if s.encode() in dump_database(office.conn)]
    before = actions(office)

    with raises_code(BadPassphrase, "bad_passphrase"):
        show_sources(office, record_id, key, OTHER_PASSPHRASE)
    with raises_code(BadPassphrase, "bad_passphrase"):
        show_sources(office, record_id, key, PASSPHRASE)  # the vault's is not the key's
    other_key = tmp_path / "other" / "source.key"
    create_source_key(other_key, SOURCE_PASSPHRASE, KDF_FLOOR)
    with raises_code(FieldappError, "wrong_source_key"):
        show_sources(office, record_id, other_key, SOURCE_PASSPHRASE)
    with raises_code(FieldappError, "office_only_sources"):
        show_sources(observer, record_id, key, SOURCE_PASSPHRASE)
    assert actions(office) == before  # a refused attempt unsealed nothing

    assert show_sources(office, record_id, key, SOURCE_PASSPHRASE) == canary_sources(canary)
    entries = audit.entries(office.conn)
    assert [e.action for e in entries] == [*before, "sources.unseal"]
    assert entries[-1].target == record_id
    assert entries[-1].actor == office.identity.fingerprint
    assert canary("") not in f"{entries[-1].action} {entries[-1].target}"
    assert records.show_record(office, record_id)["sources"] == SHOWN  # still sealed


# --- the same through the command line ------------------------------------------------------


def test_the_command_line_from_office_key_to_unsealed_sources(
    tmp_path: Path, canary: Callable[[str], str]
) -> None:
    office, observer = tmp_path / "office", tmp_path / "observer"
    key, usb = tmp_path / "usb" / "source.key", tmp_path / "usb"
    source_env = {"FIELDAPP_SOURCE_PASSPHRASE": SOURCE_PASSPHRASE}

    def ok(*args: str | Path, vault: Path, stdin: str | None = None,
           env: dict[str, str] | None = None) -> str:
        done = run_cli(*args, vault=vault, stdin=stdin, env=env)
        assert done.returncode == 0, done.stderr
        return done.stdout

    created = ok("init", "--role", "office", "--name", "Almaty office", "--source-key", key,
                 vault=office, env=source_env)
    assert f"source key written to {key}" in created
    assert key.is_file() and key.stat().st_mode & 0o777 == 0o600
    ok("init", "--role", "observer", "--name", "Aktobe observer", vault=observer)
    cards = {}
    for name, vault in (("office", office), ("observer", observer)):
        cards[name] = tmp_path / f"{name}.card"
        ok("identity", "export", cards[name], vault=vault)
        cards[name + "_fp"] = json.loads(ok("identity", "show", "--json",
                                            vault=vault))["fingerprint"]

    # Before the office is enrolled the observer cannot save sources: exit 2, nothing stored.
    record = full_record(sources=canary_sources(canary))
    before = file_digests(observer)
    refused = run_cli("record", "add", "-", vault=observer, stdin=json.dumps(record))
    assert (refused.returncode, refused.stdout) == (2, "")
    assert refused.stderr.startswith("fieldapp: sources: cannot be saved yet")
    assert file_digests(observer) == before

    ok("peers", "add", cards["office"], "--fingerprint", cards["office_fp"], vault=observer)
    ok("peers", "add", cards["observer"], "--fingerprint", cards["observer_fp"], vault=office)
    [record_id] = ok("record", "add", "-", vault=observer, stdin=json.dumps(record)).split()
    shown = ok("record", "show", record_id, vault=observer)
    assert "sources: 1 sealed for the office" in shown.splitlines()
    assert json.loads(ok("record", "show", record_id, "--json", vault=observer))[
        "sources"] == SHOWN
    assert not [s for s in secrets_of(canary) if s in shown]

    bundle = Path(ok("export", "--out", usb, vault=observer).strip())
    ok("import", bundle, vault=office)
    assert "sources: 1 sealed for the office" in ok("record", "show", record_id,
                                                    vault=office).splitlines()

    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the source passphrase\n", encoding="utf-8")
    before = file_digests(office)
    denied = run_cli("sources", "show", record_id, "--source-key", key,
                     "--source-passphrase-file", wrong, vault=office)
    assert (denied.returncode, denied.stdout) == (1, "")
    assert denied.stderr == "fieldapp: wrong passphrase\n"
    assert file_digests(office) == before
    observer_try = run_cli("sources", "show", record_id, "--source-key", key, vault=observer,
                           env=source_env)
    assert observer_try.returncode == 1 and "only the office" in observer_try.stderr

    right = tmp_path / "right.txt"
    right.write_text(SOURCE_PASSPHRASE + "\n", encoding="utf-8")
    text = ok("sources", "show", record_id[-8:], "--source-key", key,
              "--source-passphrase-file", right, vault=office)
    assert text == "\t".join(secrets_of(canary)) + "\n"
    as_json = ok("sources", "show", record_id, "--source-key", key, "--json", vault=office,
                 env=source_env)
    assert json.loads(as_json) == canary_sources(canary)

    session = unlock(office, PASSPHRASE)
    try:
        unsealed = [e for e in audit.entries(session.conn) if e.action == "sources.unseal"]
        assert [e.target for e in unsealed] == [record_id, record_id]
    finally:
        session.lock()


# --- vaults from before sealing ---------------------------------------------------------------


def test_records_saved_before_sealing_still_reach_the_office(
    office_with_source_key: tuple[Session, Path], tmp_path: Path
) -> None:
    office, key = office_with_source_key
    # An observer vault written by the app before sealing (schema 5), one record not sent yet.
    directory = tmp_path / "old-observer"
    conn = old_vault(directory, 5)
    conn.execute("BEGIN")
    record_id = write_record(conn, FULL_RECORD)
    conn.execute("UPDATE versions SET author = (SELECT fingerprint FROM identity)")
    conn.execute("COMMIT")
    conn.close()
    observer = unlock(directory, PASSPHRASE)
    try:
        enrol(observer, office)
        enrol(office, observer)
        assert records.show_record(observer, record_id)["sources"] == SHOWN
        deliver(observer, office, tmp_path / "usb")
        assert records.show_record(office, record_id)["sources"] == SHOWN
        assert show_sources(office, record_id, key, SOURCE_PASSPHRASE) == FULL_RECORD["sources"]
    finally:
        observer.lock()
