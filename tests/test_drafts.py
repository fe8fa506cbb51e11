"""Publication drafts (issue 15): kept encrypted in the vault with their period, read back
strictly, started from the latest one, the office's only; and the `draft` command."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from support import make_office, raises_code, raises_problem, run_cli

from fieldapp.cli.messages import sentence
from fieldapp.domain.publication import (
    MAX_HIGHLIGHTS,
    MAX_TEXT,
    Draft,
    Highlight,
    draft_from_json,
    draft_to_json,
    period_of,
)
from fieldapp.errors import FieldappError, InvalidInput
from fieldapp.services import publications
from fieldapp.services.session import Session
from fieldapp.store import audit
from fieldapp.store.database import migrate, schema_version

INTRO = {"en": "In the first quarter", "ru": "В первом квартале", "kk": "Бірінші тоқсанда"}
STORY = Highlight({"en": "A journalist in the north"}, {"en": "Was summoned twice."},
                  case_id="c0ffee")


@pytest.fixture
def office(tmp_path: Path) -> Session:
    return make_office(tmp_path / "office", None)


def q1(name: str = "2024-Q1") -> Draft:
    return Draft(name, "2024-01", "2024-03", "quarter",
                 {"intro": INTRO, "sectors": {"ru": "Чаще всего — журналисты."}}, (STORY,))


def valid(**changes: Any) -> dict[str, Any]:
    return {**draft_to_json(q1()), **changes}


def test_a_saved_draft_loads_back_whole_and_is_listed_newest_first(office: Session) -> None:
    publications.save_draft(office, q1())
    publications.save_draft(office, Draft("annual", "2024-01", "2024-12", "year"))
    assert publications.load_draft(office, "2024-Q1") == q1()
    assert [(r.name, r.kind, r.period_from, r.period_to)
            for r in publications.list_drafts(office)] == [
        ("annual", "year", "2024-01", "2024-12"), ("2024-Q1", "quarter", "2024-01", "2024-03")]
    assert [e.action for e in audit.entries(office.conn)][-2:] == ["draft.save", "draft.save"]


def test_saving_under_the_same_name_replaces_and_delete_removes(office: Session) -> None:
    publications.save_draft(office, q1())
    publications.save_draft(office, Draft("2024-Q1", "2024-04", "2024-06", "quarter"))
    assert publications.load_draft(office, "2024-Q1").texts == {}
    publications.delete_draft(office, "2024-Q1")
    assert publications.list_drafts(office) == []
    with raises_code(FieldappError, "unknown_draft", name="2024-Q1"):
        publications.load_draft(office, "2024-Q1")
    with raises_code(FieldappError, "unknown_draft"):
        publications.delete_draft(office, "2024-Q1")
    assert sentence(FieldappError("unknown_draft", name="x")).startswith("no publication draft")


def test_next_quarter_starts_from_the_latest_drafts_texts(office: Session) -> None:
    publications.save_draft(office, Draft("2023-Q4", "2023-10", "2023-12", "quarter",
                                          {"intro": {"en": "old"}}))
    publications.save_draft(office, q1())
    publications.save_draft(office, Draft("2023", "2023-01", "2023-12", "year",
                                          {"intro": {"en": "the year"}}))
    started = publications.start_draft(office, "2024-Q2", "quarter", *period_of("quarter", 2024, 2))
    assert (started.name, started.period_from, started.period_to) == ("2024-Q2", "2024-04",
                                                                      "2024-06")
    assert started.texts == q1().texts
    assert started.highlights == (STORY,)
    assert [r.name for r in publications.list_drafts(office)].count("2024-Q2") == 0  # not saved
    first = make_office(office.vault.directory.parent / "fresh", None)
    assert publications.start_draft(first, "one", "half", "2024-07", "2024-12").texts == {}


def test_periods_follow_their_kind() -> None:
    assert period_of("quarter", 2024, 4) == ("2024-10", "2024-12")
    assert period_of("half", 2024, 2) == ("2024-07", "2024-12")
    assert period_of("year", 2025) == ("2025-01", "2025-12")
    with raises_problem("period_from", "period_not_kind"):
        draft_from_json(valid(period_from="2024-02", period_to="2024-04"))
    with raises_problem("period_to", "draft_period_reversed"):
        draft_from_json(valid(kind="custom", period_from="2024-05", period_to="2024-02"))
    assert draft_from_json(valid(kind="custom", period_from="2024-02",
                                 period_to="2024-02")).kind == "custom"


@pytest.mark.parametrize(("changes", "field", "code"), [
    ({"name": ""}, "name", "required"),
    ({"name": "x" * 81}, "name", "too_long"),
    ({"name": "two\nlines"}, "name", "bad_draft_name"),
    ({"name": 7}, "name", "not_text"),
    ({"kind": "month"}, "kind", "unknown_code"),
    ({"period_from": "2024-13"}, "period_from", "bad_month"),
    ({"period_to": "March"}, "period_to", "bad_month"),
    ({"texts": {"preface": {"en": "x"}}}, "texts", "unknown_code"),
    ({"texts": {"intro": {"de": "x"}}}, "texts.intro", "unknown_code"),
    ({"texts": {"intro": {"en": 5}}}, "texts.intro.en", "not_text"),
    ({"texts": {"intro": {"en": "x" * (MAX_TEXT + 1)}}}, "texts.intro.en", "too_long"),
    ({"texts": {"intro": {"en": "bell\x07"}}}, "texts.intro.en", "bad_draft_text"),
    ({"texts": []}, "texts", "not_an_object"),
    ({"highlights": {}}, "highlights", "not_a_list"),
    ({"highlights": [{"title": {"en": "t"}}] * (MAX_HIGHLIGHTS + 1)}, "highlights", "too_many"),
    ({"highlights": [{"title": {"en": "t" * 201}}]}, "highlights[0].title.en", "too_long"),
    ({"highlights": [{"reference": "PAV-2024-007"}]}, "highlights[0].reference",
     "unknown_field"),
    ({"highlights": [{"case_id": 12}]}, "highlights[0].case_id", "not_a_case_id"),
    ({"author": "me"}, "author", "unknown_field"),
])
def test_a_draft_out_of_bounds_is_refused_naming_its_field(
    changes: dict[str, Any], field: str, code: str
) -> None:
    with raises_problem(field, code):
        draft_from_json(valid(**changes))


def test_not_an_object_is_refused() -> None:
    with raises_problem("draft", "not_a_json_object"):
        draft_from_json(["2024-Q1"])


def test_an_observer_keeps_no_drafts(tmp_path: Path) -> None:
    from fieldapp.services.session import create_vault
    from fieldapp.store.keyfile import KDF_FLOOR
    observer = create_vault(tmp_path / "obs", "observer", "Obs", "seven quiet river stones",
                            KDF_FLOOR)
    for call in (lambda: publications.save_draft(observer, q1()),
                 lambda: publications.list_drafts(observer),
                 lambda: publications.load_draft(observer, "2024-Q1"),
                 lambda: publications.start_draft(observer, "n", "year", "2024-01", "2024-12")):
        with raises_code(FieldappError, "office_only_drafts"):
            call()


def test_migration_0018_adds_the_drafts_table_to_an_older_vault(office: Session) -> None:
    conn = office.conn
    assert schema_version(conn) >= 18
    conn.execute("DROP TABLE publication_drafts")
    conn.execute("PRAGMA user_version = 17")
    assert migrate(conn) >= 18
    publications.save_draft(office, q1())
    assert publications.load_draft(office, "2024-Q1") == q1()


def test_the_draft_command_saves_shows_lists_and_deletes(tmp_path: Path) -> None:
    directory = tmp_path / "office"
    make_office(directory, None).lock()
    source = tmp_path / "draft.json"
    source.write_text(json.dumps(valid(name="ignored")), encoding="utf-8")
    saved = run_cli("draft", "save", "2024-Q1", "--file", source, vault=directory)
    assert saved.returncode == 0, saved.stderr
    shown = run_cli("draft", "show", "2024-Q1", "--json", vault=directory)
    assert draft_from_json(json.loads(shown.stdout)) == q1()
    text = run_cli("draft", "show", "2024-Q1", vault=directory).stdout
    assert "В первом квартале" in text and "A journalist in the north" in text
    listed = json.loads(run_cli("draft", "list", "--json", vault=directory).stdout)
    assert [(d["name"], d["kind"]) for d in listed] == [("2024-Q1", "quarter")]
    assert run_cli("draft", "delete", "2024-Q1", vault=directory).returncode == 0
    missing = run_cli("draft", "show", "2024-Q1", vault=directory)
    assert missing.returncode != 0 and "no publication draft named '2024-Q1'" in missing.stderr


def test_the_draft_command_refuses_bad_json_and_names_the_field(tmp_path: Path) -> None:
    directory = tmp_path / "office"
    make_office(directory, None).lock()
    broken = tmp_path / "broken.json"
    broken.write_text('{"kind": "quarter",', encoding="utf-8")
    result = run_cli("draft", "save", "x", "--file", broken, vault=directory)
    assert result.returncode == 2 and "malformed JSON" in result.stderr
    wrong = tmp_path / "wrong.json"
    wrong.write_text(json.dumps(valid(period_from="2024-1")), encoding="utf-8")
    result = run_cli("draft", "save", "x", "--file", wrong, vault=directory)
    assert result.returncode == 2 and "period_from: must be a month as YYYY-MM" in result.stderr
    assert json.loads(run_cli("draft", "list", "--json", vault=directory).stdout) == []


def test_invalid_input_carries_every_problem_at_once() -> None:
    with pytest.raises(InvalidInput) as caught:
        draft_from_json({"name": "", "kind": "week", "period_from": "x", "period_to": "y"})
    assert {p.field for p in caught.value.problems} == {"name", "kind", "period_from",
                                                        "period_to"}
