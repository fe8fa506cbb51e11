"""Cases, recourses and legal articles in the report, against counts worked out by hand.

The dataset is made through the services at the office, except R7: alice writes it, it
reaches the office in a real bundle, and the office files it under C3. Persons are named by
alias; "-" is a record with no victims of its own.

  case  persons (head)                 merged
  C1    Activist Erlan (man)           -
  C2    Journalist Aigul (woman)       } merged at the office into one matter
  C3    Lawyer Bolat (man)             }
  C4    Union Chair Dana (woman), Secretary Gulnar (woman)

  rec  case date        region     type             victims  articles       outcome, its date
  R1   C1   2017-03-10  karaganda  police_summons   -        cc_174         -
  R2   C1   2017-04-02  karaganda  detention        -        cc_174 cc_274  release, 2019-05-20
  R3   C1   2017-11-15  karaganda  criminal_charge  -        cc_274         -
  R4   C1   2018-06-01  karaganda  guilty_verdict   -        cc_274         -
  R5   C1   2018-10-01  karaganda  appeal_rejected  -        -              -
  R6   C2   2019-02-05  almaty     defamation       -        cc_130         rejected, none
  R7   C3   2019-03-12  almaty     lawsuit          -        cc_130         rejected, 2020-01-15
  R8   C4   2020-06-01  pavlodar   dismissal        Dana     -              -
  R9   -    2019-05-10  shymkent   physical_attack  Timur    -              other_positive, none
  R10  -    2019-05-11  shymkent   physical_attack  timur    -              other_positive, none
  R12  -    2020-02-01  astana     admin. penalty   -        ac_488         act_cancelled, 2020-03

("release" is release_from_custody, "rejected" claim_rejected, "act_cancelled"
judicial_act_cancelled; "none": no outcome_on, so the recourse is dated by the record's own
date.) R9 and R10 are linked as one incident. Sectors: C1's stages anti_corruption, R6 R7 R9 R10
information, R8 trade_unions, R12 housing.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from fieldapp.reports.statistics import (
    KEYS,
    UNIT_DEFINITIONS,
    UNITS,
    ReportFilters,
    compute_report,
)
from fieldapp.services import cases, duplicates, records, reporting
from fieldapp.services.session import Session
from tests.exchange.conftest import Lab, Template, export_path, make_world
from tests.reports.conftest import _import

NEW_KEYS = ("cases", "recourses", "recourses_by_type", "recourse_persons", "by_legal_article")


def person(alias: str, gender: str | None = None) -> dict[str, Any]:
    return {"alias": alias, "gender": gender}


def stage(case: str | None, on: str, region: str, threat_type: str, sectors: list[str],
          victims: list[dict[str, Any]], articles: list[str],
          outcome: str | None = None, outcome_on: str | None = None) -> dict[str, Any]:
    return {"title": f"{threat_type} in {region}", "occurred_on": on, "region": region,
            "threat_type": threat_type, "sectors": sectors, "victims": victims,
            "case": case, "legal_articles": articles, "outcome": outcome,
            "outcome_on": outcome_on}


C1_STAGES = {
    "R1": stage("KAR-2017-001", "2017-03-10", "karaganda", "police_summons",
                ["anti_corruption"], [], ["cc_174"]),
    "R2": stage("KAR-2017-001", "2017-04-02", "karaganda", "detention", ["anti_corruption"],
                [], ["cc_174", "cc_274"], "release_from_custody", "2019-05-20"),
    "R3": stage("KAR-2017-001", "2017-11-15", "karaganda", "criminal_charge",
                ["anti_corruption"], [], ["cc_274"]),
    "R4": stage("KAR-2017-001", "2018-06-01", "karaganda", "guilty_verdict",
                ["anti_corruption"], [], ["cc_274"]),
    "R5": stage("KAR-2017-001", "2018-10-01", "karaganda", "appeal_rejected",
                ["anti_corruption"], [], []),
}
OTHERS = {
    "R6": stage("ALA-2019-001", "2019-02-05", "almaty", "defamation", ["information"], [],
                ["cc_130"], "claim_rejected"),
    "R8": stage("PAV-2020-001", "2020-06-01", "pavlodar", "dismissal", ["trade_unions"],
                [person("Union Chair Dana", "woman")], []),
    "R9": stage(None, "2019-05-10", "shymkent", "physical_attack", ["information"],
                [person("Blogger Timur", "man")], [], "other_positive"),
    "R10": stage(None, "2019-05-11", "shymkent", "physical_attack", ["information"],
                 [person("blogger  timur", "man")], [], "other_positive"),
    "R12": stage(None, "2020-02-01", "astana", "administrative_penalty", ["housing"], [],
                 ["ac_488"], "judicial_act_cancelled", "2020-03"),
}
ALICE_STAGE = stage(None, "2019-03-12", "almaty", "lawsuit", ["information"], [],
                    ["cc_130"], "claim_rejected", "2020-01-15")


@dataclass
class CaseData:
    lab: Lab
    office: Session  # C2 and C3 merged
    unmerged: Session  # the same vault just before the merge
    alice: str  # her fingerprint
    ids: dict[str, str]

    def copy(self, label: str) -> Session:
        """An independent copy of the merged office a test may change."""
        return self.lab.copy_of(self.office, label)


def _add(session: Session, items: dict[str, dict[str, Any]]) -> dict[str, str]:
    return dict(zip(items, records.add_records(session, list(items.values())), strict=True))


@pytest.fixture(scope="module")
def data(template: Template, tmp_path_factory: pytest.TempPathFactory) -> Iterator[CaseData]:
    lab = Lab(template, tmp_path_factory.mktemp("case-vaults"))
    world = make_world(lab)
    office, alice = world.office, world.alice
    made = cases.add_cases(office, [
        {"reference": "KAR-2017-001", "title": "Activist prosecuted", "region": "karaganda",
         "opened_on": "2017-03", "persons": [person("Activist Erlan", "man")]},
        {"reference": "ALA-2019-001", "title": "Journalist sued", "region": "almaty",
         "opened_on": "2019-02", "persons": [person("Journalist Aigul", "woman")]},
        {"reference": "PAV-2020-001", "title": "Union chair dismissed", "region": "pavlodar",
         "opened_on": "2020-06", "persons": [person("Union Chair Dana", "woman"),
                                             person("Secretary Gulnar", "woman")]},
    ])
    [(c3, _)] = cases.add_cases(office, [
        {"reference": "ALA-2019-002", "title": "Lawyer sued", "region": "almaty",
         "opened_on": "2019-03", "persons": [person("Lawyer Bolat", "man")]}])
    ids = {**_add(office, C1_STAGES), **_add(office, OTHERS)}
    ids["R7"] = records.add_records(alice, [ALICE_STAGE])[0]
    _import(office, export_path(alice, world.usb))
    records.edit_record(office, ids["R7"], {"case": "ALA-2019-002"})
    duplicates.link_pair(office, ids["R9"], ids["R10"])
    unmerged = lab.copy_of(office, "office-unmerged")
    cases.merge_cases(office, made[1][0], c3)
    yield CaseData(lab, office, unmerged, alice.identity.fingerprint, ids)
    lab.close()


def new_figures(report: dict[str, Any]) -> dict[str, Any]:
    return {key: report[key] for key in (*NEW_KEYS, "threats", "persons", "resolved")}


# No filter: R1-R8, R9|R10 once, R12.
EVERYTHING = {
    "cases": 3,  # C1; C2 and C3 merged (R6, R7) once; C4
    "recourses": 5,  # R2, R6, R7, R9|R10 once, R12
    "recourses_by_type": {"claim_rejected": 2, "judicial_act_cancelled": 1,
                          "other_positive": 1, "release_from_custody": 1},
    # erlan (R2, from C1), aigul and bolat (R6 and R7, from the merged group), timur (R9)
    "recourse_persons": 4,
    # cc_174: R1 R2; cc_274: R2 R3 R4; cc_130: R6 R7; ac_488: R12
    "by_legal_article": {"ac_488": 1, "cc_130": 2, "cc_174": 2, "cc_274": 3},
    "threats": 10,
    # erlan (C1's stages name no one), aigul, bolat, dana (R8 names her; not Gulnar), timur
    "persons": 5,
    "resolved": 5,  # R2 R6 R7 R9 R12
}


def test_every_new_figure_of_the_whole_dataset_counted_by_hand(data: CaseData) -> None:
    report = compute_report(data.office)
    assert list(report) == list(KEYS)
    assert list(KEYS[-len(NEW_KEYS):]) == list(NEW_KEYS)
    assert new_figures(report) == EVERYTHING
    # the case persons stand for the victims of the stages that name none
    assert report["by_gender"] == {"man": 3, "woman": 2}  # erlan, bolat, timur; aigul, dana


@pytest.mark.parametrize(("filters", "expected"), [
    # R1 R2 R3 are 2017 threats; R2's release is a 2019 recourse, not a 2017 one.
    (ReportFilters(date_from="2017-01", date_to="2017-12"), {
        "cases": 1, "recourses": 0, "recourses_by_type": {}, "recourse_persons": 0,
        "by_legal_article": {"cc_174": 2, "cc_274": 2}, "threats": 3, "persons": 1,
        "resolved": 1}),
    # Threats R6 R7 R9|R10; recourses R2 (released 2019-05), R6 (its own date), R9|R10 once;
    # R7's outcome is dated 2020.
    (ReportFilters(date_from="2019-01", date_to="2019-12"), {
        "cases": 1, "recourses": 3,
        "recourses_by_type": {"claim_rejected": 1, "other_positive": 1,
                              "release_from_custody": 1},
        "recourse_persons": 4, "by_legal_article": {"cc_130": 2}, "threats": 3,
        "persons": 3, "resolved": 3}),
    # Threats R8 R12; recourses R7 (whose threat is 2019) and R12, which names no one.
    (ReportFilters(date_from="2020-01", date_to="2020-12"), {
        "cases": 1, "recourses": 2,
        "recourses_by_type": {"claim_rejected": 1, "judicial_act_cancelled": 1},
        "recourse_persons": 2, "by_legal_article": {"ac_488": 1}, "threats": 2,
        "persons": 1, "resolved": 1}),
    # A month: only R2's release.
    (ReportFilters(date_from="2019-05-01", date_to="2019-05-31"), {
        "cases": 0, "recourses": 2,
        "recourses_by_type": {"other_positive": 1, "release_from_custody": 1},
        "recourse_persons": 2, "by_legal_article": {}, "threats": 1, "persons": 1,
        "resolved": 1}),
    # R6 and R7: two stages of the merged pair, one case.
    (ReportFilters(region="almaty"), {
        "cases": 1, "recourses": 2, "recourses_by_type": {"claim_rejected": 2},
        "recourse_persons": 2, "by_legal_article": {"cc_130": 2}, "threats": 2,
        "persons": 2, "resolved": 2}),
    (ReportFilters(sector="information"), {
        "cases": 1, "recourses": 3,
        "recourses_by_type": {"claim_rejected": 2, "other_positive": 1},
        "recourse_persons": 3, "by_legal_article": {"cc_130": 2}, "threats": 3,
        "persons": 3, "resolved": 3}),
    # Alice's one stage takes the persons of the whole merged group.
    (ReportFilters(observer="Aktobe observer"), {
        "cases": 1, "recourses": 1, "recourses_by_type": {"claim_rejected": 1},
        "recourse_persons": 2, "by_legal_article": {"cc_130": 1}, "threats": 1,
        "persons": 2, "resolved": 1}),
    # The observer filter and the period together: alice's recourse is a 2020 one.
    (ReportFilters(observer="Aktobe observer", date_from="2019-01", date_to="2019-12"), {
        "cases": 1, "recourses": 0, "recourses_by_type": {}, "recourse_persons": 0,
        "by_legal_article": {"cc_130": 1}, "threats": 1, "persons": 2, "resolved": 1}),
], ids=["2017", "2019", "2020", "may-2019", "almaty", "information", "alice", "alice-2019"])
def test_filters_select_cases_recourses_and_articles_as_counted_by_hand(
    data: CaseData, filters: ReportFilters, expected: dict[str, Any]
) -> None:
    assert new_figures(compute_report(data.office, filters)) == expected


def test_a_merged_pair_counts_once_and_pools_its_persons(data: CaseData) -> None:
    before = compute_report(data.unmerged)
    assert before["cases"] == 4
    assert before["persons"] == EVERYTHING["persons"]  # the same five people in all
    year_2020 = ReportFilters(date_from="2020-01", date_to="2020-12")
    # R7 alone is a 2020 recourse with persons: before the merge it has only C3's Bolat.
    assert compute_report(data.unmerged, year_2020)["recourse_persons"] == 1
    assert compute_report(data.office, year_2020)["recourse_persons"] == 2
    alice = ReportFilters(observer=data.alice)
    assert compute_report(data.unmerged, alice)["persons"] == 1
    assert compute_report(data.office, alice)["persons"] == 2


def test_unlinking_the_twins_counts_their_recourse_twice(data: CaseData) -> None:
    office = data.copy("dismissed-twins")
    may = ReportFilters(date_from="2019-05", date_to="2019-05")
    assert compute_report(office, may)["recourses"] == 2
    duplicates.dismiss_pair(office, data.ids["R9"], data.ids["R10"])
    report = compute_report(office, may)
    assert (report["threats"], report["recourses"]) == (2, 3)
    assert report["recourses_by_type"]["other_positive"] == 2
    assert report["recourse_persons"] == 2  # timur is one person either way


def test_a_stage_naming_its_own_victims_no_longer_takes_the_case_persons(
    data: CaseData,
) -> None:
    office = data.copy("own-victims")
    year_2017 = ReportFilters(date_from="2017-01", date_to="2017-12")
    assert compute_report(office, year_2017)["persons"] == 1
    records.edit_record(office, data.ids["R3"], {"victims": [person("Witness Saule")]})
    # R1 and R2 still take erlan from the case; R3 now names only saule.
    assert compute_report(office, year_2017)["persons"] == 2


def test_every_new_figure_states_its_unit() -> None:
    assert UNITS["cases"] == "cases"
    assert UNITS["recourses"] == UNITS["recourses_by_type"] == "recourses"
    assert UNITS["recourse_persons"] == "persons"
    assert UNITS["by_legal_article"] == "threat-articles"
    for unit in ("cases", "recourses", "threat-articles"):
        assert unit in UNIT_DEFINITIONS
    assert "outcome_on" in UNIT_DEFINITIONS["recourses"]
    assert "merged" in UNIT_DEFINITIONS["cases"]
    assert "case" in UNIT_DEFINITIONS["persons"]


def table(path: Path) -> tuple[list[str], list[list[str]]]:
    """A CSV table's comment lines and its rows."""
    lines = path.read_text(encoding="utf-8").splitlines()
    comments = [line for line in lines if line.startswith("#")]
    return comments, list(csv.reader(line for line in lines if not line.startswith("#")))


def test_the_csv_tables_carry_the_new_figures_each_with_its_unit(
    data: CaseData, tmp_path: Path
) -> None:
    report = compute_report(data.office, ReportFilters(date_from="2019-01", date_to="2019-12"))
    # At min cell 1 nothing is withheld: every count is written as counted.
    written = reporting.write_csv_tables(data.office, report, tmp_path, 1)
    assert {p.name for p in written} >= {"recourses_by_type.csv", "by_legal_article.csv"}
    comments, summary = table(tmp_path / "summary.csv")
    assert summary[-3:] == [["cases", "1", "cases"], ["recourses", "3", "recourses"],
                            ["recourse_persons", "4", "persons"]]
    assert any(c.startswith("# unit: cases: distinct cases") for c in comments)
    assert any(c.startswith("# unit: recourses: records with a positive outcome dated in the"
                            " period") for c in comments)
    comments, rows = table(tmp_path / "recourses_by_type.csv")
    assert comments[0].startswith("# unit: recourses: ") and "outcome_on" in comments[0]
    assert rows == [["outcome", "label", "recourses"],
                    ["claim_rejected", "Claim rejected", "1"],
                    ["other_positive", "Other positive outcome", "1"],
                    ["release_from_custody", "Release from custody", "1"]]
    comments, rows = table(tmp_path / "by_legal_article.csv")
    assert comments[0] == ("# unit: threat-articles: a record counted once under each legal"
                           " article it cites")
    assert rows == [["legal_article", "label", "threat-articles"],
                    ["cc_130", "CC art. 130: Defamation", "2"]]
