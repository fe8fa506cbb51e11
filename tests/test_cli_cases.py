"""The `case` command as a script drives it: open, list, show, edit, close, reopen, merge;
records filed under a case by reference; bad input refused with exit 2 and nothing changed."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from support import file_digests, run_cli

from tests.test_cli import make_vault

ID_AND_REFERENCE = re.compile(r"^[0-9a-f-]{36} [A-Z]{2,3}-[0-9]{4}-[0-9]{3}$")
LEADER = {"title": "Trade-union leader prosecuted", "summary": "Summoned, then detained.",
          "persons": [{"alias": "Union chair K.", "gender": "man",
                       "category": "trade_unionist"}]}


def stage(case: str, on: str, threat: str, **more: object) -> str:
    return json.dumps({"title": f"Stage: {threat}", "occurred_on": on, "region": "pavlodar",
                       "threat_type": threat, "sectors": ["trade_unions"], "case": case,
                       **more})


def ok(*args: str, vault: Path, stdin: str | None = None) -> str:
    result = run_cli(*args, vault=vault, stdin=stdin)
    assert (result.returncode, result.stderr) == (0, ""), result.stderr
    return result.stdout


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_vault(tmp_path_factory.mktemp("cases") / "vault")


@pytest.fixture(scope="module")
def followed(vault: Path) -> tuple[str, str, list[str]]:
    """One case with three stages filed by reference, out of date order."""
    case_id, reference = ok("case", "add", "-", vault=vault,
                            stdin=json.dumps({**LEADER, "region": "pavlodar"})).split()
    stages = [stage(reference, "2024-03-05", "guilty_verdict", legal_articles=["cc_274"],
                    outcome="release_from_custody", outcome_on="2025-06"),
              stage(reference, "2024-01-10", "police_summons"),
              stage(reference.lower(), "2024-02-01", "detention",
                    legal_articles=["cc_400", "cc_274"])]
    ids = ok("record", "add", "-", vault=vault, stdin="\n".join(stages)).split()
    return case_id, reference, ids


def test_case_add_prints_one_id_and_reference_per_case(tmp_path: Path) -> None:
    vault = make_vault(tmp_path / "vault")
    lines = ok("case", "add", "-", vault=vault, stdin="\n".join(
        json.dumps({**LEADER, "title": f"Case {n}"}) for n in range(3))).splitlines()
    assert len(lines) == 3 and all(ID_AND_REFERENCE.match(line) for line in lines)
    assert len({line.split()[1] for line in lines}) == 3
    given = ok("case", "add", "-", vault=vault,
               stdin=json.dumps({**LEADER, "reference": "pav-2024-007"}))
    assert given.split()[1] == "PAV-2024-007"
    listed = json.loads(ok("case", "list", "--json", vault=vault))
    assert {c["reference"] for c in listed} == {line.split()[1] for line in lines} | {
        "PAV-2024-007"}


def test_case_show_json_gives_the_fields_and_the_stages_in_date_order(
        vault: Path, followed: tuple[str, str, list[str]]) -> None:
    case_id, reference, (verdict, summons, detention) = followed
    for name in (case_id, reference, reference.lower(), case_id[-8:]):
        shown = json.loads(ok("case", "show", name, "--json", vault=vault))
        assert shown["id"] == case_id
    assert (shown["title"], shown["summary"], shown["persons"]) == (
        LEADER["title"], LEADER["summary"], LEADER["persons"])
    assert (shown["status"], shown["stub"], shown["reference"]) == ("open", False, reference)
    assert [e["id"] for e in shown["events"]] == [summons, detention, verdict]
    keys = {"id", "occurred_on", "occurred_until", "threat_type", "threat_block",
            "legal_articles", "outcome", "outcome_on"}
    assert all(keys <= set(e) for e in shown["events"])
    assert shown["events"][1]["legal_articles"] == ["cc_274", "cc_400"]
    assert (shown["events"][2]["outcome"], shown["events"][2]["outcome_on"]) == (
        "release_from_custody", "2025-06")
    assert (shown["first_on"], shown["last_on"]) == ("2024-01-10", "2025-06")
    record = json.loads(ok("record", "show", verdict, "--json", vault=vault))
    assert (record["case"], record["case_reference"]) == (case_id, reference)


def test_case_list_shows_one_line_per_case(vault: Path,
                                           followed: tuple[str, str, list[str]]) -> None:
    case_id, reference, _ = followed
    line = next(x for x in ok("case", "list", vault=vault).splitlines()
                if x.startswith(case_id))
    assert line.split("\t")[1:4] == [reference, "open", "3"]
    assert ok("case", "list", "--query", "union leader", vault=vault).startswith(case_id)
    assert ok("case", "list", "--query", "no such words", vault=vault) == ""


def test_edit_close_and_reopen(tmp_path: Path) -> None:
    vault = make_vault(tmp_path / "vault")
    case_id, reference = ok("case", "add", "-", vault=vault, stdin=json.dumps(LEADER)).split()
    ok("case", "edit", reference, "-", vault=vault,
       stdin=json.dumps({"summary": "Charged under article 274."}))
    ok("case", "close", reference, "--on", "2025-02-01", vault=vault)
    shown = json.loads(ok("case", "show", case_id, "--json", vault=vault))
    assert (shown["summary"], shown["status"], shown["closed_on"]) == (
        "Charged under article 274.", "closed", "2025-02-01")
    ok("case", "reopen", reference, vault=vault)
    shown = json.loads(ok("case", "show", case_id, "--json", vault=vault))
    assert (shown["status"], shown["closed_on"]) == ("open", None)


@pytest.mark.parametrize(("args", "stdin", "field", "words"), [
    (("record", "add", "-"), stage("PAV-2099-001", "2024-01-01", "detention"),
     "case", "no case 'PAV-2099-001'"),
    (("record", "add", "-"), stage("", "2024-01-01", "detention", legal_articles=["cc_999"]),
     "legal_articles[0]", "allowed: cc_130, cc_174, cc_274, cc_400"),
    (("record", "add", "-"), stage("", "2024-01-01", "detention", outcome_on="2024-02-01"),
     "outcome_on", "only for a record with an outcome"),
    (("record", "add", "-"), stage("", "2024-03-01", "detention", outcome="acquittal",
                                   outcome_on="2024-02-01"),
     "outcome_on", "2024-02-01 is before occurred_on (2024-03-01)"),
    (("case", "add", "-"), json.dumps({**LEADER, "reference": "IVANOV-2024"}),
     "reference", "is not a case reference"),
    (("case", "add", "-"), json.dumps({"summary": "no title"}), "title", "is required"),
    (("case", "add", "-"), json.dumps({**LEADER, "persons": [{"name": "x"}]}),
     "persons[0].name", "unknown field"),
])
def test_bad_input_exits_2_naming_the_field_and_changes_nothing(
        vault: Path, followed: tuple[str, str, list[str]], args: tuple[str, ...], stdin: str,
        field: str, words: str) -> None:
    before = file_digests(vault)
    result = run_cli(*args, vault=vault, stdin=stdin)
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith(f"fieldapp: {field}: ") and words in result.stderr
    assert result.stdout == ""
    assert file_digests(vault) == before


def test_a_taken_reference_and_a_bad_closing_date_are_refused(
        vault: Path, followed: tuple[str, str, list[str]]) -> None:
    _, reference, _ = followed
    before = file_digests(vault)
    taken = run_cli("case", "add", "-", vault=vault,
                    stdin=json.dumps({**LEADER, "reference": reference}))
    assert taken.returncode == 2 and "already has the reference" in taken.stderr
    for date in ("last week", "2024-13-01"):
        bad = run_cli("case", "close", reference, "--on", date, vault=vault)
        assert bad.returncode == 2 and bad.stderr.startswith("fieldapp: closed_on: ")
    unknown = run_cli("case", "show", "ZZZ-2024-999", vault=vault)
    assert unknown.returncode == 1 and "no case ZZZ-2024-999" in unknown.stderr
    merge = run_cli("case", "merge", reference, reference, vault=vault)
    assert merge.returncode == 1 and "only the office merges cases" in merge.stderr
    assert file_digests(vault) == before
