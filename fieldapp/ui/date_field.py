"""A date field: typed as people write it (05.03.2024, 03.2024 or ISO), or picked from a
calendar; it hands the form the ISO date a record stores."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from fieldapp.domain.dates import MAX_DATE_TEXT, format_user_date, parse_user_date
from fieldapp.errors import Problem
from fieldapp.ui.widgets import Retranslating

LANGUAGES = ("en", "ru", "kk")


def interface_language() -> str:
    """The language the interface was last switched to (i18n sets the default locale)."""
    code = QLocale().name().split("_", 1)[0]
    return code if code in LANGUAGES else "en"


def bad_date_text(problem: Problem) -> str | None:
    """The window's words for a date it could not read (None for any other problem). The
    text typed is not repeated: a label would take markup in it for its own."""
    if problem.code != "bad_date":
        return None
    return QCoreApplication.translate(
        "DateField", "Not a date: write it as YYYY-MM-DD, or YYYY-MM if the day is unknown.")


def calendar_icon(widget: QWidget) -> QIcon:
    """A small page of a wall calendar, drawn in the widget's text colour (no icon file
    to ship, and no emoji font to rely on)."""
    size = 16
    pixmap = QPixmap(size * 2, size * 2)  # drawn at twice the size: sharp at 150 %
    pixmap.setDevicePixelRatio(2)
    pixmap.fill(Qt.GlobalColor.transparent)
    colour = widget.palette().color(QPalette.ColorRole.ButtonText)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(colour)
    painter.drawRoundedRect(QRectF(1.5, 2.5, 13, 12), 1.5, 1.5)
    painter.fillRect(QRectF(1.5, 2.5, 13, 3.5), colour)
    for row in range(2):
        for column in range(3):
            painter.fillRect(QRectF(3.5 + column * 3.5, 8 + row * 3, 2, 2), colour)
    painter.end()
    return QIcon(pixmap)


class CalendarPopup(QFrame):
    """A month to pick a day from; closes as a day is clicked or Enter is pressed."""

    chosen = Signal(QDate)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(
            QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        box = QVBoxLayout(self)
        box.setContentsMargins(2, 2, 2, 2)
        box.addWidget(self.calendar)
        self.calendar.clicked.connect(self._choose)
        self.calendar.activated.connect(self._choose)

    def _choose(self, day: QDate) -> None:
        self.hide()
        self.chosen.emit(day)


class DateField(Retranslating, QWidget):
    """`date_text()` is the ISO date typed or picked, or the text as typed when it is no
    date (validation then names the field). `note` is a placeholder to show in place of
    the format, such as "optional"; the format is in the tooltip then."""

    def __init__(self, note: Callable[[], str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._note = note
        self.language = interface_language()
        self.edit = QLineEdit()
        self.edit.setMaxLength(MAX_DATE_TEXT)
        self.pick = QToolButton()
        self.pick.setIcon(calendar_icon(self.pick))
        self.pick.clicked.connect(self.open_calendar)
        self.popup: CalendarPopup | None = None
        line = QHBoxLayout(self)
        line.setContentsMargins(0, 0, 0, 0)
        line.setSpacing(2)
        line.addWidget(self.edit, 1)
        line.addWidget(self.pick)
        self.setFocusProxy(self.edit)
        self.retranslate()

    # -- the value ---------------------------------------------------------------------------

    def set_date(self, iso: str | None) -> None:
        """Show a stored date in the language's form."""
        self.edit.setText(format_user_date(iso or "", self.language))

    def date_text(self) -> str:
        typed = self.edit.text().strip()
        return parse_user_date(typed) or typed

    def text(self) -> str:
        return self.edit.text()

    def setText(self, text: str) -> None:  # as a line edit is filled, for callers of one
        self.edit.setText(text)

    def set_language(self, language: str) -> None:
        """Dates are shown in the new language's form; a date already typed is rewritten."""
        parsed = parse_user_date(self.edit.text())
        self.language = language if language in LANGUAGES else "en"
        if parsed is not None:
            self.set_date(parsed)
        if self.popup is not None:
            self.popup.calendar.setLocale(QLocale(self.language))

    # -- the calendar ------------------------------------------------------------------------

    def open_calendar(self) -> None:
        if self.popup is None:
            self.popup = CalendarPopup(self)
            self.popup.chosen.connect(self._picked)
        calendar = self.popup.calendar
        calendar.setLocale(QLocale(self.language))
        parsed = parse_user_date(self.edit.text())
        shown = QDate.fromString(parsed[:7] + "-01" if parsed and len(parsed) == 7 else
                                 parsed or "", "yyyy-MM-dd")
        calendar.setSelectedDate(shown if shown.isValid() else QDate.currentDate())
        self.popup.adjustSize()
        self.popup.move(self._popup_place(self.popup.size()))
        self.popup.show()
        calendar.setFocus()

    def _popup_place(self, size: QSize) -> QPoint:
        """Below the field, kept inside the screen (above it if there is no room below)."""
        place = self.mapToGlobal(QPoint(0, self.height()))
        screen = self.screen()
        if screen is None:
            return place
        room = screen.availableGeometry()
        x = max(room.left(), min(place.x(), room.right() - size.width()))
        y = place.y()
        if y + size.height() > room.bottom():
            y = max(room.top(), self.mapToGlobal(QPoint(0, 0)).y() - size.height())
        return QPoint(x, y)

    def _picked(self, day: QDate) -> None:
        self.set_date(day.toString("yyyy-MM-dd"))
        self.edit.setFocus()

    def retranslate(self) -> None:
        hint = self.tr("YYYY-MM-DD or YYYY-MM", "the date format of this language")
        self.edit.setPlaceholderText(self._note() if self._note else hint)
        self.edit.setToolTip(hint)
        self.pick.setToolTip(self.tr("Choose on a calendar"))
        self.pick.setAccessibleName(self.tr("Choose on a calendar"))
