"""`record add` input is bounded and typed like a bundle (issue 11, item 2): deep nesting,
control characters, non-ASCII digits in dates and forged sealed sources are each refused
with exit code 2 and one sentence, the vault unchanged; and whatever the CLI prints escapes
terminal controls."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest
from support import MINIMAL_RECORD, PASSPHRASE, file_digests, make_office, run_cli

from fieldapp.services.session import create_vault
from fieldapp.store.keyfile import KDF_FLOOR
from sync import age
from sync.limits import MAX_JSON_DEPTH


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("bounds") / "vault"
    create_vault(directory, "observer", "Bounds observer", PASSPHRASE, KDF_FLOOR).lock()
    return directory


def refused(vault: Path, text: str) -> str:
    """Feed text to `record add`: exit code 2, one sentence, nothing written."""
    before = file_digests(vault)
    result = run_cli("record", "add", "-", vault=vault, stdin=text)
    assert result.returncode == 2, result
    assert result.stdout == "" and "Traceback" not in result.stderr
    assert result.stderr.startswith("fieldapp: ") and result.stderr.endswith("\n")
    assert file_digests(vault) == before
    return result.stderr


def nested(levels: int) -> str:
    return "[" * levels + '"x"' + "]" * levels


@pytest.mark.parametrize("levels", [MAX_JSON_DEPTH + 1, 100_000])
def test_deeply_nested_input_is_refused(vault: Path, levels: int) -> None:
    text = json.dumps({**MINIMAL_RECORD, "victims": "DEEP"}).replace('"DEEP"', nested(levels))
    said = refused(vault, text)
    assert f"nested deeper than {MAX_JSON_DEPTH} levels" in said


@pytest.mark.parametrize(("field", "value"), [
    ("title", "Detained\u001b[2J\u001b]0;owned\u0007"),
    ("title", "two\nlines"),
    ("locality", "csi\u009bJ"),
    ("description", "bell\u0007and backspace\u0008"),  # NUL has its own sentence
])
def test_control_characters_are_refused(vault: Path, field: str, value: str) -> None:
    said = refused(vault, json.dumps({**MINIMAL_RECORD, field: value}))
    assert f"{field}: holds a control character" in said
    assert "\x1b" not in said and "\x9b" not in said


def test_a_description_keeps_its_line_breaks_and_tabs(vault: Path) -> None:
    record = {**MINIMAL_RECORD, "description": "first line\n\tindented second"}
    result = run_cli("record", "add", "-", vault=vault, stdin=json.dumps(record))
    assert (result.returncode, result.stderr) == (0, "")


def test_dates_take_ascii_digits_only(vault: Path) -> None:
    said = refused(vault, json.dumps({**MINIMAL_RECORD, "occurred_on": "٢٠٢٣-٠١-٠١"}))
    assert "occurred_on: must be a date as YYYY-MM-DD" in said


def test_forged_sealed_sources_are_refused(vault: Path) -> None:
    plain = base64.b64encode(b'[{"name": "informant"}]').decode()
    said = refused(vault, json.dumps({**MINIMAL_RECORD,
                                      "sources": {"sealed": [plain], "count": 1}}))
    assert "sources: are not sealed to an office's source key" in said
    one_stanza = base64.b64encode(age.encrypt_bytes(
        b"[]", [age.X25519Identity.generate().recipient()])).decode()
    said = refused(vault, json.dumps({**MINIMAL_RECORD,
                                      "sources": {"sealed": [one_stanza], "count": 1}}))
    assert "sources: are not sealed" in said


def test_what_the_cli_prints_from_outside_has_its_controls_escaped(
    tmp_path: Path
) -> None:
    """A bundle's file name is outside text the import report prints: its escape sequence
    reaches the terminal as visible characters."""
    office = tmp_path / "office"
    make_office(office, None).lock()
    hostile = tmp_path / "bundle\x1b[2J\x9b31m.age"
    hostile.write_bytes(b"not an age file")
    result = run_cli("import", hostile, vault=office)
    assert result.returncode != 0 and "Traceback" not in result.stdout + result.stderr
    shown = result.stdout + result.stderr
    assert "\x1b" not in shown and "\x9b" not in shown
    assert "bundle\\u001b[2J\\u009b31m.age" in shown
    as_json = run_cli("import", "--json", hostile, vault=office)
    assert "\x1b" not in as_json.stdout and "\x9b" not in as_json.stdout
    assert json.loads(as_json.stdout)[0]["file"] == str(hostile)


@pytest.mark.parametrize("name", ["Aktau\u001b]0;owned\u0007observer", "two\nlines", "x" * 201])
def test_a_vault_name_that_would_steer_a_terminal_or_overflow_a_card_is_refused(
    tmp_path: Path, name: str
) -> None:
    result = run_cli("init", "--role", "observer", "--name", name, vault=tmp_path / "v")
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith("fieldapp: name: ")
    assert "\x1b" not in result.stderr and result.stderr.count("\n") == 1
    assert not (tmp_path / "v").exists()
