"""The exchange commands end to end, each in a fresh process as a script would run them.
The vaults are copies of templates made at the KDF floor, so each unlock stays quick."""

from __future__ import annotations

import json
import stat
from pathlib import Path

from support import FULL_RECORD, MINIMAL_RECORD, run_cli

from fieldapp.services import conflicts, importing, inspection, peers, records
from fieldapp.services.importing import ImportReport
from tests.exchange.conftest import Lab, World, export_path, version_count

IDENTITY_KEYS = {"name", "role", "fingerprint", "safety_code", "signing_key", "age_recipient"}


def test_identity_show_json_gives_the_card_fields(lab: Lab) -> None:
    alice = lab.vault("alice")
    done = run_cli("identity", "show", "--json", vault=alice.vault.directory)
    assert done.returncode == 0, done.stderr
    shown = json.loads(done.stdout)
    card = peers.own_card(alice)
    assert set(shown) == IDENTITY_KEYS
    assert shown == {
        "name": "Aktobe observer", "role": "observer", "fingerprint": card.fingerprint,
        "safety_code": card.safety_code, "signing_key": shown["signing_key"],
        "age_recipient": card.age_recipient.to_string(),
    }
    assert shown["signing_key"].startswith("ssh-ed25519 AAAA")
    assert shown["age_recipient"].startswith("age1")


def test_peers_add_refuses_a_wrong_fingerprint_and_adds_nothing(lab: Lab, tmp_path: Path
                                                                ) -> None:
    alice, office, bob = lab.vault("alice"), lab.vault("office"), lab.vault("bob")
    card = tmp_path / "aktobe.card"
    done = run_cli("identity", "export", card, vault=alice.vault.directory)
    assert done.returncode == 0, done.stderr
    assert alice.identity.fingerprint in done.stdout
    wrong = run_cli("peers", "add", card, "--fingerprint", bob.identity.fingerprint,
                    vault=office.vault.directory)
    assert wrong.returncode == 1
    assert "does not match" in wrong.stderr and "nothing was added" in wrong.stderr
    listed = run_cli("peers", "list", "--json", vault=office.vault.directory)
    assert (listed.returncode, json.loads(listed.stdout)) == (0, [])
    right = run_cli("peers", "add", card, "--fingerprint", peers.own_card(alice).safety_code,
                    vault=office.vault.directory)
    assert right.returncode == 0, right.stderr
    assert [p.fingerprint for p in peers.list_peers(office)] == [alice.identity.fingerprint]


def test_export_prints_the_path_then_says_nothing_new(world: World) -> None:
    records.add_records(world.alice, [FULL_RECORD, MINIMAL_RECORD])
    directory = world.alice.vault.directory
    first = run_cli("export", "--out", world.usb, vault=directory)
    assert first.returncode == 0, first.stderr
    printed = Path(first.stdout.strip())
    assert printed.parent == world.usb and printed.is_file()
    assert [p.name for p in world.usb.iterdir()] == [printed.name]
    again = run_cli("export", "--out", world.usb, vault=directory)
    assert again.returncode == 0, again.stderr
    assert "nothing new" in again.stdout
    assert [p.name for p in world.usb.iterdir()] == [printed.name]


def test_import_exit_codes_and_json_report(world: World) -> None:
    records.add_record(world.alice, FULL_RECORD)
    good = export_path(world.alice, world.usb)
    records.add_record(world.bob, MINIMAL_RECORD)
    other = export_path(world.bob, world.usb)
    bad = world.usb / "damaged.age"
    bad.write_bytes(good.read_bytes()[:-1])
    office = world.office.vault.directory
    done = run_cli("import", "--json", good, vault=office)
    assert done.returncode == 0, done.stderr
    [report] = json.loads(done.stdout)
    assert set(report) == set(ImportReport.__dataclass_fields__)
    assert (report["status"], report["sender"], report["new"]) == ("accepted",
                                                                   "Aktobe observer", 1)
    done = run_cli("import", "--json", bad, other, good, vault=office)
    assert done.returncode == 1
    reports = json.loads(done.stdout)
    assert [r["status"] for r in reports] == ["rejected", "accepted", "duplicate"]
    assert reports[0]["check"] == "decrypt" and reports[0]["reason"]
    assert [r["file"] for r in reports] == [str(bad), str(other), str(good)]


def test_conflicts_list_json_and_resolve(world: World) -> None:
    record_id = records.add_record(world.alice, FULL_RECORD)
    importing.import_bundle(world.office, export_path(world.alice, world.usb))
    office_version = records.edit_record(world.office, record_id, {"title": "Office"})
    alice_version = records.edit_record(world.alice, record_id, {"title": "Alice"})
    importing.import_bundle(world.office, export_path(world.alice, world.usb))
    office = world.office.vault.directory
    done = run_cli("conflicts", "list", "--json", vault=office)
    assert done.returncode == 0, done.stderr
    [item] = json.loads(done.stdout)
    assert set(item) == {"id", "winner", "versions"} and item["id"] == record_id
    assert {v["version"] for v in item["versions"]} == {office_version, alice_version}
    assert item["winner"] == item["versions"][0]["version"]
    for side in item["versions"]:
        assert set(side) == {"version", "author", "author_name", "hlc", "created_at",
                             "deleted", "record"}
        assert "sources" not in side["record"]  # informants never leave the record view
    done = run_cli("conflicts", "resolve", record_id[-8:], "--take", alice_version,
                   vault=office)
    assert done.returncode == 0, done.stderr
    assert conflicts.list_conflicts(world.office) == []
    assert records.show_record(world.office, record_id)["title"] == "Alice"


def test_bundle_inspect_without_a_vault_shows_the_outside_only(world: World,
                                                               tmp_path: Path) -> None:
    records.add_record(world.alice, FULL_RECORD)
    path = export_path(world.alice, world.usb)
    outsider = run_cli("bundle", "inspect", path, vault=tmp_path / "no-vault-here",
                       passphrase=None)
    assert outsider.returncode == 0, outsider.stderr
    assert "age-encryption.org/v1" in outsider.stdout
    assert "2 recipient stanzas (X25519, X25519)" in outsider.stdout
    assert "no vault opened" in outsider.stdout
    for secret in (world.alice.identity.name, world.alice.identity.fingerprint):
        assert secret not in outsider.stdout + outsider.stderr
    before = version_count(world.office)
    inside = run_cli("bundle", "inspect", "--json", path, vault=world.office.vault.directory)
    assert inside.returncode == 0, inside.stderr
    shown = json.loads(inside.stdout)["inside"]
    assert shown["opened"] and shown["signer"] == world.alice.identity.fingerprint
    assert (shown["signer_name"], shown["signer_standing"]) == ("Aktobe observer", "enrolled")
    assert shown["manifest"]["versions"] == 1
    assert version_count(world.office) == before  # inspecting imports nothing


def test_audit_keys_writes_private_files_with_a_warning(world: World, tmp_path: Path) -> None:
    review = tmp_path / "review"
    done = run_cli("audit", "keys", "--out", review, vault=world.office.vault.directory)
    assert done.returncode == 0, done.stderr
    assert "WARNING" in done.stderr
    written = [Path(line) for line in done.stdout.split()]
    assert sorted(p.name for p in written) == sorted([inspection.AUDIT_IDENTITY_FILE,
                                                      inspection.ALLOWED_SIGNERS_FILE])
    for path in written:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    assert "AGE-SECRET-KEY-1" in (review / inspection.AUDIT_IDENTITY_FILE).read_text()
    signers = (review / inspection.ALLOWED_SIGNERS_FILE).read_text().splitlines()
    assert sorted(line.split()[0] for line in signers) == sorted(
        [world.alice.identity.fingerprint, world.bob.identity.fingerprint])


def test_audit_keys_never_leave_the_private_key_readable_by_others(world: World,
                                                                   tmp_path: Path) -> None:
    review = tmp_path / "review"
    review.mkdir()
    stale = review / inspection.AUDIT_IDENTITY_FILE
    stale.write_text("old\n", encoding="utf-8")
    stale.chmod(0o644)
    for path in inspection.write_audit_keys(world.office, review):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
