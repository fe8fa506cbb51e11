"""Remembers what our windows put on the clipboard, to take it back when the vault locks."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QClipboard, QGuiApplication


class ClipboardGuard(QObject):
    """A change to the clipboard while our application is in front (or one Qt says we own)
    is taken as a copy from our widgets; `clear_ours` empties the clipboard only if it still
    holds that text, so whatever the person copied elsewhere since is left alone."""

    def __init__(self, app: QGuiApplication, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self._clipboard = app.clipboard()
        self._state = app.applicationState()
        self._ours: dict[QClipboard.Mode, str] = {}
        app.applicationStateChanged.connect(self._state_changed)
        self._clipboard.dataChanged.connect(self._copied)
        # X11's selection: whatever is highlighted in our widgets is offered to other programs.
        self._clipboard.selectionChanged.connect(self._selected)

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        self._state = state

    def _copied(self) -> None:
        self._note(QClipboard.Mode.Clipboard, self._clipboard.ownsClipboard())

    def _selected(self) -> None:
        self._note(QClipboard.Mode.Selection, self._clipboard.ownsSelection())

    def _note(self, mode: QClipboard.Mode, owned: bool) -> None:
        text = self._clipboard.text(mode)
        if text and (owned or self._state == Qt.ApplicationState.ApplicationActive):
            self._ours[mode] = text
        else:
            self._ours.pop(mode, None)

    def clear_ours(self) -> None:
        for mode, text in list(self._ours.items()):
            if self._clipboard.text(mode) == text:
                self._clipboard.clear(mode)
        self._ours.clear()

    def close(self) -> None:
        self._app.applicationStateChanged.disconnect(self._state_changed)
        self._clipboard.dataChanged.disconnect(self._copied)
        self._clipboard.selectionChanged.disconnect(self._selected)
