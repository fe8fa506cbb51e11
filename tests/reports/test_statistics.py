"""Every figure of the report, against counts worked out by hand from the dataset in
conftest.py (read its table first). Each expected value names the records behind it."""

from __future__ import annotations

from typing import Any

import pytest

from fieldapp.cli.messages import sentence, with_report_flags
from fieldapp.errors import InvalidInput
from fieldapp.reports.published import PUBLISHED_MAPS, PUBLISHED_SCALARS
from fieldapp.reports.statistics import KEYS, UNITS, ReportFilters, compute_report
from fieldapp.services import duplicates, records
from tests.reports.conftest import Dataset

# Everything: A1 A2 A3 A5|B1 B2 B3 B4 (A4 deleted; A5 and B1 are one incident).
EVERYTHING: dict[str, Any] = {
    "period": {"from": None, "to": None},
    "threats": 7,
    # reporter a (A1, A2, B3), union leader k, driller n (A3 as edited), doctor q (A5/B1),
    # lawyer p, firm l, eco activist r
    "persons": 7,
    "by_month": {
        "2020-11": 2,  # A1, B4
        "2020-12": 1,  # A1
        "2021-01": 2,  # A1, A2
        "2021-02": 2,  # A1, A5/B1 (once)
        "2021-04": 1,  # A3 as edited (its first version said 2021-03)
        "2021-06": 1,  # B3
        "2021-12": 1,  # B2
        "2022-01": 1,  # B2
    },
    "by_year": {"2020": 3, "2021": 7, "2022": 1},  # by_month's months, year by year
    "by_sector": {
        "business": 1, "environment": 2, "health": 1, "information": 2, "land": 2, "oil": 1,
        "tax": 1, "trade_unions": 1,
    },
    "by_region": {"almaty": 3, "astana": 1, "atyrau": 1, "jambyl": 1, "turkistan": 1},
    "by_locality": {},  # no record names a locality
    "by_block": {"administrative": 2, "criminal": 3, "other": 2},
    "by_type": {
        "administrative_penalty": 1, "criminal_charge": 1, "defamation": 1, "detention": 2,
        "forewarning": 1, "physical_attack": 1,
    },
    # state: A1 (three state perpetrators, counted once), A2, B2, B4; company: A3, B2 (two)
    "by_perpetrator": {"citizen": 1, "company": 2, "state": 4, "unknown": 1},
    # A1's two police perpetrators count once
    "by_state_body": {
        "akimat": 1, "court": 1, "national_security_committee": 1, "police": 1,
        "prosecutor": 1,
    },
    # A3 (its company kept through the office edit); B2's two; A4's bank was deleted
    "by_company": {"Drilling LLP": 1, "X LLP": 1, "Y LLP": 1},
    # reporter a is a woman (A1, B3), doctor q a woman; eco activist r said "unknown"
    "by_gender": {"legal_entity": 1, "man": 3, "unknown": 1, "woman": 2},
    "by_category": {"unspecified": 7},  # no victim is given a defender category
    # reporter a in A1's and B3's sectors and A2's; doctor q once (A5/B1);
    # lawyer p and firm l in B2's three; driller n in A3's as edited (oil, environment)
    "persons_by_sector": {
        "business": 2, "environment": 2, "health": 1, "information": 1, "land": 3,
        "oil": 1, "tax": 2, "trade_unions": 2,
    },
    # almaty: reporter a (A1, B3), eco activist r (B4); turkistan: reporter a and
    # union leader k (A2); astana: lawyer p, firm l (B2)
    "persons_by_region": {"almaty": 2, "astana": 2, "atyrau": 1, "jambyl": 1,
                          "turkistan": 2},
    "by_outcome": {"claim_rejected": 1, "release_from_custody": 1},  # A1, B3
    "resolved": 2,
    "cases": 0,  # no record is filed in a case (tests/reports/test_cases.py has them)
    # A1 released (its own date, 2020-11: no outcome_on), B3's claim rejected (2021-06)
    "recourses": 2,
    "recourses_by_type": {"claim_rejected": 1, "release_from_custody": 1},
    "recourse_persons": 1,  # reporter a, in both
    "by_legal_article": {},
}

# The year 2021: B4 (2020-11 only) is out; A1 and B2 keep only their 2021 months.
YEAR_2021: dict[str, Any] = {
    "period": {"from": "2021-01-01", "to": "2021-12-31"},
    "threats": 6,
    "persons": 6,  # no eco activist r
    "by_month": {"2021-01": 2, "2021-02": 2, "2021-04": 1, "2021-06": 1, "2021-12": 1},
    "by_year": {"2021": 7},
    "by_sector": {
        "business": 1, "environment": 1, "health": 1, "information": 2, "land": 2, "oil": 1,
        "tax": 1, "trade_unions": 1,
    },
    "by_region": {"almaty": 2, "astana": 1, "atyrau": 1, "jambyl": 1, "turkistan": 1},
    "by_locality": {},
    "by_block": {"administrative": 2, "criminal": 2, "other": 2},
    "by_type": {
        "administrative_penalty": 1, "criminal_charge": 1, "defamation": 1, "detention": 1,
        "forewarning": 1, "physical_attack": 1,
    },
    "by_perpetrator": {"citizen": 1, "company": 2, "state": 3, "unknown": 1},
    "by_state_body": {"akimat": 1, "court": 1, "police": 1, "prosecutor": 1},
    "by_company": {"Drilling LLP": 1, "X LLP": 1, "Y LLP": 1},  # A3, B2
    "by_gender": {"legal_entity": 1, "man": 3, "woman": 2},
    "by_category": {"unspecified": 6},
    # as EVERYTHING, less B4: environment is driller n alone, almaty reporter a alone
    "persons_by_sector": {
        "business": 2, "environment": 1, "health": 1, "information": 1, "land": 3,
        "oil": 1, "tax": 2, "trade_unions": 2,
    },
    "persons_by_region": {"almaty": 1, "astana": 2, "atyrau": 1, "jambyl": 1,
                          "turkistan": 2},
    "by_outcome": {"claim_rejected": 1, "release_from_custody": 1},
    "resolved": 2,
    "cases": 0,
    # A1 is a 2021 threat with an outcome, but its recourse is dated 2020-11: only B3's
    "recourses": 1,
    "recourses_by_type": {"claim_rejected": 1},
    "recourse_persons": 1,
    "by_legal_article": {},
}

# Two months cut out of A1's four; A2 in January. Counting is by whole months, so the
# period starting 2020-12-15 is stated as covering from 2020-12-01.
WINTER: dict[str, Any] = {
    "period": {"from": "2020-12-01", "to": "2021-01-31"},
    "threats": 2,
    "persons": 2,  # reporter a (woman, from A1), union leader k
    "by_month": {"2020-12": 1, "2021-01": 2},
    "by_year": {"2020": 1, "2021": 2},
    "by_sector": {"information": 1, "land": 1, "trade_unions": 1},
    "by_region": {"almaty": 1, "turkistan": 1},
    "by_locality": {},
    "by_block": {"administrative": 1, "criminal": 1},
    "by_type": {"administrative_penalty": 1, "detention": 1},
    "by_perpetrator": {"state": 2},
    "by_state_body": {"akimat": 1, "court": 1, "police": 1},
    "by_company": {},  # A1 and A2 name no company
    "by_gender": {"man": 1, "woman": 1},
    "by_category": {"unspecified": 2},
    # reporter a (A1: land, information; A2: trade_unions), union leader k (A2)
    "persons_by_sector": {"information": 1, "land": 1, "trade_unions": 2},
    "persons_by_region": {"almaty": 1, "turkistan": 2},
    "by_outcome": {"release_from_custody": 1},
    "resolved": 1,
    "cases": 0,
    "recourses": 0,  # A1's release is dated by its start, 2020-11, before the period
    "recourses_by_type": {},
    "recourse_persons": 0,
    "by_legal_article": {},
}

# Only B2's second month (it began in 2021-12).
FROM_2022: dict[str, Any] = {
    "period": {"from": "2022-01-01", "to": None},
    "threats": 1,
    "persons": 2,
    "by_month": {"2022-01": 1},
    "by_year": {"2022": 1},
    "by_sector": {"business": 1, "land": 1, "tax": 1},
    "by_region": {"astana": 1},
    "by_locality": {},
    "by_block": {"criminal": 1},
    "by_type": {"criminal_charge": 1},
    "by_perpetrator": {"company": 1, "state": 1},
    "by_state_body": {"prosecutor": 1},
    "by_company": {"X LLP": 1, "Y LLP": 1},
    "by_gender": {"legal_entity": 1, "man": 1},
    "by_category": {"unspecified": 2},
    "persons_by_sector": {"business": 2, "land": 2, "tax": 2},  # lawyer p, firm l
    "persons_by_region": {"astana": 2},
    "by_outcome": {},
    "resolved": 0,
    "cases": 0,
    "recourses": 0,
    "recourses_by_type": {},
    "recourse_persons": 0,
    "by_legal_article": {},
}

# turkistan takes in A2, written as south_kazakhstan; reporter a has no gender in A2 alone.
TURKISTAN: dict[str, Any] = {
    "period": {"from": None, "to": None},
    "threats": 1,
    "persons": 2,
    "by_month": {"2021-01": 1},
    "by_year": {"2021": 1},
    "by_sector": {"trade_unions": 1},
    "by_region": {"turkistan": 1},
    "by_locality": {},
    "by_block": {"administrative": 1},
    "by_type": {"administrative_penalty": 1},
    "by_perpetrator": {"state": 1},
    "by_state_body": {"akimat": 1},
    "by_company": {},
    "by_gender": {"man": 1, "unknown": 1},
    "by_category": {"unspecified": 2},
    "persons_by_sector": {"trade_unions": 2},  # reporter a, union leader k
    "persons_by_region": {"turkistan": 2},  # A2 written as south_kazakhstan
    "by_outcome": {},
    "resolved": 0,
    "cases": 0,
    "recourses": 0,
    "recourses_by_type": {},
    "recourse_persons": 0,
    "by_legal_article": {},
}

# Sector "information": A1 and B3 (with all their sectors: threat-sectors).
INFORMATION: dict[str, Any] = {
    "period": {"from": None, "to": None},
    "threats": 2,
    "persons": 1,  # reporter a in both
    "by_month": {"2020-11": 1, "2020-12": 1, "2021-01": 1, "2021-02": 1, "2021-06": 1},
    "by_year": {"2020": 2, "2021": 3},
    "by_sector": {"information": 2, "land": 1},
    "by_region": {"almaty": 2},
    "by_locality": {},
    "by_block": {"criminal": 1, "other": 1},
    "by_type": {"defamation": 1, "detention": 1},
    "by_perpetrator": {"citizen": 1, "state": 1},
    "by_state_body": {"court": 1, "police": 1},
    "by_company": {},
    "by_gender": {"woman": 1},
    "by_category": {"unspecified": 1},
    "persons_by_sector": {"information": 1, "land": 1},  # reporter a (A1 has land too)
    "persons_by_region": {"almaty": 1},
    "by_outcome": {"claim_rejected": 1, "release_from_custody": 1},
    "resolved": 2,
    "cases": 0,
    "recourses": 2,  # A1 and B3
    "recourses_by_type": {"claim_rejected": 1, "release_from_custody": 1},
    "recourse_persons": 1,
    "by_legal_article": {},
}

# Bob's records: B1 counts, since its linked twin A5 (alice's) is not selected.
BOB: dict[str, Any] = {
    "period": {"from": None, "to": None},
    "threats": 4,
    "persons": 5,
    "by_month": {"2020-11": 1, "2021-02": 1, "2021-06": 1, "2021-12": 1, "2022-01": 1},
    "by_year": {"2020": 1, "2021": 3, "2022": 1},
    "by_sector": {
        "business": 1, "environment": 1, "health": 1, "information": 1, "land": 1, "tax": 1,
    },
    "by_region": {"almaty": 2, "astana": 1, "jambyl": 1},
    "by_locality": {},
    "by_block": {"criminal": 2, "other": 2},
    "by_type": {"criminal_charge": 1, "defamation": 1, "detention": 1, "physical_attack": 1},
    "by_perpetrator": {"citizen": 1, "company": 1, "state": 2, "unknown": 1},
    "by_state_body": {"national_security_committee": 1, "prosecutor": 1},
    "by_company": {"X LLP": 1, "Y LLP": 1},  # B2
    "by_gender": {"legal_entity": 1, "man": 1, "unknown": 1, "woman": 2},
    "by_category": {"unspecified": 5},
    # doctor q (B1); lawyer p, firm l (B2); reporter a (B3); eco activist r (B4)
    "persons_by_sector": {
        "business": 2, "environment": 1, "health": 1, "information": 1, "land": 2,
        "tax": 2,
    },
    "persons_by_region": {"almaty": 2, "astana": 2, "jambyl": 1},
    "by_outcome": {"claim_rejected": 1},
    "resolved": 1,
    "cases": 0,
    "recourses": 1,  # B3
    "recourses_by_type": {"claim_rejected": 1},
    "recourse_persons": 1,
    "by_legal_article": {},
}


def test_the_whole_dataset_gives_every_figure_counted_by_hand(dataset: Dataset) -> None:
    report = compute_report(dataset.office)
    assert list(report) == list(KEYS)
    assert report == EVERYTHING


def test_the_connection_alone_gives_the_same_report(dataset: Dataset) -> None:
    assert compute_report(dataset.office.conn, taxonomy=dataset.office.taxonomy) == EVERYTHING


@pytest.mark.parametrize(("filters", "expected"), [
    (ReportFilters(date_from="2021-01", date_to="2021-12"), YEAR_2021),
    (ReportFilters(date_from="2020-12-15", date_to="2021-01"), WINTER),
    (ReportFilters(date_from="2022-01"), FROM_2022),
    (ReportFilters(region="turkistan"), TURKISTAN),
    (ReportFilters(sector="information"), INFORMATION),
    (ReportFilters(observer="Oral observer"), BOB),
], ids=["year-2021", "winter-cuts-a-continuing-threat", "from-2022", "turkistan",
        "information", "observer-bob"])
def test_filters_select_records_and_months_as_counted_by_hand(
    dataset: Dataset, filters: ReportFilters, expected: dict[str, Any]
) -> None:
    assert compute_report(dataset.office, filters) == expected


def test_the_historical_region_code_selects_its_reported_region(dataset: Dataset) -> None:
    assert compute_report(dataset.office, ReportFilters(region="south_kazakhstan")) == TURKISTAN


def test_an_observer_is_the_author_of_the_first_version_even_after_an_office_edit(
    dataset: Dataset,
) -> None:
    by_fingerprint = compute_report(dataset.office, ReportFilters(observer=dataset.alice))
    # A1 A2 A3 (edited by the office) A5; A4 deleted.
    assert by_fingerprint["threats"] == 4
    assert by_fingerprint["by_region"] == {"almaty": 1, "atyrau": 1, "jambyl": 1,
                                           "turkistan": 1}
    assert by_fingerprint == compute_report(dataset.office,
                                            ReportFilters(observer="Aktobe observer"))


def test_without_the_link_the_two_reports_of_one_attack_count_twice(dataset: Dataset) -> None:
    report = compute_report(dataset.unlinked)
    assert report == {
        **EVERYTHING,
        "threats": 8,
        "by_month": {**EVERYTHING["by_month"], "2021-02": 3},
        "by_year": {**EVERYTHING["by_year"], "2021": 8},
        "by_sector": {**EVERYTHING["by_sector"], "health": 2},
        "by_region": {**EVERYTHING["by_region"], "jambyl": 2},
        "by_block": {**EVERYTHING["by_block"], "other": 3},
        "by_type": {**EVERYTHING["by_type"], "physical_attack": 2},
        "by_perpetrator": {**EVERYTHING["by_perpetrator"], "unknown": 2},
    }
    # doctor q is one person either way
    assert report["persons"] == 7


def test_deleting_the_counted_twin_lets_the_other_count(dataset: Dataset) -> None:
    office = dataset.copy(dataset.office, "twin-deleted")
    first = min(dataset.ids["A5"], dataset.ids["B1"])
    records.delete_record(office, first)
    assert compute_report(office)["threats"] == 7
    assert compute_report(office)["by_region"]["jambyl"] == 1


def test_linking_a_third_record_to_the_incident_still_counts_it_once(
    dataset: Dataset,
) -> None:
    office = dataset.copy(dataset.office, "three-linked")
    [extra] = records.add_records(office, [{
        "title": "Clinic doctor beaten", "occurred_on": "2021-02-15", "region": "jambyl",
        "threat_type": "physical_attack", "sectors": ["health"]}])
    assert compute_report(office)["threats"] == 8
    duplicates.link_pair(office, extra, dataset.ids["B1"])
    assert compute_report(office)["threats"] == 7


def test_every_figure_names_its_counting_unit() -> None:
    # Every figure the report or its published form holds (the published form names the
    # figures the report is gaining as well).
    assert set(UNITS) == {*KEYS, *PUBLISHED_MAPS, *PUBLISHED_SCALARS} - {"period"}
    assert UNITS["by_month"] == "threat-months"
    assert UNITS["by_sector"] == "threat-sectors"
    assert UNITS["persons"] == UNITS["by_gender"] == "persons"
    assert UNITS["threats"] == UNITS["by_region"] == UNITS["resolved"] == "threats"


@pytest.mark.parametrize(("filters", "problem", "words"), [
    (ReportFilters(region="atlantis"), ("region", "unknown_code"),
     ["--region", "allowed", "turkistan"]),
    (ReportFilters(sector="fishing"), ("sector", "unknown_code"),
     ["--sector", "allowed", "metallurgy"]),
    (ReportFilters(date_from="2021-13"), ("date_from", "bad_period_date"), ["--from", "YYYY-MM"]),
    (ReportFilters(date_to="21-01-01"), ("date_to", "bad_period_date"), ["--to", "YYYY-MM"]),
    (ReportFilters(date_from="2021-05", date_to="2021-04-30"), ("date_to", "period_reversed"),
     ["--to", "before"]),
    (ReportFilters(observer="nobody"), ("observer", "unknown_observer"),
     ["--observer", "nobody"]),
])
def test_bad_filters_are_refused_naming_what_is_allowed(
    dataset: Dataset, filters: ReportFilters, problem: tuple[str, str], words: list[str]
) -> None:
    with pytest.raises(InvalidInput) as raised:
        compute_report(dataset.office, filters)
    assert [(p.field, p.code) for p in raised.value.problems] == [problem]
    said = sentence(with_report_flags(raised.value))  # what `fieldapp report` prints
    for word in words:
        assert word in said
