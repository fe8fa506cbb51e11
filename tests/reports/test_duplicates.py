"""Possible duplicates: listed for review, linked or dismissed by a coordinator, audited."""

from __future__ import annotations

from typing import Any

import pytest

from fieldapp.errors import InvalidInput, NotFound
from fieldapp.services import duplicates, records
from fieldapp.services.duplicates import TEXT_THRESHOLD
from fieldapp.services.session import Session
from fieldapp.store import audit
from fieldapp.store import duplicates as duplicate_store
from tests.reports.conftest import Dataset


def pair(a: str, b: str) -> tuple[str, str]:
    return (min(a, b), max(a, b))


def listed(session: Session) -> set[tuple[str, str]]:
    return {(c.first, c.second) for c in duplicates.find_duplicates(session)}


def test_the_attack_reported_by_both_observers_is_the_one_pair_listed(
    dataset: Dataset,
) -> None:
    # A1 and B4 share region, type and dates but neither victims nor words; A1 and B3
    # share a victim but not the type: neither pair is listed.
    [found] = duplicates.find_duplicates(dataset.unlinked)
    a5, b1 = dataset.ids["A5"], dataset.ids["B1"]
    assert (found.first, found.second) == pair(a5, b1)
    assert (found.region, found.threat_type) == ("jambyl", "physical_attack")
    assert found.days_apart == 3
    assert found.shared_victims == 1  # "Doctor Q" and "doctor q"
    shown = found.as_dict()
    assert shown["records"] == list(pair(a5, b1))
    assert "Doctor Q" not in str(shown) and "doctor q" not in str(shown)


def test_a_linked_pair_is_not_listed_again(dataset: Dataset) -> None:
    assert duplicates.find_duplicates(dataset.office) == []


def test_a_dismissed_pair_is_stored_audited_and_never_listed_again(dataset: Dataset) -> None:
    office = dataset.copy(dataset.unlinked, "dismissed")
    a5, b1 = dataset.ids["A5"], dataset.ids["B1"]
    duplicates.dismiss_pair(office, b1, a5)
    assert listed(office) == set()
    assert duplicate_store.pairs(office.conn, "duplicate_dismissals") == {pair(a5, b1)}
    # An edit of either record does not bring the pair back.
    records.edit_record(office, a5, {"title": "Doctor attacked near the Taraz clinic"})
    assert listed(office) == set()
    last = audit.entries(office.conn)[-2]
    assert (last.action, last.target) == ("duplicates.dismiss", " ".join(pair(a5, b1)))
    assert last.actor == office.identity.fingerprint
    assert audit.verify(office.conn) == []


def test_linking_is_stored_audited_and_undoes_a_dismissal(dataset: Dataset) -> None:
    office = dataset.copy(dataset.unlinked, "dismissed-then-linked")
    a5, b1 = dataset.ids["A5"], dataset.ids["B1"]
    duplicates.dismiss_pair(office, a5, b1)
    duplicates.link_pair(office, a5, b1)
    assert duplicate_store.pairs(office.conn, "incident_links") == {pair(a5, b1)}
    assert duplicate_store.pairs(office.conn, "duplicate_dismissals") == set()
    assert duplicates.linked_groups(office.conn) == {a5: min(a5, b1), b1: min(a5, b1)}
    entry = audit.entries(office.conn)[-1]
    assert (entry.action, entry.target) == ("duplicates.link", " ".join(pair(a5, b1)))
    # Linking twice changes nothing but the log.
    duplicates.link_pair(office, b1, a5)
    assert duplicate_store.pairs(office.conn, "incident_links") == {pair(a5, b1)}


def test_a_record_cannot_be_linked_to_itself_nor_to_a_deleted_record(
    dataset: Dataset,
) -> None:
    a1 = dataset.ids["A1"]
    with pytest.raises(InvalidInput) as invalid:
        duplicates.link_pair(dataset.unlinked, a1, a1)
    assert [(p.field, p.code) for p in invalid.value.problems] == [("records", "self_duplicate")]
    with pytest.raises(NotFound) as missing:
        duplicates.link_pair(dataset.unlinked, a1, dataset.ids["A4"])
    assert (missing.value.code, missing.value.params) == (
        "record_deleted", {"record_id": dataset.ids["A4"]})


def near_b2(on: str, title: str, description: str = "") -> dict[str, Any]:
    """An office record beside B2 (astana, criminal_charge, 2021-12-28..2022-01-03)."""
    return {"title": title, "occurred_on": on, "region": "astana",
            "threat_type": "criminal_charge", "sectors": ["tax"], "description": description}


SAME_STORY = ("Astana lawyer charged in tax dispute",
              "A criminal case was opened against the company's lawyer.")


def test_similar_text_within_seven_days_from_another_author_is_listed(
    dataset: Dataset,
) -> None:
    office = dataset.copy(dataset.office, "texts")
    b2 = dataset.ids["B2"]
    ids = dict(zip(["close", "twin", "day7", "day8", "other"], records.add_records(office, [
        near_b2("2022-01-05", *SAME_STORY),
        near_b2("2022-01-05", *SAME_STORY),  # same author as "close": never its pair
        near_b2("2022-01-10", *SAME_STORY),  # 7 days after B2 ended
        near_b2("2022-01-11", *SAME_STORY),  # 8 days
        near_b2("2022-01-01", "Blogger summoned over a post"),  # overlaps, other story
    ]), strict=True))
    found = {(c.first, c.second): c for c in duplicates.find_duplicates(office)}
    assert set(found) == {pair(b2, ids["close"]), pair(b2, ids["twin"]),
                          pair(b2, ids["day7"])}
    close = found[pair(b2, ids["close"])]
    assert close.shared_victims == 0
    assert close.text_similarity >= TEXT_THRESHOLD
    assert close.days_apart == 2
    assert found[pair(b2, ids["day7"])].days_apart == 7


def test_a_historical_region_name_matches_its_reported_region(dataset: Dataset) -> None:
    office = dataset.copy(dataset.office, "regions")
    [twin] = records.add_records(office, [{
        "title": "Union meeting fined", "occurred_on": "2021-01-12", "region": "turkistan",
        "threat_type": "administrative_penalty", "sectors": ["trade_unions"],
        "victims": [{"alias": "union leader k"}]}])
    assert listed(office) == {pair(dataset.ids["A2"], twin)}
