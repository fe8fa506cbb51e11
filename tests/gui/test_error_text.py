"""The window words the core's errors itself, in the interface language, and never tells
anyone to type a command."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from fieldapp.cli.messages import MESSAGES
from fieldapp.cli.parser import build_parser
from fieldapp.errors import FieldappError, InvalidInput, Problem
from fieldapp.services.session import create_vault
from fieldapp.store.keyfile import KDF_FLOOR
from fieldapp.ui.bundle_dialogs import ExportDialog, ImportDialog
from fieldapp.ui.error_text import PATTERNS, code_message, user_message
from fieldapp.ui.i18n import translations_dir
from fieldapp.ui.tasks import TaskRunner
from tests.gui.conftest import PASSPHRASE, shown_rows

PLACEHOLDER = re.compile(r"\{(\w+)\}")
COMMANDS = "|".join(build_parser()._subparsers._group_actions[0].choices)  # type: ignore[union-attr]


def test_the_window_words_every_code_the_command_line_words() -> None:
    assert set(PATTERNS) == set(MESSAGES)


@pytest.mark.parametrize("code", sorted(PATTERNS))
def test_no_window_sentence_names_a_command_a_flag_or_technical_detail(code: str) -> None:
    text = PATTERNS[code]
    assert not re.search(rf"--[a-z]|fieldapp ({COMMANDS})\b|\brun '", text), text
    # `detail` is a format library's or the system's English: never shown in the window.
    assert "detail" not in PLACEHOLDER.findall(text)
    assert text[0].isupper() or text[0] in "{«", text
    assert text.endswith((".", ")")), text


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_every_error_is_translated_with_the_same_placeholders(language: str) -> None:
    # Our own translation file, not outside input.
    root = ET.parse(translations_dir() / f"fieldapp_{language}.ts").getroot()  # noqa: S314
    errors = next(c for c in root.iter("context") if c.findtext("name") == "Errors")
    translated = {m.findtext("source"): m.find("translation") for m in errors.iter("message")}
    for code, source in PATTERNS.items():
        translation = translated[source]
        assert translation is not None and translation.get("type") is None, code
        assert translation.text and translation.text != source, code
        assert sorted(PLACEHOLDER.findall(translation.text)) == sorted(
            PLACEHOLDER.findall(source)), code


def test_params_fill_the_sentence_and_a_missing_one_still_gives_words() -> None:
    assert code_message("not_a_folder", {"path": "/media/usb"}) == "/media/usb is not a folder."
    assert code_message("not_a_folder", {}) == "{path} is not a folder."
    problems = InvalidInput([Problem("title", "required"), Problem("region", "required")])
    assert user_message(problems) == "This field is required."


def test_the_export_dialog_says_why_in_russian(qtbot, field_app, tmp_path: Path) -> None:
    observer = create_vault(tmp_path / "lone", "observer", "Lone observer", PASSPHRASE,
                            params=KDF_FLOOR)
    runner = TaskRunner()
    try:
        field_app.languages.set_language("ru")
        dialog = ExportDialog(observer, runner, lambda parent: tmp_path)
        qtbot.addWidget(dialog)
        assert dialog.error.text() == (
            "Офис ещё не зарегистрирован: зарегистрируйте его по карточке идентификации"
            " в разделе «Участники».")
        assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    finally:
        runner.shutdown()
        observer.lock()


def test_the_import_dialog_names_the_failed_check_in_kazakh(qtbot, field_app, tmp_path):
    office = create_vault(tmp_path / "office", "office", "Central office", PASSPHRASE,
                          params=KDF_FLOOR)
    empty = tmp_path / "empty.age"
    empty.write_bytes(b"")
    runner = TaskRunner()
    try:
        field_app.languages.set_language("kk")
        dialog = ImportDialog(office, runner, lambda parent: [empty])
        qtbot.addWidget(dialog)
        dialog.add_button.click()
        with qtbot.waitSignal(dialog.finished_all, timeout=20_000):
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        (row,) = shown_rows(dialog.table)
        assert not re.search(r"[A-Za-z]{3,}", row[2]), row  # plain words, in Kazakh
        dialog.details.click()  # the failed check, one click away
        (row,) = shown_rows(dialog.table)
        assert row[2].endswith(": Файл бос.")
        assert not re.search(r"[A-Za-z]{3,}", row[2].replace("empty.age", "")), row
    finally:
        runner.shutdown()
        office.lock()


def test_an_unexpected_error_is_a_sentence_not_a_traceback() -> None:
    assert user_message(FieldappError("no_such_code")) == "The operation failed (no_such_code)."
    # The system's English reason is never shown: our own words, by its number.
    assert user_message(PermissionError(13, "Permission denied")) == (
        "This computer does not allow the app to use that file or folder.")
    assert user_message(OSError(5, "Input/output error")) == (
        "The system refused the operation (error 5).")
