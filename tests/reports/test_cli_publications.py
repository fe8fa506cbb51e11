"""`fieldapp report` as a coordinator publishes with it (issue 15), each in a fresh process,
on the small vault of publication_data.py: the comparison, the published JSON, the PDF and
the DOCX with a saved draft, and bad options refused in one sentence."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import docx
import pytest
from support import run_cli

from fieldapp.reports.published import check_published
from fieldapp.services.case_views import list_cases
from tests.reports.publication_data import build_office

# Never printed: the persons' aliases, the records' titles and the case's reference.
SECRETS = ("Aida", "Bolat", "Dana", "Erlan", "Farida", "Threat of", "Land dispute")


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, str]:
    """The vault's directory, its case's id and its reference."""
    directory = tmp_path_factory.mktemp("cli-publication") / "office"
    session = build_office(directory)
    [case] = list_cases(session)
    session.lock()
    return directory, case["id"], case["reference"]


def _json(directory: Path, *options: str) -> dict[str, Any]:
    done = run_cli("report", "--json", *options, vault=directory)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_compare_prints_the_quarter_before_and_the_change(vault: tuple[Path, str, str]) -> None:
    figures = _json(vault[0], "--period", "2024-Q1", "--compare")
    assert figures["previous"]["period"] == {"from": "2023-10-01", "to": "2023-12-31"}
    assert figures["previous"]["by_company"] == {"Oil Construction Company LLP": 2}
    assert figures["change"] == {"threats": 2.0, "persons": 2.5, "cases": None,
                                 "recourses": None}


def test_publish_withholds_small_cells_and_leaves_small_names_out(
        vault: tuple[Path, str, str]) -> None:
    published = _json(vault[0], "--period", "2024-Q1", "--compare", "--publish")
    assert published["min_cell"] == 3
    assert check_published(published, 3) == []
    # Astana (2) and the bank (2) are below 3: left out, not masked
    assert published["by_locality"] == {} and published["by_company"] == {}
    # 2 men and 3 women: the men withheld, so the women too (persons, 5, is shown)
    assert (published["persons"], published["by_gender"]) == (5, {"man": None, "woman": None})
    # the quarter before had 2 threats: withheld, so no ratio gives it away
    assert published["previous"]["threats"] is None
    assert published["change"]["threats"] is None
    at_two = _json(vault[0], "--period", "2024-Q1", "--min-cell", "2")
    assert at_two["min_cell"] == 2 and check_published(at_two, 2) == []
    assert at_two["by_locality"] == {"Astana": 2}
    assert at_two["by_company"] == {"Otbasy Bank JSC": 2}
    assert "min_cell" not in _json(vault[0], "--period", "2024-Q1")  # internal: as counted


def _save_draft(directory: Path, case_id: str, tmp_path: Path) -> None:
    draft = {
        "name": "first quarter", "period_from": "2024-01", "period_to": "2024-03",
        "kind": "quarter",
        "texts": {"intro": {"en": "Pressure grew this quarter.",
                            "ru": "Давление в этом квартале усилилось.",
                            "kk": "Осы тоқсанда қысым күшейді."},
                  "sources": {"en": "Banks joined the companies."}},
        "highlights": [{"title": {"en": "A trade unionist summoned twice"},
                        "text": {"en": "Summoned twice in a month, then released."},
                        "case_id": case_id}],
    }
    path = tmp_path / "draft.json"
    path.write_text(json.dumps(draft), encoding="utf-8")
    done = run_cli("draft", "save", "first quarter", "--file", path, vault=directory)
    assert done.returncode == 0, done.stderr


def test_the_docx_and_the_pdf_carry_the_draft_and_no_secret(
        vault: tuple[Path, str, str], tmp_path: Path) -> None:
    directory, case_id, reference = vault
    _save_draft(directory, case_id, tmp_path)
    word = tmp_path / "q1.docx"
    done = run_cli("report", "--docx", word, "--lang", "en", "--period", "2024-Q1",
                   "--compare", "--min-cell", "2", "--draft", "first quarter", vault=directory)
    assert done.returncode == 0, done.stderr
    document = docx.Document(str(word))
    text = "\n".join([p.text for p in document.paragraphs]
                     + [cell.text for table in document.tables
                        for row in table.rows for cell in row.cells])
    for expected in ("Pressure grew this quarter.", "Banks joined the companies.",
                     "A trade unionist summoned twice", "Astana", "Otbasy Bank JSC"):
        assert expected in text
    assert document.inline_shapes, "the charts"
    for secret in (*SECRETS, reference, case_id):
        assert secret not in text
    pdf = tmp_path / "q1.pdf"
    done = run_cli("report", "--pdf", pdf, "--lang", "kk", "--period", "2024-Q1",
                   "--draft", "first quarter", vault=directory)
    assert done.returncode == 0, done.stderr
    printed = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                             text=True, check=True).stdout
    assert "Осы тоқсанда қысым күшейді." in printed
    assert "Astana" not in printed  # below the default 3: left out
    for secret in (*SECRETS, reference, case_id):
        assert secret not in printed


@pytest.mark.parametrize(("options", "words"), [
    (["--json", "--period", "2024-Q5"], ["--period", "2024-Q5"]),
    (["--json", "--period", "2024", "--from", "2024-01"], ["--period", "--from and --to"]),
    (["--json", "--compare"], ["--compare", "start and an end"]),
    (["--json", "--compare", "--from", "2024-01"], ["--compare", "start and an end"]),
    (["--csv", "out", "--publish"], ["--publish", "only for --json"]),
    (["--json", "--draft", "first quarter"], ["--draft", "only for --pdf and --docx"]),
    (["--docx", "b.docx"], ["--lang", "en, ru, kk"]),
    (["--json", "--min-cell", "many"], ["--min-cell", "whole number"]),
])
def test_bad_publication_options_exit_2_saying_what_is_wrong(
        vault: tuple[Path, str, str], tmp_path: Path, options: list[str],
        words: list[str]) -> None:
    done = run_cli("report", *(o.replace("b.docx", str(tmp_path / "b.docx"))
                               .replace("out", str(tmp_path / "out")) for o in options),
                   vault=vault[0])
    assert done.returncode == 2, (done.stdout, done.stderr)
    assert done.stdout == ""
    for word in words:
        assert word in done.stderr
    assert list(tmp_path.iterdir()) == []


def test_an_unknown_draft_is_named_and_nothing_is_written(
        vault: tuple[Path, str, str], tmp_path: Path) -> None:
    target = tmp_path / "b.pdf"
    done = run_cli("report", "--pdf", target, "--lang", "ru", "--period", "2024-Q1",
                   "--draft", "no such draft", vault=vault[0])
    assert done.returncode == 1, (done.stdout, done.stderr)
    assert "no such draft" in done.stderr and "Traceback" not in done.stderr
    assert list(tmp_path.iterdir()) == []
