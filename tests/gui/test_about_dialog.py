"""Help ▸ About fieldapp: the version, the commit, the app's licence and each part's licence
text, reachable whether the vault is open or locked."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import Qt

from fieldapp.services.about import version_info
from fieldapp.ui.about_dialog import AboutDialog
from fieldapp.ui.app import FieldApp
from fieldapp.ui.i18n import translations_dir
from tests.gui.test_window import open_unlocked


def open_about(field_app: FieldApp) -> AboutDialog:
    window = field_app.window
    help_menu = window.chrome.help_menu
    assert help_menu.menuAction().isVisible()
    assert window.chrome.about_action in help_menu.actions()
    window.chrome.about_action.trigger()
    dialog = window.chrome.about_dialog
    assert isinstance(dialog, AboutDialog)
    assert dialog.isVisible()
    return dialog


def row_of(dialog: AboutDialog, name: str) -> list[str]:
    proxy = dialog.table.model()
    for row in range(proxy.rowCount()):
        cells = [proxy.index(row, c).data() for c in range(proxy.columnCount())]
        if cells[0] == name:
            return cells
    raise AssertionError(f"{name} is not listed")


def test_about_shows_version_commit_licence_and_qt_lgpl(qtbot, observer, field_app) -> None:
    observer.lock()
    open_unlocked(qtbot, field_app)
    dialog = open_about(field_app)
    info = version_info()
    assert dialog.windowTitle() == "About fieldapp"
    assert f"fieldapp {info.version}" == dialog.title.text()
    assert f"Commit: {info.commit}" in dialog.facts.text()
    assert "GPL-3.0-or-later" in dialog.facts.text()
    assert "separate shared libraries" in dialog.notice.text()
    assert "download.qt.io" in dialog.notice.text()
    assert "LGPL-3.0-only" in row_of(dialog, "Qt")[2]
    assert "BSD-3-Clause" in row_of(dialog, "SQLCipher")[2]
    assert dialog.licence_text.toPlainText() == ""
    dialog.select("qt")
    shown = dialog.licence_text.toPlainText()
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in shown and "Version 3" in shown
    assert dialog.licence_text.isReadOnly()
    dialog.select("pillow")
    assert "libjpeg" in dialog.part_label.text()
    assert "Pillow" in dialog.licence_text.toPlainText()
    # A second trigger brings the same dialog forward.
    field_app.window.chrome.about_action.trigger()
    assert field_app.window.chrome.about_dialog is dialog


def test_about_is_reachable_from_the_locked_window(qtbot, observer, field_app) -> None:
    observer.lock()
    open_unlocked(qtbot, field_app)
    field_app.window.lock_action.trigger()
    assert field_app.session is None
    # The unlock prompt is up (not modal); the locked window keeps its Help menu.
    assert not field_app.window.chrome.vault_menu.menuAction().isVisible()
    assert field_app.window.chrome.locked_menu.menuAction().isVisible()
    dialog = open_about(field_app)
    assert version_info().commit in dialog.facts.text()
    dialog.close()


def _translated(language: str) -> bool:
    root = ET.parse(translations_dir() / f"fieldapp_{language}.ts").getroot()  # noqa: S314
    return any(c.findtext("name") == "AboutDialog" for c in root.iter("context"))


@pytest.mark.parametrize(("language", "title", "commit", "component"), [
    ("ru", "О программе fieldapp", "Коммит", "Компонент"),
    ("kk", "fieldapp туралы", "Коммит", "Құрамдас бөлік"),
])
def test_about_speaks_the_users_language(qtbot, observer, field_app, language, title, commit,
                                         component) -> None:
    if not _translated(language):
        pytest.skip("the About dialog's translations are not yet in the .ts files")
    observer.lock()
    open_unlocked(qtbot, field_app)
    dialog = open_about(field_app)
    field_app.window.language_actions[language].trigger()
    assert dialog.windowTitle() == title
    assert dialog.facts.text().startswith(("Версия", "Нұсқа"))
    assert commit in dialog.facts.text()
    assert dialog.table.model().headerData(0, Qt.Orientation.Horizontal) == component
    assert "About" not in field_app.window.chrome.about_action.text()
