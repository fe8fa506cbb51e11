"""One bundle's failure is that bundle's alone (issue 11, item 3): `import A B C` reports
each bundle; an exception of any kind inside B (RecursionError, MemoryError, OverflowError,
OSError, anything but KeyboardInterrupt and SystemExit) rolls B back and becomes B's
rejection with a sentence, and A and C are imported and reported as usual."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from support import FULL_RECORD, MINIMAL_RECORD, full_record, run_cli

from fieldapp.cli.messages import MESSAGES, message
from fieldapp.errors import FieldappError
from fieldapp.services import importing, records
from fieldapp.store import bundles
from fieldapp.store import identity as identity_store
from fieldapp.store.records import RecordQuery
from tests.exchange.conftest import (
    Forger,
    World,
    export_path,
    open_bundle,
    record_heads,
    vault_digest,
    version_count,
)


def three_bundles(world: World) -> tuple[list[Path], list[str]]:
    """A from Alice, B from Bob, C from Alice again: one new record each."""
    made, ids = [], []
    for observer, record in ((world.alice, FULL_RECORD), (world.bob, MINIMAL_RECORD),
                             (world.alice, full_record(title="Third"))):
        ids.append(records.add_record(observer, record))
        made.append(export_path(observer, world.usb))
    return made, ids


def listed(world: World) -> set[str]:
    return {s.id for s in records.list_records(world.office, RecordQuery())}


def fail_on_call(monkeypatch: pytest.MonkeyPatch, owner: Any, name: str, number: int,
                 error: BaseException) -> None:
    """owner.name raises `error` on its number-th call, and works on every other."""
    real = getattr(owner, name)
    calls = {"n": 0}

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        calls["n"] += 1
        if calls["n"] == number:
            raise error
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, wrapper)


ERRORS = {
    "recursion": (RecursionError("maximum recursion depth exceeded"), "bundle_failed"),
    "memory": (MemoryError(), "bundle_failed"),
    "overflow": (OverflowError("int too large to convert"), "bundle_failed"),
    "value": (ValueError("odd"), "bundle_failed"),
    "key": (KeyError("x"), "bundle_failed"),
    "os": (OSError(5, "Input/output error"), "bundle_unreadable"),
    # A full disk is the bundle's rejection in its own words (and the next bundle's too).
    "disk-full": (FieldappError("disk_full", path="/vault/vault.db"), "disk_full"),
}
# Where B fails: while its records are parsed (nothing written yet), or inside its
# transaction, after its versions were written and before its commit.
PLACES: dict[str, tuple[Callable[[], Any], str, str]] = {
    "parsing": (lambda: importing, "_parse_lines", "records"),
    "merging": (lambda: bundles, "record_import", "records"),
}


@pytest.mark.parametrize("place", sorted(PLACES))
@pytest.mark.parametrize("kind", sorted(ERRORS))
def test_an_exception_in_one_bundle_is_its_rejection_and_the_others_import(
    world: World, monkeypatch: pytest.MonkeyPatch, kind: str, place: str,
) -> None:
    paths, (a, b, c) = three_bundles(world)
    error, code = ERRORS[kind]
    owner, name, check = PLACES[place]
    fail_on_call(monkeypatch, owner(), name, 2, error)
    reports = importing.import_bundles(world.office, paths)
    assert [r.status for r in reports] == ["accepted", "rejected", "accepted"]
    failed = reports[1]
    assert (failed.check, failed.code) == (check, code), failed
    assert (failed.new, failed.updated, failed.in_conflict) == (0, 0, 0)
    assert code in MESSAGES and message(failed.code, failed.params) != failed.code
    if code == "bundle_failed":
        assert failed.params == {"error": type(error).__name__}
    elif code == "bundle_unreadable":
        assert failed.params == {"path": str(paths[1]), "detail": "Input/output error"}
    else:
        assert failed.params == {"path": "/vault/vault.db"}
    assert listed(world) == {a, c}
    assert not world.office.conn.in_transaction
    # Nothing of B was half-written: imported again, it is new, not a duplicate.
    monkeypatch.undo()
    again = importing.import_bundle(world.office, paths[1])
    assert (again.status, again.new) == ("accepted", 1)
    assert listed(world) == {a, b, c}


def test_a_failed_bundle_leaves_the_vault_as_the_others_left_it(
    world: World, monkeypatch: pytest.MonkeyPatch,
) -> None:
    paths, _ = three_bundles(world)
    twin = world.lab.copy_of(world.office, "twin")
    for path in (paths[0], paths[2]):
        assert importing.import_bundle(twin, path).status == "accepted"
    fail_on_call(monkeypatch, bundles, "record_import", 2, MemoryError())
    importing.import_bundles(world.office, paths)
    assert record_heads(world.office) == record_heads(twin)
    assert version_count(world.office) == version_count(twin)


def test_a_keyboard_interrupt_still_stops_the_import_and_rolls_back(
    world: World, monkeypatch: pytest.MonkeyPatch,
) -> None:
    paths, _ = three_bundles(world)
    before = vault_digest(world.office)
    fail_on_call(monkeypatch, bundles, "record_import", 1, KeyboardInterrupt())
    with pytest.raises(KeyboardInterrupt):
        importing.import_bundles(world.office, paths)
    assert vault_digest(world.office) == before


def test_a_purge_failing_after_a_receipt_keeps_the_receipt_applied(
    world: World, monkeypatch: pytest.MonkeyPatch,
) -> None:
    from fieldapp.services import purge, receipts

    records.add_record(world.alice, FULL_RECORD)
    assert importing.import_bundle(world.office,
                                   export_path(world.alice, world.usb)).status == "accepted"
    [written] = receipts.write_receipts(world.office, world.usb)
    purge.set_auto_purge(world.alice, True)
    fail_on_call(monkeypatch, importing, "purge_delivered", 1, OSError(28, "No space left"))
    report = importing.import_bundle(world.alice, written.path)
    assert (report.status, report.kind, report.updated) == ("accepted", "receipt", 1)
    assert (report.code, report.params) == ("purge_failed", {"error": "OSError"})
    assert not world.alice.conn.in_transaction


def test_a_scrub_the_full_disk_left_unfinished_is_said_beside_the_receipt(
    world: World, monkeypatch: pytest.MonkeyPatch,
) -> None:
    from fieldapp.services import purge, receipts

    records.add_record(world.alice, FULL_RECORD)
    assert importing.import_bundle(world.office,
                                   export_path(world.alice, world.usb)).status == "accepted"
    [written] = receipts.write_receipts(world.office, world.usb)
    purge.set_auto_purge(world.alice, True)
    fail_on_call(monkeypatch, importing, "purge_delivered", 1,
                 FieldappError("scrub_unfinished", purged=1, path="/vault/vault.db"))
    report = importing.import_bundle(world.alice, written.path)
    assert (report.status, report.code) == ("accepted", "scrub_unfinished")
    assert message(report.code, report.params).startswith("1 record(s) were purged")


# -- the command line -------------------------------------------------------------------------


def nested_bundle(world: World) -> bytes:
    """A bundle Alice's real key signs whose records.jsonl is one line of JSON nested far
    deeper than any parser's stack: before issue 11 it ended the whole import."""
    records.add_record(world.alice, MINIMAL_RECORD)
    base = export_path(world.alice, world.lab.root).read_bytes()
    forger = Forger(open_bundle(base, world.office),
                    identity_store.signing_key(world.alice.conn),
                    identity_store.age_identity(world.office.conn).recipient())
    depth = 200_000
    return forger.bundle(records=b"[" * depth + b"]" * depth + b"\n")


def test_import_a_b_c_reports_each_when_b_cannot_be_read_or_parsed(world: World) -> None:
    paths, (a, _, c) = three_bundles(world)
    folder = world.usb / "a-folder.age"
    folder.mkdir()
    nested = world.usb / "nested.age"
    nested.write_bytes(nested_bundle(world))
    order = [paths[0], folder, nested, paths[2]]
    done = run_cli("import", *order, vault=world.office.vault.directory)
    assert done.returncode == 1  # as for any import with a rejected bundle
    assert "Traceback" not in done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 4, done.stdout
    assert lines[0].startswith(f"{paths[0]}: accepted")
    assert lines[1].startswith(f"{folder}: rejected at the ")
    assert lines[2].startswith(f"{nested}: rejected at the records check: ")
    assert lines[3].startswith(f"{paths[2]}: accepted")
    assert listed(world) >= {a, c}


def test_import_json_reports_each_bundle_with_a_reason(world: World) -> None:
    paths, _ = three_bundles(world)
    folder = world.usb / "a-folder.age"
    folder.mkdir()
    done = run_cli("import", "--json", paths[0], folder, paths[2],
                   vault=world.office.vault.directory)
    assert done.returncode == 1
    shown = json.loads(done.stdout)
    assert [r["status"] for r in shown] == ["accepted", "rejected", "accepted"]
    assert shown[1]["check"] and shown[1]["reason"] and "\n" not in shown[1]["reason"]
    assert str(folder) in shown[1]["reason"]
