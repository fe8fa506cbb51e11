"""Small widget helpers shared by the dialogs and forms."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QLabel, QWidget

from fieldapp.cli.messages import sentence
from fieldapp.errors import BadPassphrase, InvalidInput, KeyFileDamaged, WeakKdfParameters

# The mixin below is a plain class at run time (Qt wants one Qt base per class); the type
# checker sees a QWidget so that super().changeEvent is known.
if TYPE_CHECKING:
    _Widget = QWidget
else:
    _Widget = object


class Retranslating(_Widget):
    """Mixed in before the Qt class (`class X(Retranslating, QDialog)`): the one place that
    turns a language switch into a call of the widget's `retranslate()`."""

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def error_label() -> QLabel:
    """A red, word-wrapped label that stays hidden until it has something to say."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    label.hide()
    return label


def show_error_text(label: QLabel, text: str) -> None:
    """Show a message, first letter capitalised and ending in a full stop."""
    text = text.strip()
    if text:
        text = text[0].upper() + text[1:]
        if not text.endswith((".", "!", "?")):
            text += "."
    label.setText(text)
    label.setVisible(bool(text))


def user_message(error: Exception) -> str:
    """The sentence to show for an error, in the interface language where we know it."""
    translate = QCoreApplication.translate
    if isinstance(error, BadPassphrase):
        return translate("Errors", "Wrong passphrase.")
    if isinstance(error, KeyFileDamaged):
        return translate("Errors", "The vault key file was modified or damaged; restore it from"
                         " your backup.")
    if isinstance(error, WeakKdfParameters):
        return translate("Errors", "The vault key file asks for weakened key-derivation settings"
                         " and was refused.")
    if isinstance(error, InvalidInput) and error.problems[0].code == "too_short":
        return translate("Errors", "The passphrase is too short.")
    return sentence(error)  # the CLI's English until the window has its own table
