"""The command line, end to end, in separate processes, exactly as scripts use it."""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from photos import photo
from support import (
    FULL_RECORD,
    MINIMAL_RECORD,
    OTHER_PASSPHRASE,
    PASSPHRASE,
    enrol,
    file_digests,
    full_record,
    make_office,
    run_cli,
)

from fieldapp.services import attachments, records
from fieldapp.services.session import Session, create_vault, unlock
from fieldapp.store import records as record_store
from fieldapp.store.keyfile import KDF_FLOOR, read_params
from fieldapp.store.records import RecordQuery

UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
ISO_TIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")


def make_vault(directory: Path, with_office: bool = True) -> Path:
    """A vault made by the library at the KDF floor, so each CLI unlock stays quick; unless
    told otherwise, it has enrolled an office with a source key (made next to it), as an
    observer must before it can save sources."""
    observer = create_vault(directory, "observer", "CLI Observer", PASSPHRASE, KDF_FLOOR)
    if with_office:
        office = make_office(directory.with_name(directory.name + "-office"),
                             directory.with_name(directory.name + "-source.key"))
        enrol(observer, office)
        office.lock()
    observer.lock()
    return directory


@contextmanager
def opened(directory: Path, passphrase: str = PASSPHRASE) -> Iterator[Session]:
    session = unlock(directory, passphrase)
    try:
        yield session
    finally:
        session.lock()


def all_ids(directory: Path) -> list[str]:
    with opened(directory) as session:
        return [s.id for s in records.list_records(session, RecordQuery())]


@pytest.fixture
def vault(tmp_path: Path) -> Path:
    return make_vault(tmp_path / "vault")


@pytest.fixture
def vault_with_record(vault: Path) -> tuple[Path, str]:
    with opened(vault) as session:
        return vault, records.add_record(session, FULL_RECORD)


@pytest.fixture(scope="module")
def populated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    """A vault with three records, for the commands that only read."""
    directory = make_vault(tmp_path_factory.mktemp("populated") / "vault")
    with opened(directory) as session:
        ids = records.add_records(session, [
            FULL_RECORD,
            dict(MINIMAL_RECORD, title="Lawsuit against the trade union", threat_type="lawsuit",
                 occurred_on="2023-01-05"),
            full_record(title="Search of the newsroom", occurred_on="2020-07-01",
                        victims=[{"alias": "Editor Q", "gender": "man"}]),
        ])
    return directory, ids


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


# --- init ------------------------------------------------------------------------------


def test_init_creates_a_vault_and_refuses_to_touch_an_existing_one(tmp_path: Path) -> None:
    directory = tmp_path / "new" / "vault"
    secret = write(tmp_path / "pass.txt", PASSPHRASE + "\nsecond line ignored\n")
    result = run_cli("--passphrase-file", secret, "init", "--role", "observer",
                     "--name", "Aigerim", vault=directory, passphrase=None)
    assert result.returncode == 0, result.stderr
    assert "created observer vault 'Aigerim'" in result.stdout
    assert re.search(r"fingerprint SHA256:[A-Za-z0-9+/]{43}$", result.stdout, re.M)
    assert sorted(p.name for p in directory.iterdir()) == ["vault.db", "vault.key"]
    assert directory.stat().st_mode & 0o777 == 0o700
    assert all(p.stat().st_mode & 0o777 == 0o600 for p in directory.iterdir())
    # Calibrated on this machine, never below the floor.
    assert not read_params((directory / "vault.key").read_bytes()).is_below(KDF_FLOOR)
    before = file_digests(directory)

    again = run_cli("init", "--role", "office", "--name", "Other", vault=directory,
                    passphrase=OTHER_PASSPHRASE)
    assert again.returncode == 1
    assert again.stderr.startswith("fieldapp: a vault already exists in")
    assert file_digests(directory) == before

    listing = run_cli("record", "list", vault=directory)  # the first line was the passphrase
    assert (listing.returncode, listing.stdout, listing.stderr) == (0, "", "")


# --- record add ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("layout", "text"),
    [
        ("one object", json.dumps(FULL_RECORD, indent=2)),
        ("array", json.dumps([FULL_RECORD, MINIMAL_RECORD, MINIMAL_RECORD])),
        ("JSON lines", "\n".join(json.dumps(r) for r in (MINIMAL_RECORD, FULL_RECORD)) + "\n"),
    ],
)
def test_record_add_reads_an_object_an_array_or_json_lines_from_a_file(
    vault: Path, tmp_path: Path, layout: str, text: str
) -> None:
    result = run_cli("record", "add", write(tmp_path / "in.json", text), vault=vault)
    assert (result.returncode, result.stderr) == (0, "")
    printed = result.stdout.splitlines()
    assert len(printed) == {"one object": 1, "array": 3, "JSON lines": 2}[layout]
    assert all(UUID.match(line) for line in printed)
    assert sorted(printed) == sorted(all_ids(vault))


def test_record_add_reads_stdin_with_the_passphrase_from_a_file(
    vault: Path, tmp_path: Path
) -> None:
    secret = write(tmp_path / "pass.txt", PASSPHRASE + "\n")
    result = run_cli("--passphrase-file", secret, "record", "add", "-", vault=vault,
                     passphrase=None, stdin=json.dumps([MINIMAL_RECORD, FULL_RECORD]))
    assert (result.returncode, result.stderr) == (0, "")
    assert sorted(result.stdout.split()) == sorted(all_ids(vault))


def test_a_batch_with_one_bad_record_adds_nothing_and_names_record_and_field(
    vault: Path,
) -> None:
    before = file_digests(vault)
    batch = [MINIMAL_RECORD, dict(MINIMAL_RECORD, sectors=["land", "fishing"], colour="red")]
    result = run_cli("record", "add", "-", vault=vault, stdin=json.dumps(batch))
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert lines[0].startswith("fieldapp: record 1: colour: unknown field; allowed: title,")
    assert lines[1].startswith(
        "fieldapp: record 1: sectors[1]: unknown code 'fishing'; allowed: land, banking, oil,"
    )
    assert len(lines) == 2
    assert file_digests(vault) == before
    assert all_ids(vault) == []


def test_sources_are_refused_until_an_office_is_enrolled_and_nothing_is_stored(
    tmp_path: Path,
) -> None:
    vault = make_vault(tmp_path / "vault", with_office=False)
    before = file_digests(vault)
    result = run_cli("record", "add", "-", vault=vault,
                     stdin=json.dumps([MINIMAL_RECORD, FULL_RECORD]))
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr.startswith("fieldapp: sources: cannot be saved yet"), result.stderr
    assert "office" in result.stderr
    assert file_digests(vault) == before
    assert all_ids(vault) == []
    # Without sources the same observer saves, and may not add them by an edit either.
    added = run_cli("record", "add", "-", vault=vault, stdin=json.dumps(MINIMAL_RECORD))
    assert (added.returncode, added.stderr) == (0, "")
    [record_id] = added.stdout.split()
    before = file_digests(vault)
    edit = run_cli("record", "edit", record_id, "-", vault=vault,
                   stdin=json.dumps({"sources": FULL_RECORD["sources"]}))
    assert (edit.returncode, edit.stdout) == (2, "")
    assert edit.stderr.startswith("fieldapp: sources: cannot be saved yet"), edit.stderr
    assert file_digests(vault) == before


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"title": "unclosed"', "fieldapp: input: malformed JSON"),
        (json.dumps(MINIMAL_RECORD) + "\n{oops}\n", "fieldapp: input: line 2: malformed JSON"),
        (json.dumps(dict(MINIMAL_RECORD, occurred_on="March 2021")),
         "fieldapp: occurred_on: must be a date as YYYY-MM-DD or YYYY-MM, not 'March 2021'"),
        ("", "fieldapp: input: malformed JSON"),
    ],
)
def test_bad_input_exits_2_and_leaves_the_vault_byte_for_byte_unchanged(
    vault_with_record: tuple[Path, str], text: str, message: str
) -> None:
    vault, _ = vault_with_record
    before = file_digests(vault)
    result = run_cli("record", "add", "-", vault=vault, stdin=text)
    assert result.returncode == 2
    assert result.stderr.startswith(message), result.stderr
    assert result.stdout == ""
    assert file_digests(vault) == before


# --- list and show ---------------------------------------------------------------------


def test_record_list_prints_one_line_per_record_newest_first(
    populated: tuple[Path, list[str]],
) -> None:
    directory, ids = populated
    result = run_cli("record", "list", vault=directory)
    assert (result.returncode, result.stderr) == (0, "")
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert [row[0] for row in rows] == [ids[1], ids[0], ids[2]]
    assert rows[1] == [ids[0], "2021-03-14", "almaty_region", "detention", FULL_RECORD["title"]]


def test_record_list_json_shows_records_without_their_sources(
    populated: tuple[Path, list[str]],
) -> None:
    directory, ids = populated
    # The vault may also come from the environment.
    result = run_cli("record", "list", "--json", env={"FIELDAPP_VAULT": str(directory)})
    assert (result.returncode, result.stderr) == (0, "")
    listed = json.loads(result.stdout)
    assert [r["id"] for r in listed] == [ids[1], ids[0], ids[2]]
    assert all("sources" not in r for r in listed)
    assert "Informant N" not in result.stdout
    assert listed[1]["threat_block"] == "criminal" and listed[0]["threat_block"] == "civil"


def test_record_list_query_searches_text_but_never_sources(
    populated: tuple[Path, list[str]],
) -> None:
    directory, ids = populated
    # The passphrase may come on stdin.
    found = run_cli("--passphrase-file", "-", "record", "list", "--query", "editor",
                    vault=directory, passphrase=None, stdin=PASSPHRASE + "\n")
    assert (found.returncode, found.stderr) == (0, "")
    assert [line.split("\t")[0] for line in found.stdout.splitlines()] == [ids[2]]
    by_source = run_cli("record", "list", "--json", "--query", "Informant", vault=directory)
    assert (by_source.returncode, json.loads(by_source.stdout)) == (0, [])


def test_record_show_json_gives_the_whole_record_with_its_metadata(
    populated: tuple[Path, list[str]],
) -> None:
    directory, ids = populated
    result = run_cli("record", "show", ids[0], "--json", vault=directory)
    assert (result.returncode, result.stderr) == (0, "")
    shown = json.loads(result.stdout)
    assert shown["id"] == ids[0]
    assert UUID.match(shown["version"])
    assert shown["author"].startswith("SHA256:")
    assert ISO_TIME.match(shown["created_at"]) and ISO_TIME.match(shown["updated_at"])
    assert shown["threat_block"] == "criminal"
    # Sealed for the office as they were saved: only how many sources there are.
    assert shown["sources"] == {"count": 1, "sealed_for": "office"}
    assert {k: v for k, v in shown.items() if k in FULL_RECORD} == full_record(
        sources=shown["sources"])
    assert set(shown) == set(FULL_RECORD) | {
        "id", "version", "author", "created_at", "updated_at", "threat_block",
        "case", "case_reference", "legal_articles", "outcome_on",
    }
    for secret in FULL_RECORD["sources"][0].values():
        assert secret not in result.stdout


def test_record_show_accepts_a_short_id_and_prints_fields(
    populated: tuple[Path, list[str]],
) -> None:
    directory, ids = populated
    # Ids are time-ordered: records added together share the time and differ in the count
    # after it, so their unique start runs to the 18th character.
    result = run_cli("record", "show", ids[2][:18], vault=directory)
    assert (result.returncode, result.stderr) == (0, "")
    lines = result.stdout.splitlines()
    assert f"id: {ids[2]}" in lines
    assert "title: Search of the newsroom" in lines
    assert "occurred_until: 2021-04" in lines
    assert "sources: 1 sealed for the office" in lines
    assert "Informant N" not in result.stdout and "+7 700" not in result.stdout
    without = run_cli("record", "show", ids[1], vault=directory)
    assert (without.returncode, without.stderr) == (0, "")
    assert "sources: none" in without.stdout.splitlines()


def test_an_unknown_id_is_an_operational_failure(populated: tuple[Path, list[str]]) -> None:
    directory, _ = populated
    result = run_cli("record", "show", str(uuid.uuid4()), vault=directory)
    assert result.returncode == 1
    assert result.stderr.startswith("fieldapp: no record with id ")


# --- edit and delete -------------------------------------------------------------------


def test_record_edit_replaces_only_the_fields_given(
    vault_with_record: tuple[Path, str],
) -> None:
    vault, record_id = vault_with_record
    with opened(vault) as session:
        before = records.show_record(session, record_id)
    changes = {"locality": "Esik", "victims": [{"alias": "Reporter B", "gender": "man"}]}
    result = run_cli("record", "edit", record_id, "-", vault=vault, stdin=json.dumps(changes))
    assert (result.returncode, result.stderr) == (0, "")
    with opened(vault) as session:
        after = records.show_record(session, record_id)
    assert result.stdout.strip() == after["version"] != before["version"]
    assert after["locality"] == "Esik"
    assert after["victims"] == [{"alias": "Reporter B", "gender": "man", "category": None}]
    untouched = set(before) - {"locality", "victims", "version", "updated_at"}
    assert {k: after[k] for k in untouched} == {k: before[k] for k in untouched}
    assert after["sources"] == {"count": 1, "sealed_for": "office"}


def sealed_sources(vault: Path, record_id: str) -> dict[str, object]:
    with opened(vault) as session:
        _, stored = record_store.head(session.conn, record_id)
    assert stored is not None
    return stored["sources"]


def test_record_edit_replaces_the_sealed_sources_only_when_given_a_list(
    vault_with_record: tuple[Path, str],
) -> None:
    vault, record_id = vault_with_record
    first = sealed_sources(vault, record_id)
    # The record as shown, fed back in with one change: its sources summary keeps them.
    shown = json.loads(run_cli("record", "show", record_id, "--json", vault=vault).stdout)
    kept = run_cli("record", "edit", record_id, "-", vault=vault,
                   stdin=json.dumps(dict(shown, locality="Esik")))
    assert (kept.returncode, kept.stderr) == (0, "")
    assert sealed_sources(vault, record_id) == first
    # A list of sources replaces the sealed set, sealed again.
    two = [{"name": "Neighbour K"}, {"contact": "telegram @witness"}]
    replaced = run_cli("record", "edit", record_id, "-", vault=vault,
                       stdin=json.dumps({"sources": two}))
    assert (replaced.returncode, replaced.stderr) == (0, "")
    second = sealed_sources(vault, record_id)
    assert second["count"] == 2 and second["sealed"] != first["sealed"]
    shown = run_cli("record", "show", record_id, vault=vault)
    assert "sources: 2 sealed for the office" in shown.stdout.splitlines()
    assert "Neighbour K" not in shown.stdout and "@witness" not in shown.stdout
    # An empty list removes them.
    emptied = run_cli("record", "edit", record_id, "-", vault=vault,
                      stdin=json.dumps({"sources": []}))
    assert (emptied.returncode, emptied.stderr) == (0, "")
    assert sealed_sources(vault, record_id) == []


def test_an_invalid_edit_exits_2_and_changes_nothing(
    vault_with_record: tuple[Path, str], tmp_path: Path
) -> None:
    vault, record_id = vault_with_record
    before = file_digests(vault)
    changes = write(tmp_path / "edit.json", json.dumps({"threat_type": "arrest"}))
    result = run_cli("record", "edit", record_id, changes, vault=vault)
    assert result.returncode == 2
    assert result.stderr.startswith(
        "fieldapp: threat_type: unknown code 'arrest'; allowed: detention, criminal_charge,"
    )
    assert file_digests(vault) == before


def test_record_delete_removes_the_record_from_show_and_list(
    vault_with_record: tuple[Path, str],
) -> None:
    vault, record_id = vault_with_record
    deleted = run_cli("record", "delete", record_id, vault=vault)
    assert (deleted.returncode, deleted.stdout, deleted.stderr) == (
        0, f"deleted {record_id}\n", ""
    )
    shown = run_cli("record", "show", record_id, vault=vault)
    assert shown.returncode == 1
    assert shown.stderr == f"fieldapp: record {record_id} was deleted\n"
    assert all_ids(vault) == []


# --- attachments -----------------------------------------------------------------------


def test_attach_prints_the_id_and_what_metadata_was_removed(
    vault_with_record: tuple[Path, str], tmp_path: Path
) -> None:
    vault, record_id = vault_with_record
    picture = tmp_path / "IMG_2041.jpg"
    picture.write_bytes(photo("JPEG", "camerasecret"))
    result = run_cli("attach", record_id, picture, vault=vault)
    assert (result.returncode, result.stderr) == (0, "")
    attachment_id, message = result.stdout.splitlines()
    assert UUID.match(attachment_id)
    assert message.startswith("Removed: ")
    assert "GPS" in message and "XMP" in message and "IPTC" in message
    with opened(vault) as session:
        [info] = attachments.list_attachments(session, record_id)
        assert info.id == attachment_id and info.filename == "IMG_2041.jpg"
        assert b"camerasecret" not in attachments.attachment_data(session, attachment_id)


def test_attach_warns_that_other_files_keep_their_metadata(
    vault_with_record: tuple[Path, str], tmp_path: Path
) -> None:
    vault, record_id = vault_with_record
    document = write(tmp_path / "statement.txt", "I saw it happen.\n")
    result = run_cli("attach", record_id[-8:], document, vault=vault)
    assert (result.returncode, result.stderr) == (0, "")
    attachment_id, message = result.stdout.splitlines()
    assert UUID.match(attachment_id)
    assert message.startswith("Warning: ") and "not removed" in message
    with opened(vault) as session:
        assert attachments.attachment_data(session, attachment_id) == b"I saw it happen.\n"


def test_attach_to_an_unknown_record_fails_and_stores_nothing(
    vault: Path, tmp_path: Path
) -> None:
    before = file_digests(vault)
    document = write(tmp_path / "statement.txt", "x")
    result = run_cli("attach", str(uuid.uuid4()), document, vault=vault)
    assert result.returncode == 1
    assert result.stderr.startswith("fieldapp: no record with id")
    assert file_digests(vault) == before


# --- passphrases -----------------------------------------------------------------------


def test_passwd_switches_to_the_new_passphrase(
    vault_with_record: tuple[Path, str], tmp_path: Path
) -> None:
    vault, record_id = vault_with_record
    new = write(tmp_path / "new.txt", OTHER_PASSPHRASE + "\n")
    changed = run_cli("passwd", "--new-passphrase-file", new, vault=vault)
    assert (changed.returncode, changed.stdout, changed.stderr) == (0, "passphrase changed\n", "")

    old = run_cli("record", "list", vault=vault)
    assert (old.returncode, old.stdout, old.stderr) == (1, "", "fieldapp: wrong passphrase\n")

    current = run_cli("record", "show", record_id, "--json", vault=vault,
                      passphrase=OTHER_PASSPHRASE)
    assert current.returncode == 0
    assert json.loads(current.stdout)["title"] == FULL_RECORD["title"]


def test_a_wrong_passphrase_prints_exactly_one_line_and_touches_nothing(
    vault_with_record: tuple[Path, str],
) -> None:
    vault, _ = vault_with_record
    before = file_digests(vault)
    result = run_cli("record", "add", "-", vault=vault, passphrase="not my passphrase",
                     stdin=json.dumps(MINIMAL_RECORD))
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr == "fieldapp: wrong passphrase\n"
    assert file_digests(vault) == before


# --- audit -----------------------------------------------------------------------------


def test_audit_verify_reports_an_intact_log_and_then_a_removed_entry(
    vault_with_record: tuple[Path, str],
) -> None:
    vault, _ = vault_with_record
    intact = run_cli("audit", "verify", vault=vault)
    assert (intact.returncode, intact.stdout, intact.stderr) == (
        0, "audit log intact: 3 entries\n", ""  # vault.create, peer.add, record.add
    )
    with opened(vault) as session:
        records.add_record(session, MINIMAL_RECORD)
        session.conn.execute("DELETE FROM audit_log WHERE seq = 2")
    damaged = run_cli("audit", "verify", vault=vault)
    assert damaged.returncode == 1
    assert damaged.stdout == ""
    assert "fieldapp" not in damaged.stdout
    assert "audit log damaged: entries 2 to 2 are missing" in damaged.stderr.splitlines()


# --- failures and usage ----------------------------------------------------------------


def test_a_missing_vault_is_an_operational_failure_and_creates_nothing(tmp_path: Path) -> None:
    result = run_cli("record", "list", vault=tmp_path / "nowhere")
    assert result.returncode == 1
    assert result.stderr.startswith("fieldapp: no vault in")
    assert "fieldapp init" in result.stderr
    assert not (tmp_path / "nowhere").exists()


@pytest.mark.parametrize(
    "args",
    [
        ("record", "rename", "x"),  # no such action
        ("record", "show"),  # missing id
    ],
)
def test_usage_errors_exit_2(vault: Path, args: tuple[str, ...]) -> None:
    result = run_cli(*args, vault=vault)
    assert result.returncode == 2
    assert "usage: fieldapp" in result.stderr


def test_stdin_cannot_carry_both_the_passphrase_and_the_records(vault: Path) -> None:
    before = file_digests(vault)
    result = run_cli("--passphrase-file", "-", "record", "add", "-", vault=vault,
                     passphrase=None, stdin=PASSPHRASE + "\n" + json.dumps(MINIMAL_RECORD))
    assert result.returncode == 2
    assert result.stderr.startswith("fieldapp: input: stdin ('-') can carry the passphrase")
    assert file_digests(vault) == before


def test_files_saved_with_a_byte_order_mark_are_read_as_typed(
    vault: Path, tmp_path: Path
) -> None:
    # Notepad on Windows may start UTF-8 files with U+FEFF; it is not part of the passphrase.
    secret = tmp_path / "pass.txt"
    secret.write_bytes(b"\xef\xbb\xbf" + PASSPHRASE.encode() + b"\r\n")
    batch = tmp_path / "records.json"
    batch.write_bytes(b"\xef\xbb\xbf" + json.dumps([MINIMAL_RECORD]).encode())
    result = run_cli("--passphrase-file", secret, "record", "add", batch, vault=vault,
                     passphrase=None)
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout.split() == all_ids(vault)


def test_a_passphrase_file_that_is_not_text_is_invalid_input(
    vault: Path, tmp_path: Path
) -> None:
    secret = tmp_path / "pass.bin"
    secret.write_bytes(b"\xff\xfe\x00\x01binary")
    result = run_cli("--passphrase-file", secret, "record", "list", vault=vault,
                     passphrase=None)
    assert result.returncode == 2
    assert result.stderr == f"fieldapp: --passphrase-file: {secret} is not UTF-8 text\n"
