"""The demo vault as a person exploring it finds it: 600 threats, about a third of them the
stages of cases that run in a believable order, cite articles and sometimes end well."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from datetime import date
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest

from fieldapp.domain.case import REGION_LETTERS
from fieldapp.domain.record import date_key
from fieldapp.services.case_views import list_cases, show_case
from fieldapp.services.demo import (
    DEMO_PASSPHRASE,
    DEMO_RECORDS,
    build_demo_vault,
    generate_demo,
    generate_records,
)
from fieldapp.services.records import list_records, show_record
from fieldapp.services.session import Session, unlock
from fieldapp.store.records import RecordQuery

# What must come before a stage somewhere earlier in its case.
NEEDS = {
    "guilty_verdict": {"criminal_charge"},
    "appeal_rejected": {"guilty_verdict", "reputation_damages"},
    "reputation_damages": {"lawsuit"},
    "detention_conditions": {"detention"},
    "equipment_seizure": {"search"},
    "extremist_list": {"guilty_verdict"},
}
# (earlier, later): a stage of the first type never comes after one of the second.
NEVER_AFTER = [
    ("police_summons", "criminal_charge"),
    ("interrogation", "criminal_charge"),
    ("search", "criminal_charge"),
    ("criminal_charge", "guilty_verdict"),
    ("guilty_verdict", "appeal_rejected"),
    ("forewarning", "administrative_penalty"),
    ("lawsuit", "reputation_damages"),
]
CRIMINAL_ARTICLES = {"cc_274", "cc_174", "cc_400", "cc_405", "cc_403", "cc_130"}


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Session]:
    session = build_demo_vault(tmp_path_factory.mktemp("demo") / "demo-vault")
    yield session
    session.lock()


@pytest.fixture(scope="module")
def cases(demo: Session) -> list[dict[str, Any]]:
    return [show_case(demo, listed["id"]) for listed in list_cases(demo)]


@pytest.fixture(scope="module")
def records(demo: Session) -> list[dict[str, Any]]:
    return [show_record(demo, r.id) for r in list_records(demo, RecordQuery())]


def test_the_demo_opens_with_its_passphrase_and_the_office_has_every_threat(
        demo: Session, records: list[dict[str, Any]]) -> None:
    reopened = unlock(demo.vault.directory, DEMO_PASSPHRASE)
    try:
        assert len(list_records(reopened, RecordQuery())) == DEMO_RECORDS
    finally:
        reopened.lock()
    office = unlock(demo.vault.directory.parent / "demo-office", DEMO_PASSPHRASE)
    try:
        received = [show_record(office, r.id) for r in list_records(office, RecordQuery())]
        office_cases = list_cases(office)
    finally:
        office.lock()
    assert len(received) == DEMO_RECORDS
    # Every stage reached the office filed under its case, as the observer filed it, and
    # every case reached it too, closed ones closed.
    assert Counter(r["case"] for r in received) == Counter(r["case"] for r in records)
    observer_cases = list_cases(demo)
    assert {(c["id"], c["reference"], c["status"], c["stages"]) for c in office_cases} == {
        (c["id"], c["reference"], c["status"], c["stages"]) for c in observer_cases}
    assert all(r["case_reference"] for r in received if r["case"])


def test_the_threat_figures_are_those_of_the_distribution(
        records: list[dict[str, Any]]) -> None:
    plain = generate_records(DEMO_RECORDS)
    assert len(records) == DEMO_RECORDS
    assert Counter(r["threat_type"] for r in records) == Counter(r["threat_type"] for r in plain)
    outcomes = sum(1 for r in records if r["outcome"])
    assert abs(outcomes - sum(1 for r in plain if r.get("outcome"))) <= 15


def test_a_quarter_to_a_third_of_threats_are_stages_of_cases_of_two_to_six(
        cases: list[dict[str, Any]], records: list[dict[str, Any]]) -> None:
    staged = [r for r in records if r["case"]]
    assert DEMO_RECORDS / 4 <= len(staged) <= DEMO_RECORDS / 3
    assert len(cases) >= 30
    assert all(2 <= len(case["events"]) <= 6 for case in cases)
    assert {len(case["events"]) for case in cases} == {2, 3, 4, 5, 6}
    assert sum(len(case["events"]) for case in cases) == len(staged)


def test_stages_follow_each_other_in_time_in_one_place_for_the_same_people(
        cases: list[dict[str, Any]]) -> None:
    gaps = []
    for case in cases:
        events = case["events"]
        days = [date_key(e["occurred_on"]) for e in events]
        assert days == sorted(set(days)), case["reference"]  # strictly later, stage by stage
        assert case["opened_on"] == events[0]["occurred_on"]
        assert {e["region"] for e in events} == {case["region"]}
        assert len({tuple(e["sectors"]) for e in events}) == 1
        assert all(e["victims"] in ([], case["persons"]) for e in events)
        assert case["persons"]
        gaps += [_days_between(a["occurred_on"], b["occurred_on"])
                 for a, b in pairwise(events)]
    assert min(gaps) < 7 and max(gaps) > 365  # days apart, and sometimes over a year
    stages = [e for case in cases for e in case["events"]]
    taking_the_case_persons = sum(1 for e in stages if not e["victims"])
    assert 0.2 * len(stages) < taking_the_case_persons < 0.7 * len(stages)


def test_stages_come_in_the_order_of_their_track(cases: list[dict[str, Any]]) -> None:
    tracks: Counter[str] = Counter()
    for case in cases:
        types = [e["threat_type"] for e in case["events"]]
        for n, threat_type in enumerate(types):
            if threat_type in NEEDS:
                assert NEEDS[threat_type] & set(types[:n]), (case["reference"], types)
        for earlier, later in NEVER_AFTER:
            if earlier in types and later in types:
                assert max(_at(types, earlier)) < min(_at(types, later)), types
        # One track a case: a company's lawsuit, fines, or a prosecution, never mixed.
        kinds = {"civil" if t in ("lawsuit", "reputation_damages") else "administrative"
                 if t in ("forewarning", "administrative_penalty") else "criminal"
                 for t in types if t != "court_refusal" and t != "appeal_rejected"}
        assert len(kinds) == 1, types
        tracks[kinds.pop()] += 1
    assert tracks["criminal"] > tracks["administrative"] > 0
    assert tracks["civil"] > 0


def test_criminal_stages_cite_articles_with_cc_274_most_often(
        cases: list[dict[str, Any]], records: list[dict[str, Any]]) -> None:
    for case in cases:
        types = {e["threat_type"] for e in case["events"]}
        for event in case["events"]:
            if "criminal_charge" in types and event["threat_type"] in (
                    "criminal_charge", "guilty_verdict", "appeal_rejected"):
                assert set(event["legal_articles"]) & CRIMINAL_ARTICLES, case["reference"]
            if event["threat_type"] == "administrative_penalty" and "lawsuit" not in types:
                assert event["legal_articles"] == ["ac_488"]
            if event["threat_block"] in ("civil", "other"):
                assert event["legal_articles"] == []
    cited = Counter(a for r in records for a in r["legal_articles"])
    assert set(cited) >= CRIMINAL_ARTICLES | {"ac_488"}
    criminal = {a: n for a, n in cited.items() if a.startswith("cc_")}
    assert max(criminal, key=criminal.__getitem__) == "cc_274"
    assert criminal["cc_174"] > criminal["cc_130"]


def test_some_cases_end_in_a_recourse_dated_after_the_stage(
        cases: list[dict[str, Any]], records: list[dict[str, Any]]) -> None:
    turns = [(case, e) for case in cases for e in case["events"] if e["outcome"]]
    assert len({case["id"] for case, _ in turns}) >= 8
    assert {e["outcome"] for _, e in turns} >= {
        "release_from_custody", "acquittal", "judicial_act_cancelled", "claim_rejected"}
    for case, event in turns:
        assert event["outcome_on"], case["reference"]
        assert date_key(event["outcome_on"]) > date_key(event["occurred_on"])
    assert any(e["outcome_on"][:4] > e["occurred_on"][:4] for _, e in turns)
    releases = [e for _, e in turns if e["outcome"] == "release_from_custody"]
    assert releases and all(e["threat_type"] in ("detention", "detention_conditions")
                            for e in releases)
    for case, event in turns:
        if event["outcome"] == "claim_rejected":  # only a claim can be rejected
            assert "lawsuit" in {e["threat_type"] for e in case["events"]}
    # Outside cases some threats keep their outcome with a date, some without one.
    loose = [r for r in records if r["outcome"] and not r["case"]]
    assert any(r["outcome_on"] for r in loose) and any(not r["outcome_on"] for r in loose)


def test_some_cases_are_closed_after_their_last_stage_most_stay_open(
        cases: list[dict[str, Any]]) -> None:
    closed = [case for case in cases if case["status"] == "closed"]
    assert 0 < len(closed) < len(cases) / 2
    for case in closed:
        assert date_key(case["closed_on"]) > date_key(case["last_on"], end=True)
    assert all(case["closed_on"] is None for case in cases if case["status"] == "open")


def test_references_and_titles_name_no_one(cases: list[dict[str, Any]]) -> None:
    for case in cases:
        letters = REGION_LETTERS[case["region"]]
        year = case["opened_on"][:4]
        assert re.fullmatch(rf"{letters}-{year}-\d{{3}}", case["reference"])
        words = " ".join([case["title"], case["summary"],
                          *(e["title"] for e in case["events"])]).casefold()
        for person in case["persons"]:
            assert person["alias"].split()[0].casefold() not in words, case["reference"]
    assert len({case["title"] for case in cases}) > len(cases) / 2


def test_the_same_seed_gives_the_same_demo(tmp_path: Path, cases: list[dict[str, Any]]) -> None:
    assert generate_demo(120, seed=7) == generate_demo(120, seed=7)
    assert generate_demo(120, seed=7) != generate_demo(120, seed=8)
    again = build_demo_vault(tmp_path / "demo-vault", count=DEMO_RECORDS)
    try:
        rebuilt = [show_case(again, c["id"]) for c in list_cases(again)]
    finally:
        again.lock()
    # The listing puts cases opened the same day in id order, which is random: sort.
    assert (sorted((_content(c) for c in rebuilt), key=lambda c: c["reference"])
            == sorted((_content(c) for c in cases), key=lambda c: c["reference"]))


def _content(case: dict[str, Any]) -> dict[str, Any]:
    """What a case holds, leaving out what is random or made at run time (ids, clocks)."""
    kept = {k: v for k, v in case.items()
            if k not in ("id", "version", "author", "created_at", "updated_at", "events")}
    kept["events"] = [{k: v for k, v in e.items() if k not in ("id", "case")}
                      for e in case["events"]]
    return kept


def _at(types: list[str], wanted: str) -> list[int]:
    return [n for n, t in enumerate(types) if t == wanted]


def _days_between(first: str, second: str) -> int:
    return (date.fromisoformat(second) - date.fromisoformat(first)).days
