"""The composer's editors: the period picker and the three-language text editors (a section's
comment, a highlight's title and story)."""

from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from fieldapp.domain.publication import KINDS, MAX_HIGHLIGHT_TITLE, Texts, period_of
from fieldapp.ui.widgets import Retranslating

#: The order the editors stand in: the state language, then Russian, then English.
EDITOR_LANGUAGES = ("kk", "ru", "en")
PARTS = {"quarter": 4, "half": 2}


def _month(date: QDate) -> str:
    return f"{date.year():04d}-{date.month():02d}"


def _date(month: str) -> QDate:
    return QDate(int(month[:4]), int(month[5:7]), 1)


class PeriodPicker(Retranslating, QWidget):
    """Kind (quarter, half-year, year, custom), then the year and which quarter or half, or
    for a custom period its first and last month. `changed` on every choice."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = QComboBox()
        for kind in KINDS:
            self.kind.addItem(kind, kind)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(QDate.currentDate().year())
        self.part = QComboBox()
        self.first = QDateEdit()
        self.last = QDateEdit()
        for edit in (self.first, self.last):
            edit.setDisplayFormat("yyyy-MM")
            edit.setCalendarPopup(False)
            edit.setDate(QDate.currentDate())
        self.to_label = QLabel("–")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.kind, self.year, self.part, self.first, self.to_label, self.last):
            row.addWidget(widget)
        row.addStretch(1)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.year.valueChanged.connect(self.changed)
        self.part.currentIndexChanged.connect(self.changed)
        self.first.dateChanged.connect(self.changed)
        self.last.dateChanged.connect(self.changed)
        self.changed.connect(self._follow_in_custom_months)
        self.retranslate()
        self._show_fields()

    def _follow_in_custom_months(self) -> None:
        """The custom months hold the period last chosen otherwise: choosing "custom" then
        starts from it rather than from months seen long ago."""
        kind, first, last = self.period()
        if kind != "custom":
            for edit, month in ((self.first, first), (self.last, last)):
                edit.blockSignals(True)
                edit.setDate(_date(month))
                edit.blockSignals(False)

    def retranslate(self) -> None:
        names = {"quarter": self.tr("Quarter"), "half": self.tr("Half-year"),
                 "year": self.tr("Year"), "custom": self.tr("Custom months")}
        for n, kind in enumerate(KINDS):
            self.kind.setItemText(n, names[kind])
        self._fill_parts()

    def _fill_parts(self) -> None:
        kind = self.current_kind()
        keep = self.part.currentIndex()
        self.part.blockSignals(True)
        self.part.clear()
        if kind == "quarter":
            self.part.addItems([self.tr("Q%1").replace("%1", str(n)) for n in range(1, 5)])
        elif kind == "half":
            self.part.addItems([self.tr("first half"), self.tr("second half")])
        self.part.setCurrentIndex(min(max(keep, 0), self.part.count() - 1))
        self.part.blockSignals(False)

    def current_kind(self) -> str:
        return str(self.kind.currentData())

    def _kind_changed(self) -> None:
        if self.current_kind() == "custom":
            self._show_fields()
            self.changed.emit()
            return
        self._fill_parts()
        self._show_fields()
        self.changed.emit()

    def _show_fields(self) -> None:
        kind = self.current_kind()
        custom = kind == "custom"
        self.year.setVisible(not custom)
        self.part.setVisible(kind in PARTS)
        for widget in (self.first, self.to_label, self.last):
            widget.setVisible(custom)

    def period(self) -> tuple[str, str, str]:
        """(kind, first month, last month) as chosen."""
        kind = self.current_kind()
        if kind == "custom":
            return kind, _month(self.first.date()), _month(self.last.date())
        return (kind, *period_of(kind, self.year.value(), self.part.currentIndex() + 1))

    def set_period(self, kind: str, first: str, last: str) -> None:
        widgets = (self.kind, self.year, self.part, self.first, self.last)
        for widget in widgets:
            widget.blockSignals(True)
        self.kind.setCurrentIndex(max(self.kind.findData(kind), 0))
        self._fill_parts()
        self.year.setValue(int(first[:4]))
        if kind in PARTS:
            self.part.setCurrentIndex((int(first[5:7]) - 1) // (12 // PARTS[kind]))
        self.first.setDate(_date(first))
        self.last.setDate(_date(last))
        for widget in widgets:
            widget.blockSignals(False)
        self._show_fields()

    def suggested_name(self) -> str:
        """A name for a new draft of this period: 2024-Q1, 2024-H2, 2024, or its months."""
        kind, first, last = self.period()
        if kind == "quarter":
            return f"{first[:4]}-Q{(int(first[5:7]) + 2) // 3}"
        if kind == "half":
            return f"{first[:4]}-H{1 if first[5:7] == '01' else 2}"
        return first[:4] if kind == "year" else f"{first}..{last}"


class LanguageTexts(Retranslating, QWidget):
    """One text in each language, each under its label; with `titles`, a one-line title
    above each text (a highlight's). `edited` on every keystroke."""

    edited = Signal()

    def __init__(self, titles: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.labels: dict[str, QLabel] = {}
        self.titles: dict[str, QLineEdit] = {}
        self.editors: dict[str, QPlainTextEdit] = {}
        for n, lang in enumerate(EDITOR_LANGUAGES):
            label = QLabel()
            self.labels[lang] = label
            grid.addWidget(label, 2 * n, 0)
            editor = QPlainTextEdit()
            editor.setTabChangesFocus(True)
            editor.setMinimumHeight(48)
            editor.textChanged.connect(self.edited)
            self.editors[lang] = editor
            grid.addWidget(editor, 2 * n + 1, 0, 1, 2)
            grid.setRowStretch(2 * n + 1, 1)
            if titles:
                title = QLineEdit()
                title.setMaxLength(MAX_HIGHLIGHT_TITLE)
                title.textChanged.connect(self.edited)
                self.titles[lang] = title
                grid.addWidget(title, 2 * n, 1)
        grid.setColumnStretch(1, 1)
        self.retranslate()

    def retranslate(self) -> None:
        names = {"kk": self.tr("Kazakh"), "ru": self.tr("Russian"), "en": self.tr("English")}
        for lang, label in self.labels.items():
            label.setText(names[lang])
            label.setBuddy(self.titles.get(lang) or self.editors[lang])
        for lang, title in self.titles.items():
            title.setPlaceholderText(self.tr("Title ({language})").replace(
                "{language}", names[lang]))

    def set_texts(self, texts: Texts, titles: Texts | None = None) -> None:
        """Show these texts without announcing an edit."""
        self.blockSignals(True)
        for lang, editor in self.editors.items():
            editor.setPlainText(texts.get(lang, ""))
        for lang, title in self.titles.items():
            title.setText((titles or {}).get(lang, ""))
        self.blockSignals(False)

    def texts(self) -> Texts:
        return {lang: e.toPlainText() for lang, e in self.editors.items() if e.toPlainText()}

    def title_texts(self) -> Texts:
        return {lang: t.text() for lang, t in self.titles.items() if t.text()}
