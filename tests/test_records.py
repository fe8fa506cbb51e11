"""Threat records: validation messages, versions, tombstones, clock, hashes and search."""

from __future__ import annotations

import hashlib
import itertools
import json
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from support import (
    FULL_RECORD,
    MINIMAL_RECORD,
    PASSPHRASE,
    dump_database,
    enrol,
    full_record,
    make_office,
)

from fieldapp.cli.messages import problem_sentence
from fieldapp.domain import hlc
from fieldapp.domain.record import OPTIONAL_FIELDS, OUTPUT_ONLY, canonical_json, validate
from fieldapp.errors import InvalidInput, NotFound
from fieldapp.services import records
from fieldapp.services.session import Session, create_vault, unlock
from fieldapp.store import records as record_store
from fieldapp.store.keyfile import KDF_FLOOR
from fieldapp.store.records import RecordQuery

REGIONS = (
    "abai, akmola, aktobe, almaty_region, atyrau, east_kazakhstan, jambyl, jetisu, karaganda,"
    " kostanay, kyzylorda, mangystau, north_kazakhstan, pavlodar, turkistan, ulytau,"
    " west_kazakhstan, astana, almaty, shymkent"
)


SEALED = {"count": 1, "sealed_for": "office"}  # what is shown in place of FULL_RECORD's sources


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Session]:
    """One vault for the tests that only read or that are refused before writing; it has
    enrolled an office with a source key, so it can save sources."""
    root = tmp_path_factory.mktemp("shared")
    created = create_vault(root / "vault", "observer", "Shared", PASSPHRASE, KDF_FLOOR)
    office = make_office(root / "office", root / "source.key")
    enrol(created, office)
    office.lock()
    yield created
    created.lock()


def problems_of(session: Session, items: list[Any]) -> list[str]:
    with pytest.raises(InvalidInput) as caught:
        records.add_records(session, items)
    assert caught.value.exit_code == 2
    return [problem_sentence(p) for p in caught.value.problems]  # the CLI's words


def ids(session: Session, **query: Any) -> set[str]:
    return {s.id for s in records.list_records(session, RecordQuery(**query))}


def versions_of(session: Session, record_id: str) -> list[tuple[str, list[str], int, str]]:
    rows = session.conn.execute(
        "SELECT id, parents, tombstone, hlc FROM versions WHERE record_id = ? ORDER BY hlc",
        (record_id,),
    )
    return [(r[0], json.loads(r[1]), r[2], r[3]) for r in rows]


# --- validation ------------------------------------------------------------------------


def test_a_bad_code_names_the_record_the_field_and_every_allowed_code(shared: Session) -> None:
    bad = dict(MINIMAL_RECORD, region="narnia")
    assert problems_of(shared, [MINIMAL_RECORD, bad]) == [
        f"record 1: region: unknown code 'narnia'; allowed: {REGIONS}"
    ]
    with pytest.raises(InvalidInput) as caught:
        records.add_records(shared, [MINIMAL_RECORD, bad])
    [problem] = caught.value.problems
    assert (problem.index, problem.field, problem.code, problem.params) == (
        1, "region", "unknown_code", {"value": "narnia", "allowed": REGIONS})


def test_every_problem_of_a_batch_is_reported_at_once(shared: Session) -> None:
    first = dict(MINIMAL_RECORD, threat_type="arrest", colour="red")
    third = dict(MINIMAL_RECORD, sectors=["land", "fishing"], occurred_on="2021-02-29")
    problems = problems_of(shared, [first, MINIMAL_RECORD, third])
    assert problems[0].startswith("record 0: colour: unknown field; allowed: title, occurred_on")
    assert any(
        p.startswith("record 0: threat_type: unknown code 'arrest'; allowed: detention,")
        and "surveillance" in p
        for p in problems
    )
    assert "record 2: occurred_on: must be a date as YYYY-MM-DD or YYYY-MM, not '2021-02-29'" in (
        problems
    )
    assert any(
        p.startswith("record 2: sectors[1]: unknown code 'fishing'; allowed: land, banking")
        for p in problems
    )
    assert not any(p.startswith("record 1") for p in problems)


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"title": None}, "title: is required"),
        ({"title": "   "}, "title: is required"),
        ({"sectors": []}, "sectors: is required"),
        ({"region": ""}, "region: is required"),
        ({"title": 42}, "title: must be text"),
        ({"title": "x" * 301}, "title: is too long (301 characters, at most 300)"),
        ({"occurred_on": "14.03.2021"}, "occurred_on: must be a date as YYYY-MM-DD or YYYY-MM"),
        ({"occurred_until": "2022-04"}, "occurred_until: is before occurred_on"),
        ({"sectors": "land"}, "sectors: must be a list of sector codes"),
        (
            {"perpetrators": [{"kind": "state"}]},
            "perpetrators[0].body: is required",
        ),
        (
            {"perpetrators": [{"kind": "company", "body": "police"}]},
            "perpetrators[0].body: is only for perpetrators of kind 'state'",
        ),
        (
            {"perpetrators": [{"kind": "state", "body": "army"}]},
            "perpetrators[0].body: unknown code 'army'; allowed: police, court,",
        ),
        ({"victims": [{"gender": "man"}]}, "victims[0].alias: is required"),
        (
            {"victims": [{"alias": "A", "gender": "m"}]},
            "victims[0].gender: unknown code 'm'; allowed: man, woman, legal_entity, unknown",
        ),
        (
            {"victims": [{"alias": "A", "age": 40}]},
            "victims[0].age: unknown field; allowed: alias, gender, category",
        ),
        ({"sources": [{}]}, "sources[0]: is empty; give at least a name, a contact or a note"),
        ({"outcome": "won"}, "outcome: unknown code 'won'; allowed: release_from_custody,"),
    ],
)
def test_a_single_bad_record_names_the_field_without_an_index(
    shared: Session, change: dict[str, Any], expected: str
) -> None:
    problems = problems_of(shared, [dict(MINIMAL_RECORD, **change)])
    assert any(p.startswith(expected) for p in problems), problems
    assert not any(p.startswith("record ") for p in problems)


def test_a_historical_name_is_accepted_but_not_offered(session: Session) -> None:
    # Records of 2017 use the 14-oblast map; the list of allowed codes shows only today's.
    record_id = records.add_record(session, dict(MINIMAL_RECORD, region="south_kazakhstan"))
    assert records.show_record(session, record_id)["region"] == "south_kazakhstan"
    assert "south_kazakhstan" not in REGIONS
    assert record_id in ids(session, regions=records.region_filter(session, "turkistan"))


def test_nothing_is_stored_when_any_record_of_a_batch_is_invalid(session: Session) -> None:
    before = session.conn.execute("SELECT count(*) FROM versions").fetchone()[0]
    problems_of(session, [MINIMAL_RECORD, FULL_RECORD, dict(MINIMAL_RECORD, sectors=["x"])])
    assert ids(session) == set()
    assert session.conn.execute("SELECT count(*) FROM versions").fetchone()[0] == before


def test_an_empty_batch_is_invalid_input(shared: Session) -> None:
    assert problems_of(shared, []) == ["input: holds no record"]


# --- what is stored and shown ----------------------------------------------------------


def test_show_gives_the_contract_fields_and_the_derived_block(session: Session) -> None:
    record_id = records.add_record(session, FULL_RECORD)
    shown = records.show_record(session, record_id)
    assert shown["id"] == record_id
    assert shown["author"] == session.identity.fingerprint
    assert shown["threat_block"] == "criminal"
    assert shown["created_at"] == shown["updated_at"]
    # The sources were sealed as they were saved: only their count is shown.
    assert shown["sources"] == SEALED
    # Outside a case, with no article and no outcome date: the case fields shown empty.
    assert {k: v for k, v in shown.items() if k not in OUTPUT_ONLY} == {
        **full_record(sources=SEALED), "case": None, "legal_articles": [], "outcome_on": None}
    assert shown["case_reference"] is None
    assert set(shown) == set(FULL_RECORD) | set(OUTPUT_ONLY) | set(OPTIONAL_FIELDS)


def test_minimal_record_gets_empty_defaults(session: Session) -> None:
    shown = records.show_record(session, records.add_record(session, MINIMAL_RECORD))
    assert shown["occurred_until"] is None and shown["outcome"] is None
    assert shown["perpetrators"] == [] and shown["victims"] == []
    assert shown["sources"] == {"count": 0, "sealed_for": "office"}
    assert shown["threat_block"] == "criminal"


def canonical_sha256(value: Any) -> str:
    canonical = json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False
    ).encode("utf-8")
    return hashlib.sha256(canonical).hexdigest()


def test_the_content_hash_is_sha256_of_the_canonical_json(session: Session) -> None:
    # Without sources, what is stored is exactly the record as given.
    plain = full_record(sources=[])
    version, stored = record_store.head(session.conn, records.add_record(session, plain))
    assert stored == plain
    assert version.content_hash == canonical_sha256(plain)
    # With sources, the hash covers the record as stored, with its sealed sources.
    version, stored = record_store.head(session.conn, records.add_record(session, FULL_RECORD))
    assert stored is not None
    sealed = stored["sources"]
    assert set(sealed) == {"sealed", "count"} and sealed["count"] == 1
    assert {k: v for k, v in stored.items() if k != "sources"} == {
        k: v for k, v in FULL_RECORD.items() if k != "sources"}
    assert version.content_hash == canonical_sha256(stored)
    assert canonical_json(stored) == json.dumps(
        stored, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def test_the_same_record_written_differently_hashes_the_same(session: Session) -> None:
    without_sources = full_record(sources=[])
    reordered = dict(reversed(list(without_sources.items())))
    reordered["sectors"] = list(reversed(FULL_RECORD["sectors"]))
    reordered["title"] = "  " + FULL_RECORD["title"] + " "
    first = record_store.head(session.conn, records.add_record(session, without_sources))[0]
    second = record_store.head(session.conn, records.add_record(session, reordered))[0]
    assert first.content_hash == second.content_hash
    assert first.content_hash == canonical_sha256(validate(reordered, session.taxonomy))


def test_sealing_is_randomized_so_records_with_sources_never_hash_the_same(
    session: Session,
) -> None:
    # Equal hashes would tell anyone holding two records that they name the same source.
    first = record_store.head(session.conn, records.add_record(session, FULL_RECORD))
    second = record_store.head(session.conn, records.add_record(session, FULL_RECORD))
    assert first[0].content_hash != second[0].content_hash
    assert first[1] is not None and second[1] is not None
    assert first[1]["sources"]["sealed"] != second[1]["sources"]["sealed"]
    assert first[1]["sources"]["count"] == second[1]["sources"]["count"] == 1


def test_a_short_unique_prefix_finds_a_record_and_a_too_short_one_does_not(
    session: Session,
) -> None:
    record_id = records.add_record(session, MINIMAL_RECORD)
    assert records.resolve_id(session, record_id[:8].upper()) == record_id
    with pytest.raises(NotFound) as caught:
        records.resolve_id(session, record_id[:5])
    assert (caught.value.code, caught.value.params) == (
        "id_too_short", {"text": record_id[:5], "minimum": 6})
    with pytest.raises(NotFound) as caught:
        records.resolve_id(session, "ffffffff-0000")
    assert (caught.value.code, caught.value.params) == (
        "no_record", {"record_id": "ffffffff-0000"})


# --- versions, tombstones and the clock ------------------------------------------------


def test_an_edit_is_a_new_version_that_changes_only_the_given_fields(session: Session) -> None:
    record_id = records.add_record(session, FULL_RECORD)
    first = records.show_record(session, record_id)
    new_version = records.edit_record(session, record_id, {"locality": "Esik", "outcome": None})
    edited = records.show_record(session, record_id)
    assert edited["version"] == new_version != first["version"]
    assert edited["locality"] == "Esik" and edited["outcome"] is None
    unchanged = {k for k in FULL_RECORD if k not in ("locality", "outcome")}
    assert {k: edited[k] for k in unchanged} == {k: first[k] for k in unchanged}
    assert edited["created_at"] == first["created_at"]
    history = versions_of(session, record_id)
    assert [v[0] for v in history] == [first["version"], new_version]
    assert history[1][1] == [first["version"]]  # the edit's parent is the old head


def test_an_edit_that_changes_nothing_writes_no_version(session: Session) -> None:
    record_id = records.add_record(session, FULL_RECORD)
    shown = records.show_record(session, record_id)
    # A record as shown, fed back in, is accepted and changes nothing.
    assert records.edit_record(session, record_id, shown) == shown["version"]
    assert len(versions_of(session, record_id)) == 1


def test_an_invalid_edit_keeps_the_record_as_it_was(session: Session) -> None:
    record_id = records.add_record(session, FULL_RECORD)
    before = records.show_record(session, record_id)
    with pytest.raises(InvalidInput) as caught:
        records.edit_record(session, record_id, {"threat_type": "arrest", "title": "New"})
    assert [(p.field, p.code, p.params["value"]) for p in caught.value.problems] == [
        ("threat_type", "unknown_code", "arrest")]
    with pytest.raises(InvalidInput) as caught:
        records.edit_record(session, record_id, {"colour": "red"})
    assert [(p.field, p.code) for p in caught.value.problems] == [("colour", "unknown_field")]
    assert records.show_record(session, record_id) == before


def test_delete_writes_a_tombstone_and_the_record_leaves_lists_and_search(
    session: Session,
) -> None:
    record_id = records.add_record(session, FULL_RECORD)
    kept = records.add_record(session, MINIMAL_RECORD)
    head = records.show_record(session, record_id)["version"]
    tombstone = records.delete_record(session, record_id)
    history = versions_of(session, record_id)
    assert [(v[0], v[1], v[2]) for v in history] == [(head, [], 0), (tombstone, [head], 1)]
    assert ids(session) == {kept}
    assert ids(session, text="Journalist") == set()
    for action in (lambda: records.show_record(session, record_id),
                   lambda: records.edit_record(session, record_id, {"title": "Back"})):
        with pytest.raises(NotFound) as caught:
            action()
        assert (caught.value.code, caught.value.params) == (
            "record_deleted", {"record_id": record_id})
    with pytest.raises(NotFound):
        records.delete_record(session, record_id)
    row = session.conn.execute(
        "SELECT content, sources FROM versions WHERE id = ?", (tombstone,)
    ).fetchone()
    assert row == (None, None)


def test_version_clocks_only_move_forward_even_across_unlocks(
    session: Session, vault_dir: Any
) -> None:
    record_id = records.add_record(session, FULL_RECORD)
    for n in range(5):
        records.edit_record(session, record_id, {"locality": f"Place {n}"})
    session.lock()
    again = unlock(vault_dir, PASSPHRASE)
    try:
        records.edit_record(again, record_id, {"locality": "Last place"})
        records.delete_record(again, record_id)
        clocks = [v[3] for v in versions_of(again, record_id)]
    finally:
        again.lock()
    assert len(clocks) == 8
    parsed = [hlc.Hlc.parse(c) for c in clocks]
    assert all(a < b for a, b in itertools.pairwise(parsed))
    assert clocks == sorted(clocks)  # the stored text sorts like the clock


def test_the_clock_never_goes_back_when_the_wall_clock_does() -> None:
    first = hlc.tick(None, wall_ms=1_700_000_000_000)
    behind = hlc.tick(first, wall_ms=1_600_000_000_000)  # someone set the laptop back
    same = hlc.tick(behind, wall_ms=1_700_000_000_000)
    later = hlc.tick(same, wall_ms=1_700_000_000_001)
    assert first < behind < same < later
    assert str(first) < str(behind) < str(same) < str(later)
    assert hlc.Hlc.parse(str(same)) == same


def test_the_clock_moves_past_a_remote_timestamp_from_the_future() -> None:
    local = hlc.tick(None, wall_ms=1_000)
    remote = hlc.Hlc(5_000, 7)
    received = hlc.receive(local, remote, wall_ms=1_001)
    assert received > remote and received > local
    assert hlc.tick(received, wall_ms=1_002) > received
    with pytest.raises(ValueError, match="not a clock value"):
        hlc.Hlc.parse("yesterday")


# --- full-text search ------------------------------------------------------------------


@pytest.fixture(scope="module")
def searchable(shared: Session) -> dict[str, str]:
    """One record with a distinct word in every field; returns field -> word."""
    run = uuid.uuid4().hex[:12]
    words = {
        name: f"word{run}{name}"
        for name in ("title", "locality", "description", "perpetrator", "victim",
                     "sourcename", "sourcecontact", "sourcenote")
    }
    record = full_record(
        title=f"Threat {words['title']}",
        locality=words["locality"],
        description=f"Long text with {words['description']} inside.",
        perpetrators=[{"kind": "citizen", "name": f"Mr {words['perpetrator']}"}],
        victims=[{"alias": words["victim"], "gender": "man"}],
        sources=[{"name": words["sourcename"], "contact": words["sourcecontact"],
                  "note": words["sourcenote"]}],
    )
    words["id"] = records.add_record(shared, record)
    records.add_record(shared, MINIMAL_RECORD)
    return words


@pytest.mark.parametrize("field", ["title", "locality", "description", "perpetrator", "victim"])
def test_search_finds_a_record_by_each_searchable_field(
    shared: Session, searchable: dict[str, str], field: str
) -> None:
    assert ids(shared, text=searchable[field]) == {searchable["id"]}
    assert ids(shared, text=searchable[field].upper()) == {searchable["id"]}
    assert ids(shared, text=searchable[field][:-2]) == {searchable["id"]}  # as a prefix


@pytest.mark.parametrize("field", ["sourcename", "sourcecontact", "sourcenote"])
def test_search_never_finds_a_record_by_its_sources(
    shared: Session, searchable: dict[str, str], field: str
) -> None:
    assert ids(shared, text=searchable[field]) == set()
    indexed = shared.conn.execute(
        "SELECT count(*) FROM record_search WHERE record_search MATCH ?",
        (f'"{searchable[field]}"',),
    ).fetchone()[0]
    assert indexed == 0
    # Sealed as they were saved: not in any table of the vault in readable form either.
    dumped = dump_database(shared.conn)
    assert searchable["title"].encode() in dumped  # the dump does show what is not sealed
    assert searchable[field].encode() not in dumped


def test_search_needs_every_word_and_follows_edits(
    session: Session, canary: Callable[[str], str]
) -> None:
    searchable = {"title": canary("title"), "locality": canary("locality")}
    searchable["id"] = records.add_record(
        session, dict(MINIMAL_RECORD, title=searchable["title"], locality=searchable["locality"])
    )
    both = f"{searchable['title']} {searchable['locality']}"
    assert ids(session, text=both) == {searchable["id"]}
    assert ids(session, text=f"{searchable['title']} nosuchwordanywhere") == set()
    records.edit_record(session, searchable["id"], {"locality": "Kapchagay"})
    assert ids(session, text=searchable["locality"]) == set()
    assert ids(session, text="kapchagay") == {searchable["id"]}


def test_search_handles_russian_kazakh_and_diacritics(session: Session) -> None:
    record_id = records.add_record(session, dict(
        MINIMAL_RECORD, title="Задержание журналиста в Жанаөзен", locality="Zhanaözen"
    ))
    for text in ("задержание", "ЖУРНАЛИСТ", "жанаөзен", "Zhanaozen"):
        assert ids(session, text=text) == {record_id}, text


@pytest.mark.parametrize(
    "text",
    ['"', "qq*", "NEAR(", "title:x", "-x", "AND", "OR NOT", "(", "'; DROP TABLE x",
     "qq\x00zz", "*"],
)
def test_search_text_with_query_syntax_is_just_text(
    shared: Session, searchable: dict[str, str], text: str
) -> None:
    assert ids(shared, text=text) == set()


def test_filters_by_sector_block_and_period(session: Session) -> None:
    continuing = records.add_record(session, dict(
        MINIMAL_RECORD, occurred_on="2021-01-20", occurred_until="2021-03", sectors=["oil"]
    ))
    civil = records.add_record(session, dict(
        MINIMAL_RECORD, occurred_on="2021-06", threat_type="lawsuit", sectors=["land"]
    ))
    assert ids(session, sector="oil") == {continuing}
    assert ids(session, block="civil") == {civil}
    assert ids(session, date_from="2021-02", date_to="2021-02") == {continuing}
    assert ids(session, date_from="2021-06-30", date_to="2021-07") == {civil}
    assert ids(session, date_from="2021-04", date_to="2021-05") == set()


def test_records_made_together_are_told_apart_by_the_end_of_their_ids(
        session: Session) -> None:
    """Time-ordered ids made in one batch share their start; their random end is unique."""
    ids = records.add_records(session, [MINIMAL_RECORD] * 3)
    assert len({i[:8] for i in ids}) == 1  # the same millisecond's prefix
    for record_id in ids:
        assert records.resolve_id(session, record_id[-8:]) == record_id
        assert records.resolve_id(session, record_id) == record_id
    with pytest.raises(NotFound) as caught:
        records.resolve_id(session, ids[0][:8])
    assert caught.value.code == "ambiguous_id"
