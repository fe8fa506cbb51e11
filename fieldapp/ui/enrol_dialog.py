"""Enrol a peer from their identity card by the code they read out: the expected code is
never on this screen, so copying the screen (or the card) proves nothing."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QMouseEvent
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from fieldapp.errors import FieldappError
from fieldapp.services import peers
from fieldapp.services.peers import SAFETY_CODE_DIGITS, IdentityCard
from fieldapp.services.session import Session
from fieldapp.ui.dialog_base import Buttons, DialogBase
from fieldapp.ui.error_text import user_message
from fieldapp.ui.widgets import error_label, show_error_text

MAX_TRIES = 3  # then the card is suspect, as Signal treats a safety number that differs


class TypedOnlyLineEdit(QLineEdit):
    """A line that takes keystrokes only: no paste (keys, middle click, menu) and no drop,
    because a code copied from anywhere on this computer is no proof of the card."""

    paste_refused = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste_refused.emit()
            return
        super().keyPressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton:  # X11 pastes the selection here
            self.paste_refused.emit()
            return
        super().mouseReleaseEvent(event)

    def event(self, event: QEvent) -> bool:
        # Shortcut overrides reach the line before keyPressEvent; refuse paste there too.
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and event.matches(QKeySequence.StandardKey.Paste)):
            event.accept()
            return True
        return super().event(event)


class EnrolDialog(DialogBase):
    """The card's name and role; a card this vault cannot enrol is refused at once, before
    any code is asked for. Otherwise the user types the code the card's owner reads out and
    only then learns whether it matches: a match enrols, three misses end the attempt."""

    def __init__(self, session: Session, card: IdentityCard,
                 parent: QWidget | None = None) -> None:
        super().__init__(Buttons.Ok | Buttons.Cancel, parent)
        self._session = session
        self.card = card
        self.tries_left = MAX_TRIES
        self.refusal: FieldappError | None = None
        try:
            peers.check_card(session, card)
        except FieldappError as error:
            self.refusal = error
        self.labels = [QLabel() for _ in range(3)]
        self.name = QLabel(card.name)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.role = QLabel()
        self.typed = TypedOnlyLineEdit()
        self.typed.textChanged.connect(self._typing)
        self.typed.paste_refused.connect(self._paste_refused)
        self.form = QFormLayout()
        for label, widget in zip(self.labels, (self.name, self.role, self.typed), strict=True):
            self.form.addRow(label, widget)
        self.verdict = error_label()  # what the last check found
        self.add_body(self.form)
        self.add_body(self.verdict)
        self.buttons.accepted.connect(self.check)
        self.setMinimumWidth(560)
        if self.refusal is not None:
            # Nothing to type: the code box never shows for a card that cannot be enrolled.
            self.form.setRowVisible(self.typed, False)
            self.buttons.button(Buttons.Ok).hide()
        self.retranslate()
        self._typing()

    @property
    def asks_for_code(self) -> bool:
        return self.refusal is None and self.tries_left > 0

    def _typing(self) -> None:
        self.set_accept_enabled(self.asks_for_code and bool(self.typed.text().strip()))

    def _paste_refused(self) -> None:
        self._say(self.tr("Type the code as it is read out to you: pasting is turned off"
                          " here, because a copied code proves nothing about the card."))

    def _say(self, text: str) -> None:
        show_error_text(self.verdict, text)

    def check(self) -> None:
        """Compare what was typed with the card; enrol on a match, count a miss."""
        if not self.asks_for_code:
            return
        typed = self.typed.text()
        digits = peers.typed_digits(typed)
        if digits is not None and digits != SAFETY_CODE_DIGITS:
            # A short or long code is a slip of the ear, not a wrong card: no try is used.
            self._say(self.tr("A safety code has 15 digits; you typed %n. Ask for it"
                              " again.", "", digits))
            return
        if not self.card.matches(typed):
            self.tries_left -= 1
            self._missed()
            return
        try:
            peers.add_peer(self._session, self.card, typed)
        except FieldappError as error:
            self._say(user_message(error))
            return
        self.accept()

    def _missed(self) -> None:
        name = self.card.name
        if self.tries_left == 0:
            self.typed.setEnabled(False)
            self._typing()
            self.buttons.button(Buttons.Cancel).setText(self.tr("Close"))
            self._say(self.tr(
                "Three codes did not match. Do not enrol this card: it may not be the one"
                " %1 sent, or it was changed on the way. Ask %1 to give you the card again"
                " by another route, and check the new one.").replace("%1", name))
        elif self.tries_left == 1:
            self._say(self.tr(
                "This code does not match the card either. One try left: ask %1 to read"
                " the safety code again, slowly.").replace("%1", name))
        else:
            self._say(self.tr(
                "This code does not match the card. Ask %1 to read it out again, group by"
                " group. %n tries left.", "", self.tries_left).replace("%1", name))
        self.typed.selectAll()
        self.typed.setFocus()

    def refusal_text(self) -> str:
        """Why this card cannot be enrolled here, in the user's words (never its codes)."""
        error = self.refusal
        if error is None:
            return ""
        office = self._session.identity.role == "office"
        # The service calls its own card a wrong role (it is); the person is told which.
        if self.card.fingerprint == self._session.identity.fingerprint:
            return self.tr("This is this vault's own card. Enrol the other side's card"
                           " instead.")
        if error.code == "wrong_peer_role":
            if office:
                return self.tr("This is another office's card. An office enrols its"
                               " observers: ask each observer for their own identity card.")
            return self.tr("This is another observer's card. An observer enrols only its"
                           " office: ask your coordinator for the office's identity card.")
        if error.code == "already_enrolled":
            return self.tr("%1 is already enrolled.").replace("%1", self.card.name)
        return user_message(error)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Enrol from an identity card"))
        texts = (self.tr("Name on the card"), self.tr("Role"), self.tr("Code as read out"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.role.setText(self.tr("Central office") if self.card.role == "office"
                          else self.tr("Regional observer"))
        if self.refusal is not None:
            self.set_intro("")
            self._say(self.refusal_text())
            self.buttons.button(Buttons.Cancel).setText(self.tr("Close"))
            return
        self.set_intro(self.tr(
            "Call %1 or meet them, and ask them to read out the safety code shown on"
            " their computer in the Peers window, under This vault. Type it here as you"
            " hear it: you will see whether it matches the card once you check. Enrol only"
            " a card whose code matches: a card can be swapped on the way.").replace(
                "%1", self.card.name))
        self.typed.setPlaceholderText(self.tr("15 digits, as read out"))
        self.buttons.button(Buttons.Ok).setText(self.tr("Check and enrol"))

