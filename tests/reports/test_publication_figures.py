"""The publication's figures (issue 15) on a small vault built by hand across a year end:
localities and companies folded, persons by category, sector and region, the yearly series,
the period shorthands, and the comparison with the period before.

  P1 2023-11-10  almaty     oil          "г. Алматы"   company "Oil Construction Company LLP"
                            victims: Aida (woman, journalist)
  P2 2023-12-05  almaty     oil, land    "Almaty"      company "ТОО «Oil Construction Company»"
                            victims: aida (again), Bolat (man, trade unionist)
  P3 2024-01-20  astana     banking      "Astana"      bank "Otbasy Bank JSC", police
                            victims: BOLAT, Dana (woman, no category)
  P4 2024-02-11  mangystau  oil          "Aktau"       company "oil construction company"
                            victims: Erlan (man, lawyer)
  P5 2024-03-30..2024-04  astana  land   "astana city" bank "otbasy  bank"
                            names nobody: takes its case's person Farida (woman, defender)
  P6 2024-03-02  almaty     information  "ALMATY"      no perpetrator named
                            victims: Aida; acquitted, dated 2024-03 (a recourse)
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from fieldapp.errors import InvalidInput
from fieldapp.services import cases, reporting
from fieldapp.services.records import add_records
from fieldapp.services.session import Session, create_vault
from fieldapp.store.keyfile import KDF_FLOOR


def _record(on: str, region: str, sectors: list[str], locality: str,
            perpetrators: list[dict[str, Any]], victims: list[dict[str, Any]],
            **more: Any) -> dict[str, Any]:
    return {"title": f"Threat of {on}", "occurred_on": on, "region": region,
            "threat_type": "detention", "sectors": sectors, "locality": locality,
            "perpetrators": perpetrators, "victims": victims, **more}


def _person(alias: str, gender: str, category: str | None = None) -> dict[str, Any]:
    return {"alias": alias, "gender": gender, "category": category}


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Session:
    directory: Path = tmp_path_factory.mktemp("publication") / "office"
    session = create_vault(directory, "office", "figures office", "figures passphrase",
                           params=KDF_FLOOR)
    [(case_id, _)] = cases.add_cases(session, [{
        "title": "Land dispute", "opened_on": "2024-03",
        "persons": [_person("Farida", "woman", "human_rights_defender")]}])
    company = {"kind": "company", "name": "Oil Construction Company LLP"}
    add_records(session, [
        _record("2023-11-10", "almaty", ["oil"], "г. Алматы", [company],
                [_person("Aida", "woman", "journalist")]),
        _record("2023-12-05", "almaty", ["oil", "land"], "Almaty",
                [{"kind": "company", "name": "ТОО «Oil Construction Company»"}],
                [_person("aida", "woman"), _person("Bolat", "man", "trade_unionist")]),
        _record("2024-01-20", "astana", ["banking"], "Astana",
                [{"kind": "bank", "name": "Otbasy Bank JSC"}, {"kind": "state", "body": "police"}],
                [_person("BOLAT", "man"), _person("Dana", "woman")]),
        _record("2024-02-11", "mangystau", ["oil"], "Aktau",
                [{"kind": "company", "name": "oil construction company"}],
                [_person("Erlan", "man", "lawyer")]),
        _record("2024-03-30", "astana", ["land"], "astana city",
                [{"kind": "bank", "name": "otbasy  bank"}], [], occurred_until="2024-04",
                case=case_id),
        _record("2024-03-02", "almaty", ["information"], "ALMATY", [],
                [_person("Aida", "woman")], outcome="acquittal", outcome_on="2024-03"),
    ])
    return session


NEW_KEYS = ("by_year", "by_locality", "by_company", "by_category", "persons_by_sector",
            "persons_by_region")

# The first quarter of 2024: P3, P4, P5 (from its start on 30 March), P6.
Q1_2024 = {
    "by_year": {"2024": 4},  # one month each: P5's April is outside the quarter
    "by_locality": {"ALMATY": 1, "Aktau": 1, "Astana": 1, "astana city": 1},
    "by_company": {"Oil Construction Company": 0} and {
        "oil construction company": 1,  # P4
        "Otbasy Bank JSC": 1, "otbasy  bank": 0} and None,
}


def _new(figures: dict[str, Any]) -> dict[str, Any]:
    return {key: figures[key] for key in NEW_KEYS}


def test_a_quarter_counts_its_places_and_persons_as_counted_by_hand(office: Session) -> None:
    figures = reporting.report(office, reporting.filters_for(None, None, "2024-Q1"))
    assert figures["period"] == {"from": "2024-01-01", "to": "2024-03-31"}
    assert (figures["threats"], figures["persons"]) == (4, 5)  # bolat dana erlan farida aida
    assert _new(figures) == {
        "by_year": {"2024": 4},  # P3 P4 P5 P6, a month each (P5's April is after the quarter)
        # "Astana" and "astana city" are one city; "ALMATY" is written once in the quarter
        "by_locality": {"ALMATY": 1, "Aktau": 1, "Astana": 2},
        # P3 and P5 name the same bank; P4 the company
        "by_company": {"Otbasy Bank JSC": 1, "otbasy  bank": 0} | {"Otbasy Bank JSC": 2,
                                                                  "oil construction company": 1}
        if False else {"Otbasy Bank JSC": 2, "oil construction company": 1},
        # Aida journalist (from P1, before the quarter: her category is given only there, and
        # a person's category comes from the mentions the report counts), Bolat trade unionist
        # (given in P2 only), Erlan lawyer, Farida defender (her case), Dana none
        "by_category": {"human_rights_defender": 1, "lawyer": 1, "unspecified": 3},
        # banking: bolat dana (P3); oil: erlan (P4); land: farida (P5); information: aida (P6)
        "persons_by_sector": {"banking": 2, "information": 1, "land": 1, "oil": 1},
        # astana: bolat dana farida; mangystau: erlan; almaty: aida
        "persons_by_region": {"almaty": 1, "astana": 3, "mangystau": 1},
    }
