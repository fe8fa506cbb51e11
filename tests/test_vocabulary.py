"""The vocabulary in the vault (issue 14): seeded, versioned, kept by the office; retired
codes stay valid where they are and are refused where a user would newly put them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from support import MINIMAL_RECORD, PASSPHRASE, make_office, run_cli

from fieldapp.cli.messages import problem_sentence
from fieldapp.domain.taxonomy import load_default
from fieldapp.errors import FieldappError, InvalidInput
from fieldapp.services import cases, records, vocabulary
from fieldapp.services.session import Session, unlock
from fieldapp.store import vocabulary as vocabulary_store

LABELS = {"en": "Travel ban", "ru": "Запрет на выезд", "kk": "Шетелге шығуға тыйым"}


@pytest.fixture
def office(tmp_path: Path) -> Session:
    return make_office(tmp_path / "office", None)


def problems(error: pytest.ExceptionInfo[InvalidInput]) -> list[str]:
    return [problem_sentence(p) for p in error.value.problems]


def test_a_new_vault_holds_the_installed_vocabulary_as_version_one(office: Session) -> None:
    installed = load_default()
    assert office.taxonomy.version == 1
    for kind in vocabulary.KINDS:
        assert office.taxonomy[kind].terms == installed[kind].terms, kind


def test_a_vault_from_before_the_vocabulary_is_seeded_on_opening(office: Session) -> None:
    office.conn.execute("DELETE FROM vocabulary_terms")
    directory = office.vault.directory
    office.lock()
    reopened = unlock(directory, PASSPHRASE)
    try:
        assert reopened.taxonomy.version == 1
        assert "detention" in reopened.taxonomy["threat_type"]
    finally:
        reopened.lock()


def test_the_office_adds_a_threat_type_that_records_may_use_at_once(office: Session) -> None:
    vocabulary.add_term(office, "threat_type", "travel_ban", LABELS, block="administrative",
                        description="Not allowed to leave the country")
    assert office.taxonomy.version == 2
    term = office.taxonomy["threat_type"].get("travel_ban")
    assert (term.block, term.labels["kk"], term.retired) == ("administrative", LABELS["kk"],
                                                              False)
    (record_id,) = records.add_records(office, [{**MINIMAL_RECORD, "threat_type": "travel_ban"}])
    assert records.show_record(office, record_id)["threat_block"] == "administrative"
    # It is kept in the vault: the vault opened again still has it.
    assert "travel_ban" in vocabulary_store.load(office.conn)["threat_type"]


@pytest.mark.parametrize(("kind", "code", "labels", "block", "expected"), [
    ("threat_type", "detention", LABELS, "criminal",
     ["code: threat_type already has the code 'detention'; a code is never reused"]),
    ("threat_type", "Travel Ban", LABELS, "criminal",
     ["code: 'Travel Ban' is not a code: use lowercase letters, digits and _, starting with a"
      " letter (at most 64)"]),
    ("threat_type", "travel_ban", {**LABELS, "kk": " "}, "criminal", ["kk: is required"]),
    ("threat_type", "travel_ban", LABELS, None, ["block: is required"]),
    ("threat_type", "travel_ban", LABELS, "nowhere",
     ["block: unknown code 'nowhere'; allowed: criminal, criminal_executive, administrative,"
      " civil, other"]),
    ("outcome", "fine_cancelled", LABELS, "civil", ["block: only a threat type has a block"]),
    ("colour", "red", LABELS, None,
     ["kind: unknown vocabulary 'colour'; one of: region, sector, threat_block, threat_type,"
      " perpetrator_kind, state_body, victim_gender, victim_category, outcome,"
      " legal_article"]),
    ("sector", "mining", {**LABELS, "ru": "x" * 201}, None,
     ["ru: is too long (201 characters, at most 200)"]),
])
def test_a_bad_new_code_is_refused_saying_why_and_changes_nothing(
        office: Session, kind: str, code: str, labels: dict[str, str], block: str | None,
        expected: list[str]) -> None:
    with pytest.raises(InvalidInput) as caught:
        vocabulary.add_term(office, kind, code, dict(labels), block=block)
    assert problems(caught) == expected
    assert office.taxonomy.version == 1 == vocabulary_store.version(office.conn)


def test_relabelling_changes_only_the_languages_given(office: Session) -> None:
    vocabulary.relabel(office, "sector", "oil", {"ru": "Нефтегазовая отрасль"})
    term = office.taxonomy["sector"].get("oil")
    assert term.labels["ru"] == "Нефтегазовая отрасль"
    assert term.labels["en"] == load_default()["sector"].get("oil").labels["en"]
    with pytest.raises(InvalidInput) as caught:
        vocabulary.relabel(office, "sector", "no_such_sector", {"en": "x"})
    assert problems(caught) == ["code: sector has no code 'no_such_sector'"]


def test_a_retired_code_stays_in_old_records_and_counts_but_new_ones_refuse_it(
        office: Session) -> None:
    (old,) = records.add_records(office, [{**MINIMAL_RECORD, "sectors": ["coal"]}])
    vocabulary.retire(office, "sector", "coal")
    assert office.taxonomy["sector"].get("coal").retired
    with pytest.raises(InvalidInput) as caught:
        records.add_records(office, [{**MINIMAL_RECORD, "sectors": ["coal"]}])
    assert caught.value.exit_code == 2
    assert problems(caught)[0].startswith("sectors[0]: code 'coal' is retired")
    with pytest.raises(InvalidInput) as caught:  # named where the user put it
        records.add_records(office, [{**MINIMAL_RECORD, "sectors": ["tax", "land", "coal"]}])
    assert problems(caught)[0].startswith("sectors[2]: code 'coal' is retired")
    # The record that has it keeps it through an edit of something else...
    records.edit_record(office, old, {"title": "Coal miners' union leader summoned"})
    assert records.show_record(office, old)["sectors"] == ["coal"]
    # ...but an edit cannot put it anywhere anew.
    (other,) = records.add_records(office, [MINIMAL_RECORD])
    with pytest.raises(InvalidInput):
        records.edit_record(office, other, {"sectors": ["coal"]})
    from fieldapp.reports.statistics import compute_report
    assert compute_report(office)["by_sector"]["coal"] == 1


def test_a_case_cannot_name_a_retired_gender(office: Session) -> None:
    vocabulary.retire(office, "victim_gender", "legal_entity")
    with pytest.raises(InvalidInput) as caught:
        cases.add_cases(office, [{"title": "Firm harassed", "persons": [
            {"alias": "Firm L", "gender": "legal_entity"}]}])
    assert problems(caught)[0].startswith("persons[0].gender: code 'legal_entity' is retired")


def test_an_observer_cannot_change_the_vocabulary(session: Session) -> None:
    for change in (lambda: vocabulary.add_term(session, "sector", "mining", LABELS),
                   lambda: vocabulary.relabel(session, "sector", "oil", {"en": "Oil"}),
                   lambda: vocabulary.retire(session, "sector", "oil")):
        with pytest.raises(FieldappError) as caught:
            change()
        assert (caught.value.code, caught.value.exit_code) == ("office_only_vocabulary", 1)
    assert session.taxonomy.version == 1


def test_the_cli_lists_adds_relabels_and_retires(office: Session) -> None:
    directory = office.vault.directory
    office.lock()
    added = run_cli("vocab", "add", "outcome", "travel_ban_lifted", "--en", "Travel ban lifted",
                    "--ru", "Запрет на выезд снят", "--kk", "Шетелге шығуға тыйым алынды",
                    vault=directory)
    assert added.returncode == 0, added.stderr
    assert "version 2" in added.stdout
    assert run_cli("vocab", "label", "outcome", "travel_ban_lifted", "--en", "Ban lifted",
                   vault=directory).returncode == 0
    assert run_cli("vocab", "retire", "outcome", "travel_ban_lifted",
                   vault=directory).returncode == 0
    listed = run_cli("vocab", "list", "outcome", "--json", vault=directory)
    assert listed.returncode == 0, listed.stderr
    shown = json.loads(listed.stdout)
    assert shown["version"] == 4 and list(shown["vocabularies"]) == ["outcome"]
    (term,) = [t for t in shown["vocabularies"]["outcome"] if t["code"] == "travel_ban_lifted"]
    assert term["labels"] == {"en": "Ban lifted", "ru": "Запрет на выезд снят",
                              "kk": "Шетелге шығуға тыйым алынды"}
    assert term["state"] == "retired"
    bad = run_cli("vocab", "add", "threat_type", "travel_ban", "--en", "a", "--ru", "б",
                  "--kk", "в", vault=directory)
    assert bad.returncode == 2 and "block: is required" in bad.stderr
    unknown = run_cli("vocab", "list", "colours", vault=directory)
    assert unknown.returncode == 2 and "unknown vocabulary 'colours'" in unknown.stderr
    new = run_cli("record", "add", "-", stdin=json.dumps(
        {**MINIMAL_RECORD, "outcome": "travel_ban_lifted"}), vault=directory)
    assert new.returncode == 2 and "travel_ban_lifted" in new.stderr


def test_a_reader_that_goes_away_gets_no_traceback(office: Session) -> None:
    directory = office.vault.directory
    office.lock()
    env = {k: v for k, v in os.environ.items() if not k.startswith("FIELDAPP_")}
    env["FIELDAPP_PASSPHRASE"] = PASSPHRASE
    listing = subprocess.Popen(
        [sys.executable, "-m", "fieldapp", "--vault", str(directory), "vocab", "list"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    assert listing.stdout is not None and listing.stderr is not None
    listing.stdout.close()  # as `| head -0` would
    errors = listing.stderr.read().decode()
    assert listing.wait(timeout=60) == 1
    assert "Traceback" not in errors and errors == ""


def test_the_cli_refuses_an_observer_with_exit_1(session: Session) -> None:
    directory = session.vault.directory
    session.lock()
    refused = run_cli("vocab", "add", "sector", "mining", "--en", "Mining", "--ru", "Добыча",
                      "--kk", "Тау-кен", vault=directory)
    assert refused.returncode == 1
    assert "only the office changes the vocabulary" in refused.stderr
