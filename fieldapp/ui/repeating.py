"""Lists of small sub-forms: a record's perpetrators, victims and sources."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from fieldapp.domain.taxonomy import Taxonomy
from fieldapp.ui.vocab_widgets import CodeCombo
from fieldapp.ui.widgets import Retranslating


class ItemRow(Retranslating, QWidget):
    """One entry; subclasses lay out their fields and convert to and from a dict."""

    def __init__(self) -> None:
        super().__init__()
        self.row_layout = QHBoxLayout(self)
        self.row_layout.setContentsMargins(0, 0, 0, 0)
        self.remove = QPushButton("✕")
        self.remove.setFixedWidth(28)

    def finish(self) -> None:
        self.row_layout.addWidget(self.remove)
        self.retranslate()

    def value(self) -> dict[str, Any]:
        raise NotImplementedError

    def set_value(self, value: dict[str, Any]) -> None:
        raise NotImplementedError

    def set_language(self, language: str) -> None:
        """Relabel vocabulary combos; rows without any have nothing to do."""

    def retranslate(self) -> None:
        self.remove.setToolTip(self.tr("Remove"))


class PerpetratorRow(ItemRow):
    def __init__(self, taxonomy: Taxonomy) -> None:
        super().__init__()
        self.kind = CodeCombo(taxonomy["perpetrator_kind"])
        self.body = CodeCombo(taxonomy["state_body"])
        self.name = QLineEdit()
        for widget in (self.kind, self.body, self.name):
            self.row_layout.addWidget(widget, 1)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.finish()
        self._kind_changed()

    def _kind_changed(self) -> None:
        self.body.setEnabled(self.kind.code() == "state")

    def retranslate(self) -> None:
        super().retranslate()
        self.name.setPlaceholderText(self.tr("Name (optional)"))

    def set_language(self, language: str) -> None:
        self.kind.set_language(language, self.tr("— kind —"))
        self.body.set_language(language, self.tr("— state body —"))

    def value(self) -> dict[str, Any]:
        kind = self.kind.code()
        return {"kind": kind, "body": self.body.code() if kind == "state" else None,
                "name": self.name.text()}

    def set_value(self, value: dict[str, Any]) -> None:
        self.kind.set_code(value.get("kind"))
        self.body.set_code(value.get("body"))
        self.name.setText(value.get("name") or "")


class VictimRow(ItemRow):
    def __init__(self, taxonomy: Taxonomy) -> None:
        super().__init__()
        self.alias = QLineEdit()
        self.gender = CodeCombo(taxonomy["victim_gender"])
        self.category = CodeCombo(taxonomy["victim_category"])
        for widget in (self.alias, self.gender, self.category):
            self.row_layout.addWidget(widget, 1)
        self.finish()

    def retranslate(self) -> None:
        super().retranslate()
        self.alias.setPlaceholderText(self.tr("Alias (never the real name)"))

    def set_language(self, language: str) -> None:
        self.gender.set_language(language, self.tr("— gender —"))
        self.category.set_language(language, self.tr("— category —"))

    def value(self) -> dict[str, Any]:
        return {"alias": self.alias.text(), "gender": self.gender.code() or None,
                "category": self.category.code() or None}

    def set_value(self, value: dict[str, Any]) -> None:
        self.alias.setText(value.get("alias") or "")
        self.gender.set_code(value.get("gender"))
        self.category.set_code(value.get("category"))


class SourceRow(ItemRow):
    def __init__(self) -> None:
        super().__init__()
        self.name = QLineEdit()
        self.contact = QLineEdit()
        self.note = QLineEdit()
        for widget in (self.name, self.contact, self.note):
            self.row_layout.addWidget(widget, 1)
        self.finish()

    def retranslate(self) -> None:
        super().retranslate()
        self.name.setPlaceholderText(self.tr("Name"))
        self.contact.setPlaceholderText(self.tr("Contact"))
        self.note.setPlaceholderText(self.tr("Note"))

    def value(self) -> dict[str, Any]:
        return {"name": self.name.text(), "contact": self.contact.text(), "note": self.note.text()}

    def set_value(self, value: dict[str, Any]) -> None:
        self.name.setText(value.get("name") or "")
        self.contact.setText(value.get("contact") or "")
        self.note.setText(value.get("note") or "")


class RepeatingGroup(QWidget):
    """A column of rows made by `make_row`, with an add button below."""

    def __init__(self, make_row: Callable[[], ItemRow], add_text: Callable[[], str]) -> None:
        super().__init__()
        self._make_row = make_row
        self._add_text = add_text
        self._language = "en"
        self.rows: list[ItemRow] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(add_text())
        self.add_button.clicked.connect(lambda: self.add_row())
        self._layout.addWidget(self.add_button)

    def add_row(self, value: dict[str, Any] | None = None) -> ItemRow:
        row = self._make_row()
        row.set_language(self._language)
        if value:
            row.set_value(value)
        row.remove.clicked.connect(lambda: self._remove(row))
        self.rows.append(row)
        self._layout.insertWidget(len(self.rows) - 1, row)
        return row

    def _remove(self, row: ItemRow) -> None:
        self.rows.remove(row)
        row.setParent(None)
        row.deleteLater()

    def values(self) -> list[dict[str, Any]]:
        """The rows filled in: a row left entirely empty was added and not used, so it is
        no entry (and no error)."""
        return [value for value in (row.value() for row in self.rows)
                if any(field not in (None, "") and str(field).strip() for field in
                       value.values())]

    def set_values(self, values: list[dict[str, Any]]) -> None:
        for row in list(self.rows):
            self._remove(row)
        for value in values:
            self.add_row(value)

    def set_language(self, language: str) -> None:
        self._language = language
        for row in self.rows:
            row.set_language(language)
        self.add_button.setText(self._add_text())
