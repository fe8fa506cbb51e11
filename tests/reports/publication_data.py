"""A small office vault built by hand across a year end, for the publication's figures
(test_publication_figures.py) and its command line (test_cli_publications.py):

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

from support import PASSPHRASE

from fieldapp.services import cases
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


def build_office(directory: Path) -> Session:
    """The office vault of the table above (its passphrase: support.PASSPHRASE)."""
    session = create_vault(directory, "office", "figures office", PASSPHRASE,
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
