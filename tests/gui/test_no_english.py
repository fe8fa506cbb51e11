"""A Russian or Kazakh screen shows no English: neither the core's errors nor any text of the
main dialogs (labels, buttons, group boxes, tabs, column headers, placeholders, tooltips)."""

from __future__ import annotations

import errno
import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QTextEdit,
    QTreeView,
    QWidget,
    QWizard,
)

from fieldapp.services.session import Session
from fieldapp.store.vault_settings import VaultSettings
from fieldapp.ui.bundle_dialogs import ExportDialog, ImportDialog
from fieldapp.ui.bundle_error_text import PLAIN_BY_CODE, PLAIN_CONTEXT
from fieldapp.ui.cases_dialog import CasesDialog
from fieldapp.ui.conflicts_dialog import ConflictView
from fieldapp.ui.duplicates_dialog import DuplicatesDialog
from fieldapp.ui.error_text import CONTEXT, PATTERNS, user_message
from fieldapp.ui.i18n import Languages
from fieldapp.ui.peers_dialog import PeersDialog
from fieldapp.ui.publication_composer import PublicationComposer
from fieldapp.ui.record_editor import RecordEditor
from fieldapp.ui.safety_dialogs import SafetySettingsDialog
from fieldapp.ui.table_import_wizard import TableImportWizard
from fieldapp.ui.tasks import TaskRunner
from fieldapp.ui.vocabulary_dialog import VocabularyDialog
from tests.gui.conftest import ScriptedPrompts

# Names, formats and units that stay Latin in every language ("portable": the name of the
# file that turns portable mode on, which the user must type as it is).
ALLOWED = {"pdf", "docx", "csv", "json", "usb", "id", "sha", "xlsx", "utf", "mib", "gib",
           "kib", "fieldapp", "yyyy", "mm", "dd", "nul", "pav", "width", "height", "ok",
           "portable"}
# Placeholders, markup, a key's fingerprint, and what the user named (the test vaults' names).
PLACEHOLDERS = re.compile(r"\{\w+\}|%\d|%n|<[^>]+>|&(?=\w)|SHA256:\S+|Central office|Test observer"
                          r"|^English$")
WORD = re.compile(r"[A-Za-z]{3,}")


def english_words(text: str) -> list[str]:
    return [w for w in WORD.findall(PLACEHOLDERS.sub(" ", text)) if w.lower() not in ALLOWED]


@pytest.fixture
def languages(qapp: QApplication) -> Iterator[Languages]:
    languages = Languages(qapp)
    yield languages
    languages.set_language("en")


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_every_error_the_window_can_show_is_in_the_language(languages, language) -> None:
    languages.set_language(language)
    english = {}
    for code, pattern in PATTERNS.items():
        text = QCoreApplication.translate(CONTEXT, pattern)
        if english_words(text):
            english[code] = text
    for code, pattern in PLAIN_BY_CODE.items():
        text = QCoreApplication.translate(PLAIN_CONTEXT, str(pattern))
        if english_words(text):
            english[f"plain {code}"] = text
    # What the system or a library says in English never reaches the window.
    for number in (errno.ENOSPC, errno.EACCES, errno.ENOENT, errno.EROFS, errno.EIO):
        text = user_message(OSError(number, "Some English from the system"))
        if english_words(text):
            english[f"errno {number}"] = text
    text = user_message(RuntimeError("an English message"))
    if english_words(text):
        english["unexpected error"] = text
    assert not english, english


def shown_texts(root: QWidget) -> list[tuple[str, str]]:
    """(widget class, text) for every text a person can see or hover in the window."""
    texts = [("title", root.windowTitle())]
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        kind = type(widget).__name__
        texts.append((kind, widget.toolTip()))
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append((kind, widget.text()))
        elif isinstance(widget, QGroupBox):
            texts.append((kind, widget.title()))
        elif isinstance(widget, QTabWidget):
            texts += [(kind, widget.tabText(i)) for i in range(widget.count())]
        elif isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
            texts.append((kind, widget.placeholderText()))
        elif isinstance(widget, QComboBox):
            texts += [(kind, widget.itemText(i)) for i in range(widget.count())]
        elif isinstance(widget, (QTableView, QTreeView)) and widget.model() is not None:
            model = widget.model()
            header = (widget.horizontalHeader() if isinstance(widget, QTableView)
                      else widget.header())
            texts += [(kind, str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
                      for c in range(header.count())]
        elif isinstance(widget, QWizard):
            for page_id in widget.pageIds():
                page = widget.page(page_id)
                texts += [(kind, page.title()), (kind, page.subTitle())]
    return texts


def dialogs(session: Session, language: str, runner: TaskRunner) -> dict[str, QWidget]:
    prompts = ScriptedPrompts()
    return {
        "record editor": RecordEditor(session.taxonomy, language, lambda data: None),
        "cases": CasesDialog(session, prompts, lambda: None),
        "peers": PeersDialog(session, prompts, lambda parent: None, lambda parent: None),
        "vocabulary": VocabularyDialog(session, prompts, lambda: language),
        "composer": PublicationComposer(session, runner, prompts, lambda: language),
        "table import": TableImportWizard(session, runner, lambda parent: None),
        "conflicts": ConflictView(session, language),
        "duplicates": DuplicatesDialog(session, language),
        "safety settings": SafetySettingsDialog(VaultSettings()),
        "import": ImportDialog(session, runner, lambda parent: []),
    }


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_the_main_dialogs_show_no_english(qtbot, languages, office, language) -> None:
    languages.set_language(language)
    english = []
    runner = TaskRunner()
    try:
        for name, dialog in dialogs(office, language, runner).items():
            qtbot.addWidget(dialog)
            dialog.show()
            english += [(name, kind, text) for kind, text in shown_texts(dialog)
                        if english_words(text)]
            dialog.close()
    finally:
        runner.shutdown()
    assert not english, "\n".join(map(str, english))


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_the_observer_export_shows_no_english(qtbot, languages, observer, language) -> None:
    languages.set_language(language)
    runner = TaskRunner()
    try:
        dialog = ExportDialog(observer, runner, lambda parent: None)
        qtbot.addWidget(dialog)
        dialog.show()
        english = [(kind, text) for kind, text in shown_texts(dialog) if english_words(text)]
    finally:
        runner.shutdown()
    assert not english, english
