"""Conflicts as a coordinator decides them: the common earlier version of the two sides, the
fields that differ, and a resolution combining fields taken from either side."""

from __future__ import annotations

import pytest
from support import FULL_RECORD

from fieldapp.errors import FieldappError, InvalidInput, NotFound
from fieldapp.services import conflicts, importing, records
from fieldapp.store import records as record_store
from fieldapp.store.records import RecordQuery, Version
from tests.exchange import conftest as exchange
from tests.exchange.conftest import World, export_path, heads_of, record_heads

# The exchange tests' vaults (an office and two observers enrolled both ways), as fixtures here.
template, lab, world = exchange.template, exchange.lab, exchange.world


def deliver(world: World) -> None:
    report = importing.import_bundle(world.office, export_path(world.alice, world.usb))
    assert report.status == "accepted", report


def two_vaults_edit(world: World, office_changes: dict, alice_changes: dict
                    ) -> tuple[str, str, str, str]:
    """Alice records, the office receives it, then both edit it: (record, Alice's first
    version, the office's edit, Alice's edit)."""
    record_id = records.add_record(world.alice, FULL_RECORD)
    first = records.current(world.alice, record_id)[0].id
    deliver(world)
    office_version = records.edit_record(world.office, record_id, office_changes)
    alice_version = records.edit_record(world.alice, record_id, alice_changes)
    deliver(world)
    return record_id, first, office_version, alice_version


def test_the_common_earlier_version_is_the_one_both_edits_started_from(world: World) -> None:
    record_id, first, office_version, alice_version = two_vaults_edit(
        world, {"title": "Office's title", "locality": "Esik"},
        {"title": "Alice's title", "description": "Released after three days."})
    found = conflicts.conflict(world.office, record_id)
    assert {s.version.id for s in found.sides} == {office_version, alice_version}
    assert found.base is not None and found.base.version.id == first
    assert found.base.record is not None
    assert found.base.record["title"] == FULL_RECORD["title"]
    assert found.base.author_name == "Aktobe observer"
    assert sorted(found.differing_fields()) == ["description", "locality", "title"]


def test_the_nearest_common_version_not_the_first(world: World) -> None:
    record_id = records.add_record(world.alice, FULL_RECORD)
    corrected = records.edit_record(world.alice, record_id, {"locality": "Issyk"})
    deliver(world)
    records.edit_record(world.office, record_id, {"title": "Office's title"})
    records.edit_record(world.alice, record_id, {"title": "Alice's title"})
    deliver(world)
    found = conflicts.conflict(world.office, record_id)
    assert found.base is not None and found.base.version.id == corrected
    assert found.differing_fields() == ["title"]


def test_a_combined_resolution_takes_the_chosen_fields_and_clears_the_conflict(
    world: World,
) -> None:
    record_id, _, office_version, alice_version = two_vaults_edit(
        world, {"title": "Office's title", "locality": "Esik"},
        {"title": "Alice's title", "description": "Released after three days.",
         "locality": "Talgar district"})
    resolution = conflicts.resolve(world.office, record_id, fields={
        "title": alice_version, "locality": office_version[:18],  # a prefix will do
        "description": alice_version})
    version, _ = record_store.version(world.office.conn, resolution)
    assert sorted(version.parents) == sorted([office_version, alice_version])
    assert heads_of(world.office, record_id) == [resolution]
    assert conflicts.list_conflicts(world.office) == []
    assert record_heads(world.office)[record_id] == (resolution, 0, 0)
    shown = records.show_record(world.office, record_id)
    assert (shown["title"], shown["locality"], shown["description"]) == (
        "Alice's title", "Esik", "Released after three days.")
    assert shown["sectors"] == FULL_RECORD["sectors"]  # what nobody changed stays
    assert record_id in [s.id for s in records.list_records(world.office, RecordQuery())]


def test_a_field_one_side_never_had_is_left_out_when_taken_from_that_side(
    world: World,
) -> None:
    record_id, _, office_version, alice_version = two_vaults_edit(
        world, {"legal_articles": ["cc_174"]}, {"title": "Alice's title"})
    found = conflicts.conflict(world.office, record_id)
    assert sorted(found.differing_fields()) == ["legal_articles", "title"]
    conflicts.resolve(world.office, record_id,
                      fields={"legal_articles": alice_version, "title": office_version})
    shown = records.show_record(world.office, record_id)
    assert shown["legal_articles"] == [] and shown["title"] == FULL_RECORD["title"]


def test_combining_refuses_what_cannot_be_combined(world: World) -> None:
    record_id, _, office_version, alice_version = two_vaults_edit(
        world, {"title": "Office's title"}, {"title": "Alice's title"})
    with pytest.raises(FieldappError) as caught:
        conflicts.resolve(world.office, record_id, take=office_version,
                          fields={"title": alice_version})
    assert caught.value.code == "take_or_edit"
    with pytest.raises(InvalidInput):
        conflicts.resolve(world.office, record_id, fields={"colour": alice_version})
    with pytest.raises(NotFound):
        conflicts.resolve(world.office, record_id, fields={"title": "ffffffff"})
    assert len(conflicts.list_conflicts(world.office)) == 1


def test_a_deleting_side_has_no_fields_to_give(world: World) -> None:
    record_id = records.add_record(world.alice, FULL_RECORD)
    deliver(world)
    tomb = records.delete_record(world.office, record_id)
    records.edit_record(world.alice, record_id, {"title": "Still happening"})
    deliver(world)
    with pytest.raises(FieldappError) as caught:
        conflicts.resolve(world.office, record_id, fields={"title": tomb})
    assert caught.value.code == "conflict_side_deleted"


def _v(id: str, *parents: str, hlc: str = "0") -> Version:
    return Version(id, "r", parents, "SHA256:a", hlc, "", False, "")


def test_nearest_common_ancestor_on_merged_histories() -> None:
    # a <- b <- c, b <- d: c and d part at b.
    line = [_v("a"), _v("b", "a"), _v("c", "b"), _v("d", "b")]
    assert conflicts.nearest_common_ancestor(line, ["c", "d"]) == "b"
    # Criss-cross: x and y both merge p and q; of the two nearest, the later clock is taken.
    cross = [_v("o"), _v("p", "o", hlc="1"), _v("q", "o", hlc="2"),
             _v("x", "p", "q"), _v("y", "p", "q")]
    assert conflicts.nearest_common_ancestor(cross, ["x", "y"]) == "q"
    # Two first versions never received together: nothing in common.
    assert conflicts.nearest_common_ancestor([_v("m"), _v("n")], ["m", "n"]) is None
    # A parent this vault never received ends the walk.
    assert conflicts.nearest_common_ancestor([_v("c", "gone"), _v("d", "gone")],
                                             ["c", "d"]) is None
