"""A hand-built dataset for the office's figures: two observers' records reach the office
through real bundles (so authors differ), then the office edits one and links a duplicate.

Who wrote what, and why each record is there (the expected counts in test_statistics.py
are worked out by hand from this table):

  A1 alice  almaty     detention      2020-11-20..2021-02  continuing, across a year end;
            two state perpetrators (both police) plus a court; victim "Reporter A"
  A2 alice  south_kazakhstan (reported as turkistan)  2021-01-10; victim " reporter a "
            (same person as A1's, no gender given) and "Union Leader K"
  A3 alice  aktobe/dismissal/2021-03-05/"Driller M"/equipment_returned, then EDITED at the
            office to atyrau/forewarning/2021-04-02/"Driller N"/no outcome
  A4 alice  astana/detention/banking/"Ghost Z"/acquittal, DELETED by alice
  A5 alice  jambyl physical_attack 2021-02-14, victim "Doctor Q"   } LINKED as one
  B1 bob    jambyl physical_attack 2021-02-17, victim "doctor q"   } incident
  B2 bob    astana criminal_charge 2021-12-28..2022-01-03, three sectors, two companies
            and a prosecutor; victims "Lawyer P" and "Firm L" (a legal entity)
  B3 bob    almaty defamation 2021-06, victim "REPORTER  a" (A1's again)
  B4 bob    almaty detention 2020-11-25, overlaps A1 but another story: not a duplicate
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from fieldapp.services import duplicates, importing, records
from fieldapp.services.session import Session
from tests.exchange.conftest import Lab, Template, export_path, make_world
from tests.exchange.conftest import template as template  # the fixture, re-exported


def record(title: str, on: str, region: str, threat_type: str, sectors: list[str],
           perpetrators: list[dict[str, Any]], victims: list[dict[str, Any]],
           until: str | None = None, outcome: str | None = None,
           description: str = "") -> dict[str, Any]:
    return {"title": title, "occurred_on": on, "occurred_until": until, "region": region,
            "threat_type": threat_type, "sectors": sectors, "perpetrators": perpetrators,
            "victims": victims, "outcome": outcome, "description": description}


def state(body: str, name: str = "") -> dict[str, Any]:
    return {"kind": "state", "body": body, "name": name}


def other(kind: str, name: str = "") -> dict[str, Any]:
    return {"kind": kind, "name": name}


def victim(alias: str, gender: str | None = None) -> dict[str, Any]:
    return {"alias": alias, "gender": gender}


ALICE = {
    "A1": record("Journalist detained after land report", "2020-11-20", "almaty", "detention",
                 ["land", "information"],
                 [state("police", "District police"), state("police", "City police"),
                  state("court", "District court")],
                 [victim("Reporter A", "woman")], until="2021-02",
                 outcome="release_from_custody"),
    "A2": record("Union meeting fined", "2021-01-10", "south_kazakhstan",
                 "administrative_penalty", ["trade_unions"], [state("akimat")],
                 [victim(" reporter a "), victim("Union Leader K", "man")]),
    "A3": record("Oil worker fired", "2021-03-05", "aktobe", "dismissal", ["oil"],
                 [other("company", "Drilling LLP")], [victim("Driller M", "man")],
                 outcome="equipment_returned"),
    "A4": record("Bank freezes accounts", "2021-02-01", "astana", "detention", ["banking"],
                 [other("bank")], [victim("Ghost Z", "man")], outcome="acquittal"),
    "A5": record("Doctor attacked near Taraz clinic", "2021-02-14", "jambyl", "physical_attack",
                 ["health"], [other("unknown")], [victim("Doctor Q", "woman")]),
}
A3_EDIT = {"region": "atyrau", "threat_type": "forewarning", "occurred_on": "2021-04-02",
           "sectors": ["oil", "environment"], "victims": [victim("Driller N", "man")],
           "outcome": None}
BOB = {
    "B1": record("Attack on a doctor at the clinic in Taraz", "2021-02-17", "jambyl",
                 "physical_attack", ["health"], [other("unknown")],
                 [victim("doctor q", "woman")]),
    "B2": record("Lawyer charged after tax dispute with Astana firm", "2021-12-28", "astana",
                 "criminal_charge", ["land", "business", "tax"],
                 [other("company", "X LLP"), other("company", "Y LLP"), state("prosecutor")],
                 [victim("Lawyer P", "man"), victim("Firm L", "legal_entity")],
                 until="2022-01-03",
                 description="Prosecutor opened a criminal case against the lawyer of a land"
                             " company."),
    "B3": record("Blogger sued over a post", "2021-06", "almaty", "defamation",
                 ["information"], [other("citizen")], [victim("REPORTER  a", "woman")],
                 outcome="claim_rejected"),
    "B4": record("Environmental activist held", "2020-11-25", "almaty", "detention",
                 ["environment"], [state("national_security_committee")],
                 [victim("Eco Activist R", "unknown")]),
}


@dataclass
class Dataset:
    lab: Lab
    office: Session  # A5 and B1 linked
    unlinked: Session  # the same vault just before the link
    ids: dict[str, str]
    alice: str  # fingerprints
    bob: str

    def copy(self, session: Session, label: str) -> Session:
        """An independent copy a test may change."""
        return self.lab.copy_of(session, label)


def _add(session: Session, items: dict[str, dict[str, Any]]) -> dict[str, str]:
    return dict(zip(items, records.add_records(session, list(items.values())), strict=True))


def _import(office: Session, path: Path) -> None:
    [report] = importing.import_bundles(office, [path])
    assert report.status == "accepted", report


@pytest.fixture(scope="package")
def dataset(template: Template,
            tmp_path_factory: pytest.TempPathFactory) -> Iterator[Dataset]:
    lab = Lab(template, tmp_path_factory.mktemp("report-vaults"))
    world = make_world(lab)
    ids = {**_add(world.alice, ALICE), **_add(world.bob, BOB)}
    _import(world.office, export_path(world.alice, world.usb))
    _import(world.office, export_path(world.bob, world.usb))
    records.delete_record(world.alice, ids["A4"])
    _import(world.office, export_path(world.alice, world.usb))
    records.edit_record(world.office, ids["A3"], A3_EDIT)
    unlinked = lab.copy_of(world.office, "office-unlinked")
    duplicates.link_pair(world.office, ids["A5"], ids["B1"])
    yield Dataset(lab, world.office, unlinked, ids, world.alice.identity.fingerprint,
                  world.bob.identity.fingerprint)
    lab.close()
