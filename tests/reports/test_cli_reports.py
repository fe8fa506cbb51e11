"""`fieldapp report` and `fieldapp duplicates` end to end, each in a fresh process."""

from __future__ import annotations

import csv
import json
import stat
from pathlib import Path

import pytest
from support import run_cli

from fieldapp.reports.statistics import MAPS, UNITS
from tests.reports.conftest import Dataset
from tests.reports.test_statistics import EVERYTHING, YEAR_2021


def vault_of(dataset: Dataset, label: str, linked: bool = True) -> Path:
    source = dataset.office if linked else dataset.unlinked
    return dataset.copy(source, label).vault.directory


@pytest.fixture(scope="module")
def readonly(dataset: Dataset) -> Path:
    """A copy of the linked office vault for the tests that only read."""
    return vault_of(dataset, "cli-readonly")


def report_json(vault: Path, *options: str) -> dict:
    done = run_cli("report", "--json", *options, vault=vault)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_report_json_prints_the_figures_counted_by_hand(readonly: Path) -> None:
    vault = readonly
    assert report_json(vault) == EVERYTHING
    assert report_json(vault, "--from", "2021-01", "--to", "2021-12") == YEAR_2021
    bob = report_json(vault, "--observer", "Oral observer", "--region", "almaty",
                      "--sector", "environment")
    assert (bob["threats"], bob["by_type"]) == (1, {"detention": 1})  # B4


def test_report_csv_writes_one_published_table_per_figure_each_naming_its_unit(
    readonly: Path, tmp_path: Path
) -> None:
    out = tmp_path / "tables"
    done = run_cli("report", "--csv", out, "--from", "2021-01", "--to", "2021-12",
                   vault=readonly)
    assert done.returncode == 0, done.stderr
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted(["summary.csv", *(f"{name}.csv" for name in MAPS)])
    for path in out.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    # The tables are published (min cell 3 by default): 2021 has no month with 3 threats.
    by_month = (out / "by_month.csv").read_text(encoding="utf-8").splitlines()
    assert by_month[0].startswith("# unit: threat-months: a record counted once in each")
    assert by_month[1] == "# period: 2021-01-01 to 2021-12-31"
    assert by_month[2].startswith("# withheld: x marks a count below 3, or one withheld")
    assert by_month[3:] == ["month,threat-months", "2021-01,x", "2021-02,x", "2021-04,x",
                            "2021-06,x", "2021-12,x"]
    sectors = list(csv.reader(line for line in (out / "by_sector.csv").read_text(
        encoding="utf-8").splitlines() if not line.startswith("#")))
    assert sectors[0] == ["sector", "label", "threat-sectors"]
    assert ["land", "Land", "x"] in sectors
    genders = list(csv.reader(line for line in (out / "by_gender.csv").read_text(
        encoding="utf-8").splitlines() if not line.startswith("#")))
    # Woman (2) alone would be persons 6 - man 3 - legal entity 1: both small ones go.
    assert genders == [["gender", "label", "persons"], ["legal_entity", "Legal entity", "x"],
                       ["man", "Man", "3"], ["woman", "Woman", "x"]]
    for name in MAPS:
        lines = (out / f"{name}.csv").read_text(encoding="utf-8").splitlines()
        header = next(line for line in lines if not line.startswith("#"))
        assert header.endswith("," + UNITS[name]), name
        assert f"# unit: {UNITS[name]}:" in lines[0]
    summary = list(csv.reader(line for line in (out / "summary.csv").read_text(
        encoding="utf-8").splitlines() if not line.startswith("#")))
    # Six threats of six types, one each: threats 6 would pin every type at 1, so it goes.
    assert summary == [["figure", "value", "unit"], ["period_from", "2021-01-01", ""],
                       ["period_to", "2021-12-31", ""], ["threats", "x", "threats"],
                       ["persons", "6", "persons"], ["resolved", "x", "threats"],
                       ["cases", "0", "cases"], ["recourses", "x", "recourses"],
                       ["recourse_persons", "x", "persons"]]


@pytest.mark.parametrize(("options", "words"), [
    (["--json", "--region", "atlantis"], ["--region", "allowed:", "turkistan", "shymkent"]),
    (["--json", "--sector", "fishing"], ["--sector", "allowed:", "metallurgy"]),
    (["--json", "--from", "2021-13"], ["--from", "YYYY-MM"]),
    (["--json", "--to", "yesterday"], ["--to", "YYYY-MM"]),
    (["--json", "--from", "2021-06", "--to", "2021-05"], ["--to", "before"]),
    (["--json", "--observer", "nobody at all"], ["--observer"]),
    (["--pdf", "b.pdf"], ["--lang", "en, ru, kk"]),
    (["--json", "--lang", "en"], ["--lang", "only for --pdf and --docx"]),
    (["--pdf", "b.pdf", "--lang", "de"], ["--lang", "invalid choice"]),
    (["--pdf", "b.pdf", "--lang", "en", "--min-cell", "0"], ["--min-cell", "at least 1"]),
    (["--json", "--csv", "out"], ["not allowed with"]),
    ([], ["one of the arguments --json --csv --pdf --docx is required"]),
])
def test_bad_report_options_exit_2_saying_what_is_wrong(
    readonly: Path, tmp_path: Path, options: list[str], words: list[str]
) -> None:
    done = run_cli("report", *(o.replace("b.pdf", str(tmp_path / "b.pdf")) for o in options),
                   vault=readonly)
    assert done.returncode == 2, (done.stdout, done.stderr)
    assert done.stdout == ""
    for word in words:
        assert word in done.stderr
    assert not (tmp_path / "b.pdf").exists()


def test_report_pdf_writes_a_bulletin(readonly: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "bulletin.pdf"
    done = run_cli("report", "--pdf", pdf, "--lang", "kk", "--min-cell", "2",
                   vault=readonly)
    assert done.returncode == 0, done.stderr
    assert pdf.read_bytes().startswith(b"%PDF")


def test_duplicates_are_listed_then_linked_so_the_report_counts_once(
    dataset: Dataset,
) -> None:
    vault = vault_of(dataset, "cli-link", linked=False)
    a5, b1 = dataset.ids["A5"], dataset.ids["B1"]
    listed = run_cli("duplicates", "--json", vault=vault)
    assert listed.returncode == 0, listed.stderr
    [pair] = json.loads(listed.stdout)
    assert pair["records"] == sorted([a5, b1])
    assert (pair["region"], pair["threat_type"], pair["shared_victims"]) == (
        "jambyl", "physical_attack", 1)
    text = run_cli("duplicates", vault=vault)
    assert text.returncode == 0 and a5 in text.stdout and b1 in text.stdout
    assert report_json(vault)["threats"] == 8

    done = run_cli("duplicates", "link", a5[-8:], b1, vault=vault)  # an end will do
    assert done.returncode == 0, done.stderr
    assert "one incident" in done.stdout
    assert json.loads(run_cli("duplicates", "--json", vault=vault).stdout) == []
    assert report_json(vault) == EVERYTHING
    assert "no possible duplicates" in run_cli("duplicates", vault=vault).stdout


def test_a_dismissed_pair_is_not_listed_again(dataset: Dataset) -> None:
    vault = vault_of(dataset, "cli-dismiss", linked=False)
    a5, b1 = dataset.ids["A5"], dataset.ids["B1"]
    done = run_cli("duplicates", "dismiss", b1, a5, vault=vault)
    assert done.returncode == 0, done.stderr
    assert json.loads(run_cli("duplicates", "--json", vault=vault).stdout) == []
    assert report_json(vault)["threats"] == 8  # two incidents, as the coordinator said
    audit = run_cli("audit", "verify", vault=vault)
    assert audit.returncode == 0, audit.stderr


def test_linking_a_record_to_itself_or_an_unknown_id_fails_clearly(dataset: Dataset) -> None:
    vault = vault_of(dataset, "cli-link-bad", linked=False)
    a5 = dataset.ids["A5"]
    same = run_cli("duplicates", "link", a5, a5, vault=vault)
    assert same.returncode == 2 and "itself" in same.stderr
    unknown = run_cli("duplicates", "link", a5, "ffffffffff", vault=vault)
    assert unknown.returncode == 1 and "no record" in unknown.stderr


def test_tables_that_cannot_be_written_fail_in_one_sentence(
    readonly: Path, tmp_path: Path
) -> None:
    blocker = tmp_path / "taken"
    blocker.write_text("a file, not a directory", encoding="utf-8")
    done = run_cli("report", "--csv", blocker, vault=readonly)
    assert done.returncode == 1
    assert done.stderr.startswith(f"fieldapp: cannot write {blocker}")
    assert "Traceback" not in done.stderr
