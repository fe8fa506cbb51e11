"""Small widget helpers shared by the dialogs and forms."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from fieldapp.ui.screen_fit import fit_to_screen

if TYPE_CHECKING:
    from fieldapp.services.session import Session

# The mixin below is a plain class at run time (Qt wants one Qt base per class); the type
# checker sees a QWidget so that super().changeEvent is known.
if TYPE_CHECKING:
    _Widget = QWidget
else:
    _Widget = object


class Retranslating(_Widget):
    """Mixed in before the Qt class (`class X(Retranslating, QDialog)`): the one place that
    turns a language switch into a call of the widget's `retranslate()`. Every window of
    the app has it, so it also keeps each one, as it shows, within its screen."""

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        # Sizes are set for a roomy screen; a small laptop's must still hold the whole window.
        if self.isWindow():
            fit_to_screen(self)
        super().showEvent(event)


def error_label() -> QLabel:
    """A red, word-wrapped label that stays hidden until it has something to say."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    label.hide()
    return label


def with_error_below(field: QWidget) -> tuple[QWidget, QLabel]:
    """A form field with its error label under it, as one row's widget."""
    row = QWidget()
    box = QVBoxLayout(row)
    box.setContentsMargins(0, 0, 0, 0)
    box.addWidget(field)
    error = error_label()
    box.addWidget(error)
    return row, error


def show_error_text(label: QLabel, text: str) -> None:
    """Show a message, first letter capitalised and ending in a full stop."""
    text = text.strip()
    if text:
        text = text[0].upper() + text[1:]
        if not text.endswith((".", "!", "?")):
            text += "."
    label.setText(text)
    label.setVisible(bool(text))



class SessionAction(QObject):
    """A menu action and the one dialog it opens on the unlocked vault; the dialog closes
    with the vault. Subclasses make the dialog (`make`) and name the action (`retranslate`).
    A modal one opens window-modal; another is shown again, refreshed, if already open."""

    modal = False

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self.session: Session | None = None
        self.dialog: QDialog | None = None
        self.action = QAction(parent)
        self.action.triggered.connect(self.open)
        self.retranslate()
        self.set_session(None)

    def make(self, session: Session) -> QDialog:
        raise NotImplementedError

    def refresh(self, dialog: QDialog) -> None:
        """A dialog still open when the action is chosen again (none by default)."""

    def retranslate(self) -> None:
        raise NotImplementedError

    def set_session(self, session: Session | None) -> None:
        if self.dialog is not None:
            dialog, self.dialog = self.dialog, None
            dialog.reject()
            dialog.deleteLater()
        self.session = session
        self.action.setEnabled(session is not None)

    def open(self) -> None:
        if self.session is None:
            return
        if self.dialog is None:
            dialog = self.make(self.session)
            dialog.finished.connect(lambda _: self._forget(dialog))
            self.dialog = dialog
        else:
            self.refresh(self.dialog)
        if self.modal:
            self.dialog.open()
            return
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()

    def _forget(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
