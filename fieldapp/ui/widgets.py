"""Small widget helpers shared by the dialogs and forms."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

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

