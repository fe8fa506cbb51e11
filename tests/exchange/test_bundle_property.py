"""Hypothesis: any mutation of a valid bundle (bytes flipped, inserted, deleted, or the file
cut short) is rejected, or, at most, imports nothing new. The office already holds the
original, so a mutation that slipped through as "accepted" would have to be a replay."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support import FULL_RECORD, MINIMAL_RECORD

from fieldapp.cli.messages import MESSAGES, message
from fieldapp.services import attachments, importing, records
from fieldapp.services.session import Session
from tests.exchange.conftest import (
    Lab,
    age_header_length,
    export_path,
    make_world,
    record_heads,
    vault_digest,
    version_count,
)


@dataclass
class Target:
    office: Session
    bundle: bytes
    header: int  # bytes of age header and nonce, where mutations matter most
    path: Path
    heads: dict[str, tuple[str, int, int]]
    versions: int
    digest: dict[str, str]


@pytest.fixture(scope="module")
def target(module_lab: Lab) -> Target:
    world = make_world(module_lab)
    first, second = records.add_records(world.alice, [FULL_RECORD, MINIMAL_RECORD])
    records.edit_record(world.alice, first, {"title": "Edited before export"})
    attachments.attach_bytes(world.alice, second, "audio.ogg", os.urandom(100_000))
    path = export_path(world.alice, world.usb)
    assert importing.import_bundle(world.office, path).status == "accepted"
    data = path.read_bytes()
    return Target(world.office, data, age_header_length(data) + 16,
                  module_lab.root / "mutated.age", record_heads(world.office),
                  version_count(world.office), vault_digest(world.office))


@st.composite
def mutations(draw: st.DrawFn, size: int, header: int) -> tuple[str, int, bytes, int]:
    """(kind, position, bytes, length); positions favour the header half the time."""
    kind = draw(st.sampled_from(["flip", "insert", "delete", "truncate", "overwrite"]))
    position = draw(st.one_of(st.integers(0, header - 1), st.integers(0, size - 1)))
    data = draw(st.binary(min_size=1, max_size=64))
    length = draw(st.integers(1, 4096))
    return kind, position, data, length


def mutate(original: bytes, kind: str, position: int, data: bytes, length: int) -> bytes:
    if kind == "flip":
        return original[:position] + bytes([original[position] ^ (data[0] or 1)]) \
            + original[position + 1:]
    if kind == "insert":
        return original[:position] + data + original[position:]
    if kind == "delete":
        return original[:position] + original[position + length:]
    if kind == "truncate":
        return original[:position]
    changed = original[:position] + data + original[position + len(data):]
    return changed if changed != original else mutate(original, "flip", position, data, length)


@settings(max_examples=50, deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_any_mutation_is_rejected_or_imports_nothing_new(target: Target,
                                                         data: st.DataObject) -> None:
    mutation = data.draw(mutations(len(target.bundle), target.header))
    damaged = mutate(target.bundle, *mutation)
    assert damaged != target.bundle
    target.path.write_bytes(damaged)
    report = importing.import_bundle(target.office, target.path)
    assert report.status in ("rejected", "duplicate", "accepted")
    assert record_heads(target.office) == target.heads
    assert version_count(target.office) == target.versions
    if report.status != "accepted":
        assert vault_digest(target.office) == target.digest
    if report.status == "rejected":
        assert report.check and report.code in MESSAGES, report
        assert "\n" not in message(report.code, report.params)
