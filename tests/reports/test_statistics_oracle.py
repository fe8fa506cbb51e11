"""The figures computed from temporary tables (issue 13) equal those of the single statement
they replaced (kept in oracle_sql.py), on generated records: stages of cases, merged cases,
linked duplicates, outcomes dated later, edited and deleted records, under every kind of
filter; and a report over a period alone, read from the facts kept with each record
(reports/indexed.py), equals the general computation."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest

from fieldapp.reports.statistics import (
    ReportFilters,
    _assemble,
    _figure_rows,
    _parameters,
    compute_report,
)
from fieldapp.services import cases, duplicates
from fieldapp.services.demo import generate_records
from fieldapp.services.records import add_records, delete_record, edit_record
from fieldapp.services.session import Session, create_vault
from fieldapp.store.keyfile import KDF_FLOOR
from tests.reports.oracle_sql import REPORT_SQL


def _stage(record: dict[str, Any], rng: random.Random, case_ids: list[str]) -> dict[str, Any]:
    made = {**record, "sources": []}
    if rng.random() < 0.4:
        made["case"] = rng.choice(case_ids)
        if rng.random() < 0.5:
            made["victims"] = []
    if rng.random() < 0.2:  # the same city and company spelled another way
        made["locality"] = rng.choice(("г. Алматы", "ALMATY city", "Almaty", " almaty "))
        made["perpetrators"] = [*record["perpetrators"],
                                {"kind": "bank", "name": rng.choice(("Otbasy Bank JSC",
                                                                     "otbasy  bank"))}]
    if rng.random() < 0.3:
        made["legal_articles"] = sorted(rng.sample(("cc_130", "cc_174", "cc_274"), 2))
    if rng.random() < 0.3:
        made["outcome"] = rng.choice(("release_from_custody", "acquittal"))
        if rng.random() < 0.5:
            made["outcome_on"] = f"{int(record['occurred_on'][:4]) + 1}-03"
    return made


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Session:
    directory: Path = tmp_path_factory.mktemp("oracle") / "office"
    session = create_vault(directory, "office", "oracle office", "oracle passphrase",
                           params=KDF_FLOOR)
    rng = random.Random(13)  # noqa: S311 - synthetic data
    case_ids = [case_id for case_id, _ in cases.add_cases(session, [
        {"title": f"Case {n}", "opened_on": "2016-01",
         "persons": [{"alias": f" Person  {n % 5} ", "gender": rng.choice(("man", None))}]}
        for n in range(12)])]
    cases.merge_cases(session, case_ids[0], case_ids[1])
    ids = add_records(session, [_stage(r, rng, case_ids)
                                for r in generate_records(400, with_sources=False)])
    for first, second in zip(ids[:30:2], ids[1:30:2], strict=True):
        duplicates.link_pair(session, first, second)
    duplicates.link_pair(session, ids[1], ids[2])  # a chain of three
    for record_id in ids[-10:]:
        delete_record(session, record_id)
    for n, record_id in enumerate(ids[100:130]):  # the facts follow each new head
        edit_record(session, record_id, {
            "victims": [{"alias": f"Renamed {n % 7}", "gender": rng.choice(("woman", None))}]
            if n % 3 else [],
            "perpetrators": [{"kind": "state", "body": "police"}, {"kind": "company"}],
            "legal_articles": ["cc_400"] if n % 2 else []})
    return session


# The figures the former statement computed (issue 15 added the others).
FORMER_KEYS = ("period", "threats", "persons", "by_month", "by_sector", "by_region",
               "by_block", "by_type", "by_perpetrator", "by_state_body", "by_gender",
               "by_outcome", "resolved", "cases", "recourses", "recourses_by_type",
               "recourse_persons", "by_legal_article")
FILTERS = (ReportFilters(), ReportFilters(date_from="2019-01", date_to="2019-12"),
           ReportFilters(date_from="2020-03-15"), ReportFilters(date_to="2018-06"),
           ReportFilters(region="almaty"), ReportFilters(sector="land", date_from="2018-01"),
           ReportFilters(date_from="2021-02", date_to="2021-02"))


@pytest.mark.parametrize("filters", FILTERS, ids=repr)
def test_the_figures_equal_those_of_the_former_statement(vault: Session,
                                                         filters: ReportFilters) -> None:
    report = compute_report(vault, filters)
    rows = vault.conn.execute(REPORT_SQL, _parameters(filters, vault.taxonomy)).fetchall()
    former = _assemble(rows, filters)
    assert {key: report[key] for key in FORMER_KEYS} == {key: former[key] for key in FORMER_KEYS}
    assert report["threats"] > 0 or filters.date_from == "2021-02"


@pytest.mark.parametrize("filters", [f for f in FILTERS if f.region is None
                                     and f.sector is None and f.observer is None], ids=repr)
def test_a_period_read_from_the_indexes_equals_the_general_computation(
        vault: Session, filters: ReportFilters) -> None:
    general = _assemble(_figure_rows(vault.conn, _parameters(filters, vault.taxonomy)),
                        filters)
    assert compute_report(vault, filters) == general
    assert general["persons"] > 0 or filters.date_from == "2021-02"
    if filters.date_from != "2021-02":  # every new figure has something to count
        for key in ("by_locality", "by_company", "by_category", "persons_by_sector",
                    "persons_by_region", "by_year"):
            assert general[key], key


def test_the_facts_of_a_deleted_record_are_gone(vault: Session) -> None:
    assert vault.conn.execute(
        "SELECT count(*) FROM record_victims AS v JOIN records AS r ON r.rowid = v.record_rowid"
        " WHERE r.deleted = 1").fetchone()[0] == 0


def test_the_report_leaves_no_table_and_no_open_transaction(vault: Session) -> None:
    compute_report(vault)
    assert not vault.conn.in_transaction
    assert vault.conn.execute("SELECT count(*) FROM temp.sqlite_master").fetchone()[0] == 0
