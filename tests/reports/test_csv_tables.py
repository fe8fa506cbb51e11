"""The CSV tables of a published report: `x` where a count is withheld, names below the
threshold not listed at all, the new figures each with its unit, and the comparison."""

from __future__ import annotations

import csv
import stat
from pathlib import Path
from typing import Any

import pytest

from fieldapp.domain.taxonomy import load_default
from fieldapp.reports.csv_tables import write_tables
from fieldapp.reports.published import publish_report

TAXONOMY = load_default()

FIGURES: dict[str, Any] = {
    "period": {"from": "2024-01-01", "to": "2024-12-31"},
    "threats": 14, "persons": 9, "resolved": 0, "cases": 2, "recourses": 0,
    "recourse_persons": 0,
    "by_month": {"2024-02": 6, "2024-05": 8},
    "by_year": {"2024": 14},
    "by_region": {"almaty": 12, "jambyl": 2},
    "by_locality": {"Almaty": 11, "Taraz": 2, "=cmd|' /C calc'!A0": 3},
    "by_company": {"Kaz Bank": 1, "Oil Construction Company": 4},
    "by_category": {"journalist": 5, "lawyer": 1, "unspecified": 3},
    "persons_by_sector": {"information": 6, "oil": 3},
    "persons_by_region": {"almaty": 7, "jambyl": 2},
    "previous": {"period": {"from": "2023-01-01", "to": "2023-12-31"}, "threats": 7,
                 "persons": 2, "resolved": 0, "cases": 0, "recourses": 0,
                 "recourse_persons": 0},
    "change": {"threats": 2.0, "persons": 4.5, "cases": None, "recourses": None},
}


def read(path: Path) -> tuple[list[str], list[list[str]]]:
    """A table's comment lines and its rows."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return ([line for line in lines if line.startswith("#")],
            list(csv.reader(line for line in lines if not line.startswith("#"))))


@pytest.fixture(scope="module")
def tables(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("tables") / "out"
    write_tables(publish_report(FIGURES, 3, TAXONOMY), out, TAXONOMY)
    return out


def test_every_figure_is_a_table_and_only_the_owner_can_read_it(tables: Path) -> None:
    assert sorted(p.name for p in tables.iterdir()) == [
        "by_category.csv", "by_company.csv", "by_locality.csv", "by_month.csv",
        "by_region.csv", "by_year.csv", "persons_by_region.csv", "persons_by_sector.csv",
        "summary.csv"]
    assert stat.S_IMODE(tables.stat().st_mode) == 0o700
    assert {stat.S_IMODE(p.stat().st_mode) for p in tables.iterdir()} == {0o600}


def test_a_withheld_count_is_x_and_the_table_says_why(tables: Path) -> None:
    comments, rows = read(tables / "by_region.csv")
    assert comments == [
        "# unit: threats: distinct records (one incident; records linked as duplicates count"
        " once)",
        "# period: 2024-01-01 to 2024-12-31",
        "# withheld: x marks a count below 3, or one withheld so that such a count cannot be"
        " worked out from the totals and the other counts"]
    # jambyl's 2 is below 3; almaty's 12 would give it away under threats 14.
    assert rows == [["region", "label", "threats"], ["almaty", "Almaty (city)", "x"],
                    ["jambyl", "Jambyl Region", "x"]]


def test_the_new_figures_carry_their_units(tables: Path) -> None:
    assert read(tables / "by_year.csv")[1] == [["year", "threat-months"], ["2024", "14"]]
    comments, rows = read(tables / "by_category.csv")
    assert comments[0].startswith("# unit: persons: distinct victims")
    # lawyer (1) and the next smallest go; "unspecified" is no vocabulary code.
    assert rows == [["category", "label", "persons"], ["journalist", "Journalist", "5"],
                    ["lawyer", "Lawyer", "x"], ["unspecified", "unspecified", "x"]]
    assert read(tables / "persons_by_sector.csv")[1] == [
        ["sector", "label", "persons"], ["information", "Information and media", "6"],
        ["oil", "Oil industry", "3"]]
    assert read(tables / "persons_by_region.csv")[1] == [
        ["region", "label", "persons"], ["almaty", "Almaty (city)", "x"],
        ["jambyl", "Jambyl Region", "x"]]


def test_names_below_k_are_not_listed_and_no_name_runs_as_a_formula(tables: Path) -> None:
    comments, rows = read(tables / "by_locality.csv")
    assert comments[-1] == "# left out: every locality counted fewer than 3 times"
    assert rows == [["locality", "threats"], ["Almaty", "11"], ["'=cmd|' /C calc'!A0", "3"]]
    comments, rows = read(tables / "by_company.csv")
    assert comments[-1] == "# left out: every company counted fewer than 3 times"
    assert rows == [["company", "threats"], ["Oil Construction Company", "4"]]


def test_the_summary_holds_both_periods_and_the_ratios_that_may_be_shown(tables: Path) -> None:
    comments, rows = read(tables / "summary.csv")
    assert [c.split(":")[1].strip() for c in comments if c.startswith("# unit:")] == [
        "cases", "persons", "recourses", "threats"]
    assert rows == [
        ["figure", "value", "unit"],
        ["period_from", "2024-01-01", ""], ["period_to", "2024-12-31", ""],
        ["threats", "14", "threats"], ["persons", "9", "persons"],
        ["resolved", "0", "threats"], ["cases", "x", "cases"],
        ["recourses", "0", "recourses"], ["recourse_persons", "0", "persons"],
        ["previous_period_from", "2023-01-01", ""], ["previous_period_to", "2023-12-31", ""],
        ["previous_threats", "7", "threats"], ["previous_persons", "x", "persons"],
        ["previous_resolved", "0", "threats"], ["previous_cases", "0", "cases"],
        ["previous_recourses", "0", "recourses"], ["previous_recourse_persons", "0", "persons"],
        # persons: last year's is withheld; cases and recourses: last year had none.
        ["change_threats", "2.00", "ratio to previous"],
        ["change_persons", "x", "ratio to previous"],
        ["change_cases", "", "ratio to previous"],
        ["change_recourses", "", "ratio to previous"]]


def test_raw_figures_are_refused_so_no_table_skips_suppression(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="publish_report"):
        write_tables(FIGURES, tmp_path / "raw", TAXONOMY)
    assert not (tmp_path / "raw").exists()
