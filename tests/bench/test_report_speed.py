"""How long the office's report takes on 200,000 records, a third of them stages of cases.

Run on demand: pytest tests/bench/test_report_speed.py -s. The baseline, measured in the
same run on the same vault, is one plain read of every record's current content (what any
figure over the records must at least pay); the report is stated as a multiple of it, for
the whole dataset and for one year. A year's report looks at more than that year's records:
a recourse of the year may belong to a threat of any earlier year, so every earlier record's
outcome is looked at (in its listing row; only a recourse of the year is read further).
"""

from __future__ import annotations

import os
import random
import shutil
from pathlib import Path
from typing import Any

import pytest

from fieldapp.reports.statistics import ReportFilters, _parameters, compute_report
from fieldapp.services import cases
from fieldapp.services.demo import generate_records
from fieldapp.services.records import add_records
from fieldapp.services.session import Session, create_vault, unlock
from fieldapp.store.database import migration_scripts
from fieldapp.store.keyfile import KDF_FLOOR
from tests.bench.measure import median_seconds, peak_rss_mib
from tests.reports.oracle_sql import REPORT_SQL

PASSPHRASE = "bench passphrase"
RECORDS = 200_000
CASES = 4_000
BATCH = 5_000
ARTICLES = ("cc_130", "cc_174", "cc_274", "cc_400", "ac_488")


def _as_stage(record: dict[str, Any], rng: random.Random, case_ids: list[str]) -> dict[str, Any]:
    """Half the records name persons no other names; a third are stages (half of those
    name no victim of their own); every fifth cites articles; every tenth has an outcome,
    half of those dated later."""
    made = {**record, "sources": []}
    if rng.random() < 0.5:  # half the records name persons no other record names
        made["victims"] = [{**victim, "alias": f"{victim['alias']} {rng.getrandbits(40):x}"}
                           for victim in record["victims"]]
    if rng.random() < 1 / 3:
        made["case"] = rng.choice(case_ids)
        if rng.random() < 0.5:
            made["victims"] = []
    if rng.random() < 0.2:
        made["legal_articles"] = sorted(rng.sample(ARTICLES, rng.randint(1, 2)))
    if rng.random() < 0.1:
        made["outcome"] = "release_from_custody"
        if rng.random() < 0.5:
            made["outcome_on"] = f"{int(record['occurred_on'][:4]) + 1}-06"
    return made


# Bump when the generator above changes: a cached vault is rebuilt when this or the
# schema version differs.
GENERATOR = "stages-v2"


def _build_office(directory: Path, records: int) -> None:
    session = create_vault(directory, "office", "bench office", PASSPHRASE, params=KDF_FLOOR)
    rng = random.Random(2024)  # noqa: S311 - synthetic data
    case_ids = [case_id for case_id, _ in cases.add_cases(session, [
        {"title": f"Case {n}", "opened_on": "2016-01",
         "persons": [{"alias": f"Person {n}", "gender": "man"}]}
        for n in range(records * CASES // RECORDS)])]
    template = generate_records(2_000, with_sources=False)
    for start in range(0, records, BATCH):
        add_records(session, [_as_stage(template[(start + i) % len(template)], rng, case_ids)
                              for i in range(min(BATCH, records - start))])
    session.lock()


def filled_office(directory: Path, records: int = RECORDS) -> Session:
    """The office vault of `records` records, opened again as a coordinator would (the
    write-ahead log folded in). Outside CI it is built once and kept under
    ~/.cache/fieldapp-bench/report/, keyed by the schema version and the generator."""
    if os.environ.get("CI"):
        _build_office(directory, records)
        return unlock(directory, PASSPHRASE)
    version = len(migration_scripts())
    cached = (Path.home() / ".cache" / "fieldapp-bench" / "report"
              / f"schema{version}-{GENERATOR}-{records}")
    if not cached.exists():
        building = cached.with_name(cached.name + ".building")
        shutil.rmtree(building, ignore_errors=True)
        building.parent.mkdir(parents=True, exist_ok=True)
        _build_office(building, records)
        building.rename(cached)
    return unlock(cached, PASSPHRASE)




@pytest.mark.parametrize("records", [RECORDS // 10, RECORDS])
def test_the_report_costs_a_few_reads_of_the_records(tmp_path: Path, records: int) -> None:
    office = filled_office(tmp_path / "office", records)

    def read_everything() -> object:
        return office.conn.execute(
            "SELECT count(json_extract(v.content, '$.outcome')) FROM records AS r"
            " JOIN versions AS v ON v.id = r.head WHERE r.deleted = 0").fetchone()

    read_everything()  # the first read warms the page cache for every measure alike
    baseline = median_seconds(read_everything)
    print(f"\nbaseline: one read of {records} records' content {baseline * 1000:.0f} ms")
    ratios = {}
    for name, filters in (("everything", ReportFilters()),
                          ("one year", ReportFilters(date_from="2019-01", date_to="2019-12"))):
        report = compute_report(office, filters)
        measured = median_seconds(lambda f=filters: compute_report(office, f))
        ratios[name] = measured / baseline
        former = median_seconds(lambda f=filters: office.conn.execute(
            REPORT_SQL, _parameters(f, office.taxonomy)).fetchall(), repeat=1)
        print(f"report of {records}, {name}: {measured * 1000:.0f} ms,"
              f" {ratios[name]:.1f}x the baseline (the former statement: {former * 1000:.0f} ms,"
              f" {former / baseline:.1f}x; {report['threats']} threats,"
              f" {report['cases']} cases, {report['recourses']} recourses);"
              f" peak RSS so far {peak_rss_mib()} MiB")
    office.lock()
    # Recorded, not asserted to the millisecond: a report that read the records once per
    # figure, or ran a query per record, would be far past this.
    if max(ratios.values()) > 12:
        pytest.fail(f"the report took {max(ratios.values()):.0f}x one read of the records")
