"""The publication's figures (issue 15) on the small vault of publication_data.py, built by
hand across a year end (read its table first): localities and companies folded, persons by
category, sector and region, the yearly series, the period shorthands, and the comparison
with the period before."""

from __future__ import annotations

from typing import Any

import pytest

from fieldapp.errors import InvalidInput
from fieldapp.services import reporting
from fieldapp.services.session import Session
from tests.reports.publication_data import build_office


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Session:
    return build_office(tmp_path_factory.mktemp("publication") / "office")


NEW_KEYS = ("by_year", "by_locality", "by_company", "by_category", "persons_by_sector",
            "persons_by_region")


def _new(figures: dict[str, Any]) -> dict[str, Any]:
    return {key: figures[key] for key in NEW_KEYS}


def _report(office: Session, period: str, compare: bool = False) -> dict[str, Any]:
    return reporting.report(office, reporting.filters_for(None, None, period), compare)


# The first quarter of 2024: P3, P4, P5 (from its start on 30 March), P6.
Q1_2024 = {
    "by_year": {"2024": 4},  # a month each (P5's April is after the quarter)
    # "Astana" and "astana city" are one city (a tie: the first spelling in order shows)
    "by_locality": {"ALMATY": 1, "Aktau": 1, "Astana": 2},
    # P3 and P5 name one bank (legal form and spacing aside); P4 the company
    "by_company": {"Otbasy Bank JSC": 2, "oil construction company": 1},
    # Erlan lawyer, Farida defender (from her case); Bolat and Aida were given a category
    # only before the quarter, Dana never
    "by_category": {"human_rights_defender": 1, "lawyer": 1, "unspecified": 3},
    # banking: Bolat, Dana (P3); oil: Erlan (P4); land: Farida (P5); information: Aida (P6)
    "persons_by_sector": {"banking": 2, "information": 1, "land": 1, "oil": 1},
    # astana: Bolat, Dana, Farida; mangystau: Erlan; almaty: Aida
    "persons_by_region": {"almaty": 1, "astana": 3, "mangystau": 1},
}

# The last quarter of 2023, the one before: P1 and P2.
Q4_2023 = {
    "by_year": {"2023": 2},
    # "г. Алматы" and "Almaty" are one city across scripts
    "by_locality": {"Almaty": 2},
    # "Oil Construction Company LLP" and "ТОО «Oil Construction Company»" are one company
    "by_company": {"Oil Construction Company LLP": 2},
    "by_category": {"journalist": 1, "trade_unionist": 1},  # Aida, Bolat
    "persons_by_sector": {"land": 2, "oil": 2},  # P2 names both; P1 Aida
    "persons_by_region": {"almaty": 2},
}


def test_a_quarter_counts_its_places_and_persons_as_counted_by_hand(office: Session) -> None:
    figures = _report(office, "2024-Q1")
    assert figures["period"] == {"from": "2024-01-01", "to": "2024-03-31"}
    # threats P3-P6; persons Bolat, Dana, Erlan, Farida, Aida; the case of P5; P6's recourse
    assert [figures[k] for k in ("threats", "persons", "cases", "recourses")] == [4, 5, 1, 1]
    assert _new(figures) == Q1_2024


def test_the_comparison_crosses_the_year_end(office: Session) -> None:
    figures = _report(office, "2024-Q1", compare=True)
    before = figures["previous"]
    assert before["period"] == {"from": "2023-10-01", "to": "2023-12-31"}
    assert [before[k] for k in ("threats", "persons", "cases", "recourses")] == [2, 2, 0, 0]
    assert _new(before) == Q4_2023
    assert set(before) == set(figures) - {"previous", "change"}
    # twice the threats, 2.5 times the persons; no case or recourse before: no ratio
    assert figures["change"] == {"threats": 2.0, "persons": 2.5, "cases": None,
                                 "recourses": None}


def test_a_year_and_a_half_year_span_their_months(office: Session) -> None:
    year = _report(office, "2024", compare=True)
    assert year["period"] == {"from": "2024-01-01", "to": "2024-12-31"}
    assert year["by_year"] == {"2024": 5}  # P5 counts in March and in April
    assert year["previous"]["period"] == {"from": "2023-01-01", "to": "2023-12-31"}
    assert year["previous"]["by_year"] == {"2023": 2}
    half = _report(office, "2024-H2", compare=True)
    assert half["period"] == {"from": "2024-07-01", "to": "2024-12-31"}
    assert half["threats"] == 0 and half["previous"]["threats"] == 4  # P3-P6 in H1
    assert half["change"]["threats"] == 0.0
    everything = reporting.report(office)
    assert everything["by_year"] == {"2023": 2, "2024": 5}
    # across both years Almaty is written three ways, once each (a tie: the first spelling
    # in order shows), and so is the company
    assert everything["by_locality"] == {"ALMATY": 3, "Aktau": 1, "Astana": 2}
    assert everything["by_company"] == {"Oil Construction Company LLP": 3,
                                        "Otbasy Bank JSC": 2}


@pytest.mark.parametrize(("period", "dates"), [
    ("2024", ("2024-01-01", "2024-12-31")), ("2024-H1", ("2024-01-01", "2024-06-30")),
    ("2024-h2", ("2024-07-01", "2024-12-31")), ("2024-Q2", ("2024-04-01", "2024-06-30")),
    ("2023-Q4", ("2023-10-01", "2023-12-31")), ("2024-02", ("2024-02-01", "2024-02-29")),
])
def test_period_shorthands_stand_for_from_and_to(office: Session, period: str,
                                                 dates: tuple[str, str]) -> None:
    assert _report(office, period)["period"] == {"from": dates[0], "to": dates[1]}


@pytest.mark.parametrize(("period", "code"), [
    ("2024-Q5", "bad_period"), ("2024-H3", "bad_period"), ("24", "bad_period"),
    ("2024-13", "bad_period"), ("Q1-2024", "bad_period"), ("", "bad_period"),
])
def test_a_bad_period_is_named(office: Session, period: str, code: str) -> None:
    with pytest.raises(InvalidInput) as raised:
        reporting.filters_for(None, None, period)
    assert [(p.field, p.code) for p in raised.value.problems] == [("period", code)]


def test_a_period_and_dates_together_or_a_comparison_without_ends_are_refused(
        office: Session) -> None:
    with pytest.raises(InvalidInput) as raised:
        reporting.filters_for("2024-01", None, "2024")
    assert raised.value.problems[0].code == "period_with_dates"
    with pytest.raises(InvalidInput) as raised:
        reporting.report(office, reporting.filters_for("2024-01", None, None), compare=True)
    assert raised.value.problems[0].code == "compare_needs_period"
