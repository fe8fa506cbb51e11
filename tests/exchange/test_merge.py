"""Merge at the office (design.md section 7): versions kept, conflicts with a deterministic
shown winner, resolution by a version with both parents, tombstones, order independence."""

from __future__ import annotations

from itertools import count

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from support import FULL_RECORD, MINIMAL_RECORD

from fieldapp.domain import hlc
from fieldapp.errors import NotFound
from fieldapp.services import conflicts, importing, records
from fieldapp.services.session import Session
from fieldapp.store import records as record_store
from fieldapp.store.records import RecordQuery
from sync.merge import RecordState, VersionMeta, precedence, record_state
from tests.exchange.conftest import World, export_path, heads_of, record_heads

START = hlc.now_ms() + 10_000_000  # later than any clock the vaults have seen


class Clock:
    """A controllable wall clock for both sides (the HLC takes its wall time from it)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.now = START
        monkeypatch.setattr(hlc, "now_ms", lambda: self.now)

    def at(self, offset_ms: int) -> Clock:
        self.now = START + offset_ms
        return self


def deliver(world: World, observer: Session | None = None) -> importing.ImportReport:
    report = importing.import_bundle(world.office,
                                     export_path(observer or world.alice, world.usb))
    assert report.status == "accepted", report
    return report


def shared_record(world: World, record: dict | None = None) -> str:
    """A record Alice made and the office already holds."""
    record_id = records.add_record(world.alice, record or FULL_RECORD)
    deliver(world)
    return record_id


def listed_ids(session: Session) -> list[str]:
    return [s.id for s in records.list_records(session, RecordQuery())]


def test_concurrent_edits_conflict_and_the_latest_clock_is_shown(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = Clock(monkeypatch)
    record_id = shared_record(world)
    clock.at(2000)
    office_version = records.edit_record(world.office, record_id, {"title": "Office's title"})
    clock.at(1000)  # the observer edits "earlier" by the clock, but it arrives later
    alice_version = records.edit_record(world.alice, record_id, {"title": "Alice's title"})
    report = deliver(world)
    assert report.in_conflict == 1
    [found] = conflicts.list_conflicts(world.office)
    assert found.record_id == record_id
    assert [s.version.id for s in found.sides] == [office_version, alice_version]
    assert [s.author_name for s in found.sides] == ["Almaty office", "Aktobe observer"]
    assert found.as_dict()["winner"] == office_version
    assert records.show_record(world.office, record_id)["title"] == "Office's title"
    assert record_heads(world.office)[record_id][1] == 1  # marked in conflict
    assert record_id in listed_ids(world.office)


def test_equal_clocks_fall_back_to_the_author_fingerprint(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = Clock(monkeypatch)
    record_id = shared_record(world, MINIMAL_RECORD)
    clock.at(5000)
    office_version = records.edit_record(world.office, record_id, {"title": "Office"})
    alice_version = records.edit_record(world.alice, record_id, {"title": "Alice"})
    deliver(world)
    [found] = conflicts.list_conflicts(world.office)
    assert found.sides[0].version.hlc == found.sides[1].version.hlc
    by_author = {world.office.identity.fingerprint: (office_version, "Office"),
                 world.alice.identity.fingerprint: (alice_version, "Alice")}
    expected_version, expected_title = by_author[max(by_author)]
    assert found.sides[0].version.id == expected_version
    assert records.show_record(world.office, record_id)["title"] == expected_title


def make_conflict(world: World) -> tuple[str, str, str]:
    record_id = shared_record(world)
    office_version = records.edit_record(world.office, record_id, {"title": "Office's title"})
    alice_version = records.edit_record(world.alice, record_id, {"title": "Alice's title"})
    deliver(world)
    assert conflicts.list_conflicts(world.office)
    return record_id, office_version, alice_version


def assert_resolved(world: World, record_id: str, resolution: str, parents: list[str]) -> None:
    version, _ = record_store.version(world.office.conn, resolution)
    assert sorted(version.parents) == sorted(parents)
    assert version.author == world.office.identity.fingerprint
    assert heads_of(world.office, record_id) == [resolution]
    assert conflicts.list_conflicts(world.office) == []
    assert record_heads(world.office)[record_id] == (resolution, 0, 0)
    with pytest.raises(NotFound) as caught:
        conflicts.conflict(world.office, record_id)
    assert (caught.value.code, caught.value.params) == ("not_in_conflict",
                                                        {"record_id": record_id})


@pytest.mark.parametrize("take", ["office", "alice"])
def test_resolve_by_taking_one_side(world: World, take: str) -> None:
    record_id, office_version, alice_version = make_conflict(world)
    chosen = office_version if take == "office" else alice_version
    resolution = conflicts.resolve(world.office, record_id, take=chosen[:18])  # a prefix will do
    assert_resolved(world, record_id, resolution, [office_version, alice_version])
    expected = "Office's title" if take == "office" else "Alice's title"
    assert records.show_record(world.office, record_id)["title"] == expected


def test_resolve_by_editing_the_fields(world: World) -> None:
    record_id, office_version, alice_version = make_conflict(world)
    resolution = conflicts.resolve(world.office, record_id,
                                   edit={"title": "Agreed title", "locality": "Esik"})
    assert_resolved(world, record_id, resolution, [office_version, alice_version])
    shown = records.show_record(world.office, record_id)
    assert (shown["title"], shown["locality"]) == ("Agreed title", "Esik")
    assert shown["description"] == FULL_RECORD["description"]


def test_resolve_refuses_a_version_that_is_not_in_conflict(world: World) -> None:
    record_id, _, _ = make_conflict(world)
    with pytest.raises(NotFound):
        conflicts.resolve(world.office, record_id, take="ffffffff")
    assert len(conflicts.list_conflicts(world.office)) == 1


def test_tombstone_descending_from_the_edit_deletes(world: World) -> None:
    record_id = records.add_record(world.alice, FULL_RECORD)
    first = export_path(world.alice, world.usb)
    records.edit_record(world.alice, record_id, {"title": "Corrected"})
    second = export_path(world.alice, world.usb)
    records.delete_record(world.alice, record_id)
    third = export_path(world.alice, world.usb)
    for path in (third, first, second):  # the deletion may well arrive first
        assert importing.import_bundle(world.office, path).status == "accepted"
    with pytest.raises(NotFound) as caught:
        records.show_record(world.office, record_id)
    assert caught.value.code == "record_deleted"
    assert listed_ids(world.office) == []
    assert conflicts.list_conflicts(world.office) == []
    assert len(record_store.versions_of(world.office.conn, record_id)) == 3  # all kept


@pytest.mark.parametrize("deleter", ["office", "alice"])
def test_tombstone_concurrent_with_an_edit_is_a_conflict_showing_the_edit(
    world: World, deleter: str
) -> None:
    record_id = shared_record(world)
    if deleter == "office":
        tomb = records.delete_record(world.office, record_id)
        edit = records.edit_record(world.alice, record_id, {"title": "Still happening"})
    else:
        edit = records.edit_record(world.office, record_id, {"title": "Still happening"})
        tomb = records.delete_record(world.alice, record_id)
    deliver(world)
    [found] = conflicts.list_conflicts(world.office)
    assert {s.version.id: s.record is None for s in found.sides} == {tomb: True, edit: False}
    assert found.sides[0].version.id == edit  # the edit is what lists show
    assert records.show_record(world.office, record_id)["title"] == "Still happening"
    assert listed_ids(world.office) == [record_id]
    # Taking the deletion deletes, with both versions as parents.
    resolution = conflicts.resolve(world.office, record_id, take=tomb)
    version, _ = record_store.version(world.office.conn, resolution)
    assert version.tombstone and sorted(version.parents) == sorted([tomb, edit])
    assert listed_ids(world.office) == [] and conflicts.list_conflicts(world.office) == []


# -- the rule itself, on random version graphs -------------------------------------------------

AUTHORS = ["SHA256:office", "SHA256:aktobe", "SHA256:oral"]


@st.composite
def version_graphs(draw: st.DrawFn) -> list[VersionMeta]:
    """A random DAG: each version's parents are earlier versions; clocks collide often."""
    size = draw(st.integers(1, 9))
    made: list[VersionMeta] = []
    ids = count()
    for index in range(size):
        parents = draw(st.lists(st.sampled_from(made), unique_by=lambda v: v.id,
                                max_size=3)) if made else []
        made.append(VersionMeta(
            id=f"v{next(ids):02d}-{index}",
            parents=tuple(sorted(p.id for p in parents)),
            author=draw(st.sampled_from(AUTHORS)),
            hlc=f"{draw(st.integers(0, 4)):015d}.{draw(st.integers(0, 2)):05d}",
            tombstone=draw(st.booleans()),
        ))
    return made


def expected_state(versions: list[VersionMeta]) -> RecordState:
    """The rule of design.md section 7, written out independently."""
    parents = {p for v in versions for p in v.parents}
    heads = sorted({v.id: v for v in versions if v.id not in parents}.values(),
                   key=precedence, reverse=True)
    alive = [v for v in heads if not v.tombstone]
    shown = alive[0] if alive else heads[0]
    return RecordState(tuple(heads), shown, len(heads) > 1, not alive)


@settings(max_examples=100, deadline=None)
@given(data=st.data(), versions=version_graphs())
def test_record_state_is_the_same_in_any_order(
    data: st.DataObject, versions: list[VersionMeta]
) -> None:
    reference = record_state(versions)
    assert reference == expected_state(versions)
    assert record_state(data.draw(st.permutations(versions))) == reference


def test_record_state_ignores_a_version_given_twice() -> None:
    only = VersionMeta("v1", (), AUTHORS[0], "000000000000001.00000", False)
    assert record_state([only, only]) == record_state([only])
