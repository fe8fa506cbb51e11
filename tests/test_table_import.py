"""`record import-table`: spreadsheets with Russian and Kazakh labels, mixed dates and bad
rows, dry run and real run, compared with what lands in the vault."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from support import run_cli
from table_sheets import HEADERS, generate, write_csv, write_xlsx

from fieldapp.errors import InvalidInput
from fieldapp.services import records
from fieldapp.services.records import RecordQuery
from fieldapp.services.session import Session
from fieldapp.services.table_import import guess_columns, import_file, plan_import, read_table
from fieldapp.store import audit

FIELDS = ("title", "occurred_on", "region", "threat_type", "sectors", "perpetrators",
          "victims", "description", "locality")


def vault_records(session: Session) -> list[dict[str, Any]]:
    shown = [records.show_record(session, s.id, with_sources=False)
             for s in records.list_records(session, RecordQuery())]
    return sorted(({k: r[k] for k in FIELDS} for r in shown), key=lambda r: r["title"])


def by_title(expected: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(expected, key=lambda r: r["title"])


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_5000_rows_in_three_languages_land_as_the_rows_say(
        session: Session, tmp_path: Path, kind: str) -> None:
    rows, expected = generate(5000, xlsx=kind == "xlsx")
    path = (write_xlsx(tmp_path / "threats.xlsx", rows) if kind == "xlsx"
            else write_csv(tmp_path / "threats.csv", rows))
    plan, ids = import_file(session, path)
    assert len(ids) == 5000 and plan.ignored == ["Примечание"]
    assert vault_records(session) == by_title(expected)
    imports = [e.target for e in audit.entries(session.conn) if e.action == "record.import"]
    assert len(imports) == 5000
    assert imports[0].endswith(f"{path.name} row 2") and imports[-1].endswith("row 5001")


def bad_sheet(tmp_path: Path) -> Path:
    rows, _ = generate(6, xlsx=True)
    rows[0][1] = "31.02.2024"                     # row 2: no such day
    rows[1][2] = "Атлантида"                      # row 3: unknown region label
    rows[2][0] = ""                               # row 4: empty required title
    rows[3][0] = "x" * 301                        # row 5: text too long
    rows[4][4] = "Нефть; Луна"                    # row 6: one of two sectors unknown
    rows[5] = [*rows[5], "", "stray"]             # row 7: a cell beyond the last header
    return write_xlsx(tmp_path / "bad.xlsx", rows)


def test_every_bad_cell_is_named_by_row_and_column_and_nothing_is_imported(
        session: Session, tmp_path: Path) -> None:
    path = bad_sheet(tmp_path)
    plan = plan_import(session, read_table(path))
    named = {(p.index, p.field, p.code) for p in plan.problems}
    assert named == {(2, "Date", "bad_cell_date"), (3, "Өңір", "unknown_label"),
                     (4, "Заголовок", "required"), (5, "Заголовок", "too_long"),
                     (6, "Сферы", "unknown_label"), (7, "#12", "cell_without_header")}
    region = next(p for p in plan.problems if p.index == 3)
    assert "pavlodar" in region.params["allowed"]
    with pytest.raises(InvalidInput):
        import_file(session, path)
    assert records.list_records(session, RecordQuery()) == []


def test_cli_dry_run_reports_rows_and_changes_nothing(session: Session, tmp_path: Path) -> None:
    session.lock()
    path = bad_sheet(tmp_path)
    vault = tmp_path / "vault"
    before = sorted((p.name, p.stat().st_mtime_ns) for p in vault.iterdir())
    result = run_cli("record", "import-table", path, "--dry-run", vault=vault)
    assert result.returncode == 2
    assert "row 2: Date: '31.02.2024' is not a date" in result.stdout
    assert "row 3: Өңір: 'Атлантида' is neither a code nor a label" in result.stdout
    assert "allowed codes: " in result.stdout
    assert "row 4: Заголовок: is required" in result.stdout
    assert "4 row(s)" not in result.stdout and "0 row(s) would be imported, 6 invalid" \
        in result.stdout
    assert sorted((p.name, p.stat().st_mtime_ns) for p in vault.iterdir()) == before
    result = run_cli("record", "import-table", path, "--json", vault=vault)
    assert result.returncode == 2
    report = json.loads(result.stdout)
    assert report["imported"] == 0 and report["ids"] == [] and report["invalid"] == 6
    first = report["rows"][0]
    assert first["row"] == 2 and first["ok"] is False
    assert first["problems"][0] | {"message": ""} == {
        "column": "Date", "field": "occurred_on", "code": "bad_cell_date", "message": "",
        "value": "31.02.2024", "allowed": None}
    listed = run_cli("record", "list", "--json", vault=vault)
    assert json.loads(listed.stdout) == []


def test_cli_real_run_prints_ids_and_json(session: Session, tmp_path: Path) -> None:
    session.lock()
    rows, expected = generate(30)
    path = write_csv(tmp_path / "ok.csv", rows, delimiter=",", bom=False)
    vault = tmp_path / "vault"
    dry = run_cli("record", "import-table", path, "--dry-run", "--json", vault=vault)
    assert dry.returncode == 0, dry.stderr
    dry_report = json.loads(dry.stdout)
    assert dry_report["valid"] == 30 and dry_report["rows"][0]["record"]["region"] \
        == expected[0]["region"]
    result = run_cli("record", "import-table", path, "--json", vault=vault)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["imported"] == 30 and len(report["ids"]) == 30
    assert [r["row"] for r in report["rows"]] == list(range(2, 32))
    shown = run_cli("record", "show", report["rows"][0]["id"], "--json", vault=vault)
    assert json.loads(shown.stdout)["title"] == expected[0]["title"]


def test_mapping_names_columns_and_refuses_sources(session: Session, tmp_path: Path) -> None:
    rows, expected = generate(3)
    headers = ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J"]
    path = write_csv(tmp_path / "letters.csv", rows, headers=headers)
    mapping = dict(zip(["title", "occurred_on", "region", "threat_type", "sectors"], headers,
                       strict=False))
    _plan, ids = import_file(session, path, mapping)
    assert len(ids) == 3
    assert {r["title"] for r in vault_records(session)} == {e["title"] for e in expected}
    with pytest.raises(InvalidInput) as refused:
        import_file(session, path, {**mapping, "sources": "J", "region": "Z"})
    assert {p.code for p in refused.value.problems} == {"sources_not_importable",
                                                         "no_such_column"}
    session.lock()
    map_file = tmp_path / "map.json"
    map_file.write_text(json.dumps({"title": "A"}))
    result = run_cli("record", "import-table", path, "--mapping", map_file,
                     vault=tmp_path / "vault")
    assert result.returncode == 2
    assert "occurred_on: no column is mapped to this required field" in result.stderr
    map_file.write_text(json.dumps({**mapping, "title": 5}))
    result = run_cli("record", "import-table", path, "--mapping", map_file,
                     vault=tmp_path / "vault")
    assert result.returncode == 2
    assert result.stderr.strip() == "fieldapp: title: must name a column header, as text"


def test_the_dry_run_shows_the_record_as_it_would_be_stored(
        session: Session, tmp_path: Path) -> None:
    rows, _ = generate(1)
    path = write_csv(tmp_path / "one.csv", rows)
    table = read_table(path)
    sector_column = guess_columns(table.headers)["sectors"]
    table.rows[0][1][table.headers.index(sector_column)] = "land;;  ;land"
    (report,) = plan_import(session, table).rows
    assert report.preview is not None and report.preview["sectors"] == ["land"]


@pytest.mark.parametrize(("name", "content", "code"), [
    ("x.xlsx", b"PK\x03\x04 not really a zip", "not_a_spreadsheet"),
    ("x.xlsx", b"plain text renamed", "not_a_spreadsheet"),
    ("x.csv", "Заголовок\n".encode("cp1251"), "not_utf8"),
    ("x.ods", b"whatever", "table_format"),
    ("x.csv", b"", "table_empty"),
    ("x.csv", b'"title\n"a', "malformed_table"),
])
def test_a_malformed_file_is_one_clear_sentence(
        session: Session, tmp_path: Path, name: str, content: bytes, code: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InvalidInput) as refused:
        read_table(path)
    assert [p.code for p in refused.value.problems] == [code]
    session.lock()
    result = run_cli("record", "import-table", path, vault=tmp_path / "vault")
    assert result.returncode == 2 and result.stderr.startswith("fieldapp: file: ")
    assert "Traceback" not in result.stderr


def test_header_labels_in_any_language_are_guessed() -> None:
    assert guess_columns(HEADERS)["victims"] == "Жәбірленушілер"
    assert guess_columns(["TITLE ", "Күні", "Регион", "Threat type", "сала"]) == {
        "title": "TITLE ", "occurred_on": "Күні", "region": "Регион",
        "threat_type": "Threat type", "sectors": "сала"}
