"""The main window's chrome: its toolbar, its menus and the page shown while locked.

Locked, the window keeps only what still makes sense: unlock, quick delete, the language
and quit; the toolbar and the vault's menu come back with the session. The Help menu (About
fieldapp) stays in both."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from fieldapp.ui.about_dialog import AboutDialog
from fieldapp.ui.i18n import LANGUAGE_NAMES, Languages
from fieldapp.ui.widgets import Retranslating

# None in an action list is a separator.
Actions = Sequence[QAction | None]


class LockedPage(Retranslating, QWidget):
    """What the window shows while the vault is locked: a sentence and an Unlock button."""

    unlock_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.message = QLabel()
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.unlock_button = QPushButton()
        self.unlock_button.clicked.connect(self.unlock_requested)
        column = QVBoxLayout(self)
        column.addStretch(1)
        column.addWidget(self.message)
        column.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignCenter)
        column.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.message.setText(self.tr(
            "The vault is locked. Its records stay encrypted on this computer until you"
            " unlock it with its passphrase."))
        self.unlock_button.setText(self.tr("Unlock…"))


@dataclass
class Chrome:
    toolbar: QToolBar
    vault_menu: QMenu
    locked_menu: QMenu
    language_menu: QMenu
    language_actions: dict[str, QAction]
    help_menu: QMenu
    check_download_action: QAction
    about_action: QAction
    about_dialog: AboutDialog | None = None

    def show_locked(self, locked: bool) -> None:
        self.toolbar.setVisible(not locked)
        self.vault_menu.menuAction().setVisible(not locked)
        self.locked_menu.menuAction().setVisible(locked)

    def retranslate(self) -> None:
        # The window's own words (context MainWindow, as before the menus moved here).
        self.vault_menu.setTitle(QCoreApplication.translate("MainWindow", "&Vault"))
        self.locked_menu.setTitle(QCoreApplication.translate("MainWindow", "&Vault"))
        self.language_menu.setTitle(QCoreApplication.translate("MainWindow", "&Language"))
        self.toolbar.setWindowTitle(QCoreApplication.translate("MainWindow", "Actions"))
        self.help_menu.setTitle(QCoreApplication.translate("MainWindow", "&Help"))
        self.check_download_action.setText(
            QCoreApplication.translate("MainWindow", "Check a download…"))
        self.about_action.setText(QCoreApplication.translate("MainWindow", "About fieldapp…"))

    def open_about(self, window: QMainWindow) -> None:
        """One About dialog, brought forward if already open."""
        if self.about_dialog is None:
            self.about_dialog = AboutDialog(window)
            self.about_dialog.finished.connect(self._about_closed)
        self.about_dialog.show()
        self.about_dialog.raise_()
        self.about_dialog.activateWindow()

    def _about_closed(self) -> None:
        if self.about_dialog is not None:
            self.about_dialog.deleteLater()
            self.about_dialog = None


def _fill(target: QMenu | QToolBar, actions: Actions) -> None:
    for action in actions:
        if action is None:
            target.addSeparator()
        else:
            target.addAction(action)


def build_chrome(window: QMainWindow, languages: Languages, toolbar: Actions, menu: Actions,
                 locked: Actions) -> Chrome:
    """The toolbar, the vault's menu (`menu`), the locked window's menu (`locked`) and the
    language menu, added to `window`."""
    bar = QToolBar()
    bar.setMovable(False)
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    _fill(bar, toolbar)
    window.addToolBar(bar)
    vault_menu = window.menuBar().addMenu("")
    _fill(vault_menu, menu)
    locked_menu = window.menuBar().addMenu("")
    _fill(locked_menu, locked)
    language_menu = window.menuBar().addMenu("")
    group = QActionGroup(window)
    language_actions: dict[str, QAction] = {}
    for code, name in LANGUAGE_NAMES.items():
        action = QAction(name, window, checkable=True)
        action.setChecked(code == languages.code)
        action.triggered.connect(lambda _=False, c=code: languages.set_language(c))
        group.addAction(action)
        language_menu.addAction(action)
        language_actions[code] = action
    help_menu = window.menuBar().addMenu("")
    check_download = QAction(window)
    check_download.triggered.connect(lambda: open_release_check(window))
    help_menu.addAction(check_download)
    about_action = QAction(window)
    # Kept in Help on macOS too (its application menu would take it in English only, and
    # leave Help empty).
    about_action.setMenuRole(QAction.MenuRole.NoRole)
    help_menu.addAction(about_action)
    chrome = Chrome(bar, vault_menu, locked_menu, language_menu, language_actions,
                    help_menu, check_download, about_action)
    about_action.triggered.connect(lambda: chrome.open_about(window))
    return chrome


def open_release_check(window: QMainWindow) -> None:
    """The Check a download window; it needs no vault, so it opens locked or not."""
    from fieldapp.ui.release_check_dialog import ReleaseCheckDialog

    dialog = ReleaseCheckDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
