"""Fuzzing a whole import: records.jsonl and the manifest of a bundle that an enrolled
observer's real key signs (a coerced observer can sign anything), some lines perturbed.
Every such bundle must end in a report that a check wrote: accepted, or rejected at a
check with its own code. `bundle_failed` is the net that catches an exception no check
foresaw (issue 11): in this harness it counts as a crash. A rejected bundle leaves the
office's records as they were."""

from __future__ import annotations

import contextlib
import copy
import itertools
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from support import FULL_RECORD, MINIMAL_RECORD, enrol, make_office

from fieldapp.domain.record import content_hash
from fieldapp.services import attachments, export, importing, records
from fieldapp.services.session import Session, create_vault
from fieldapp.store import identity as identity_store
from fieldapp.store.keyfile import KDF_FLOOR
from tests.exchange.conftest import Forger, open_bundle
from tests.fuzz.conftest import FUZZ
from tests.fuzz.strategies import mutated, perturbed

PASSPHRASE = "correct horse battery staple"


@dataclass(repr=False)
class Bench:
    office: Session
    forger: Forger
    work: Path
    counter: Iterator[int]


@pytest.fixture(scope="module")
def bench(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Bench]:
    root = tmp_path_factory.mktemp("fuzz-import")
    office = make_office(root / "office", root / "source.key")
    alice = create_vault(root / "alice", "observer", "Aktobe observer", PASSPHRASE, KDF_FLOOR)
    enrol(office, alice)
    enrol(alice, office)
    first, second = records.add_records(alice, [FULL_RECORD, MINIMAL_RECORD])
    attachments.attach_bytes(alice, second, "note.txt", b"evidence " * 40)
    delivered = export.export_bundle(alice, root)
    assert delivered is not None
    assert importing.import_bundle(office, delivered.path).status == "accepted"
    records.edit_record(alice, first, {"title": "Edited"})
    records.delete_record(alice, second)
    third = records.add_record(alice, MINIMAL_RECORD)
    attachments.attach_bytes(alice, third, "more.txt", b"more evidence " * 40)
    base = export.export_bundle(alice, root)
    assert base is not None
    forger = Forger(open_bundle(base.path.read_bytes(), office),
                    identity_store.signing_key(alice.conn),
                    identity_store.age_identity(office.conn).recipient())
    yield Bench(office, forger, root, itertools.count())
    office.lock()
    alice.lock()


@st.composite
def hostile_contents(draw: st.DrawFn, forger: Forger) -> tuple[dict[str, Any], Any]:
    lines = copy.deepcopy(forger.lines)
    for _ in range(draw(st.integers(1, 2))):
        at = draw(st.integers(0, len(lines) - 1))
        lines[at] = draw(perturbed(lines[at]))
        record = lines[at].get("record") if isinstance(lines[at], dict) else None
        if isinstance(record, dict) and draw(st.booleans()):
            # A consistent hash, so the change reaches past the hash check.
            with contextlib.suppress(TypeError, ValueError):
                lines[at]["content_hash"] = content_hash(record)
    if draw(st.integers(0, 4)) == 0:
        lines.append(lines[draw(st.integers(0, len(lines) - 1))])
    counted = [line for line in lines if isinstance(line, dict)]
    manifest = forger.fresh_manifest(
        versions=sum(1 for line in counted if line.get("type") == "version"),
        attachments=sum(1 for line in counted if line.get("type") == "attachment"))
    if draw(st.integers(0, 5)) == 0:
        manifest = draw(perturbed(manifest))
    return manifest, lines


def escaped(value: Any) -> bytes:
    """JSON as fieldapp writes it where it can be (canonical, UTF-8), else with escapes:
    a lone surrogate or a control character then reaches the parser as JSON carries it."""
    try:
        return json.dumps(value, sort_keys=True, separators=(",", ":"),
                          ensure_ascii=False).encode()
    except UnicodeEncodeError:
        return json.dumps(value, sort_keys=True, separators=(",", ":")).encode()


def escaped_jsonl(lines: list[Any]) -> bytes:
    return b"".join(escaped(line) + b"\n" for line in lines)


def listed(office: Session) -> list[tuple[Any, ...]]:
    return office.conn.execute("SELECT id, head, deleted, in_conflict FROM records"
                               " ORDER BY id").fetchall()


@FUZZ
@given(st.data())
def test_a_signed_hostile_bundle_ends_in_a_checked_report(bench: Bench, data: st.DataObject
                                                          ) -> None:
    manifest, lines = data.draw(hostile_contents(bench.forger))
    records_bytes = escaped_jsonl(lines)
    if data.draw(st.integers(0, 5)) == 0:
        records_bytes = data.draw(mutated(records_bytes))
    sealed = bench.forger.bundle(manifest=escaped(manifest), records=records_bytes)
    path = bench.work / f"hostile-{next(bench.counter)}.age"
    path.write_bytes(sealed)
    before = listed(bench.office)
    report = importing.import_bundle(bench.office, path)
    path.unlink()
    assert report.code not in ("bundle_failed", "bundle_unreadable"), (report.params, report)
    if report.status != "accepted":
        assert listed(bench.office) == before
