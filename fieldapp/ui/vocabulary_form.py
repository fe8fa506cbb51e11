"""The office's form for one vocabulary code: a new code (its code, three labels, a threat
type's block, a description) or new labels and description for one it has."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from fieldapp.domain.taxonomy import Term
from fieldapp.errors import FieldappError, InvalidInput, Problem
from fieldapp.services import vocabulary
from fieldapp.services.session import Session
from fieldapp.ui.dialog_base import Buttons, DialogBase
from fieldapp.ui.vocab_widgets import CodeCombo
from fieldapp.ui.widgets import with_error_below

FIELDS = ("code", "en", "ru", "kk", "block", "description")


class TermForm(DialogBase):
    """`term` None adds a code to `kind`; a term is relabelled (its code and block stay).
    Accepted once the vault holds the change; a problem shows beside its field."""

    def __init__(self, session: Session, kind: str, language: Callable[[], str],
                 term: Term | None = None, parent: QWidget | None = None) -> None:
        super().__init__(Buttons.Save | Buttons.Cancel, parent)
        self._session = session
        self._kind = kind
        self._language = language
        self.term = term
        self.code = QLineEdit()
        self.en, self.ru, self.kk = QLineEdit(), QLineEdit(), QLineEdit()
        self.block = CodeCombo(session.taxonomy["threat_block"])
        self.description = QLineEdit()
        self.labels: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}
        self.rows: dict[str, QWidget] = {}
        form = QFormLayout()
        for name in FIELDS:
            self.rows[name], self.errors[name] = with_error_below(getattr(self, name))
            self.labels[name] = QLabel()
            form.addRow(self.labels[name], self.rows[name])
        self.add_body(form)
        if kind != "threat_type":
            form.setRowVisible(self.rows["block"], False)
        if term is not None:
            # A code is never renamed and a type never moves to another block.
            self.code.setText(term.code)
            self.code.setReadOnly(True)
            self.block.set_code(term.block)
            self.block.setEnabled(False)
            for lang in ("en", "ru", "kk"):
                getattr(self, lang).setText(term.labels.get(lang, ""))
            self.description.setText(term.description or "")
        self.buttons.accepted.connect(self.submit)
        self.setMinimumWidth(620)
        self.retranslate()

    def submit(self) -> None:
        for label in (*self.errors.values(), self.error):
            label.hide()
        labels: dict[str, str | None] = {lang: getattr(self, lang).text()
                                         for lang in ("en", "ru", "kk")}
        try:
            if self.term is None:
                vocabulary.add_term(self._session, self._kind, self.code.text().strip(), labels,
                                    block=self.block.code() or None,
                                    description=self.description.text())
            else:
                vocabulary.relabel(self._session, self._kind, self.term.code, labels,
                                   description=self.description.text())
        except InvalidInput as error:
            self.show_field_problems(error.problems)
            return
        except FieldappError as error:
            self.show_error(error)
            return
        self.accept()

    def show_field_problems(self, problems: list[Problem]) -> None:
        self.show_problems_beside(problems, self.errors)
        self.adjustSize()  # the wrapped messages need the height

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New code") if self.term is None
                            else self.tr("Edit labels"))
        texts = {"code": self.tr("Code *"), "en": self.tr("English label *"),
                 "ru": self.tr("Russian label *"), "kk": self.tr("Kazakh label *"),
                 "block": self.tr("Block *"), "description": self.tr("Description")}
        for name, text in texts.items():
            self.labels[name].setText(text)
        self.code.setPlaceholderText(self.tr("lowercase Latin letters, digits and _"))
        self.code.setToolTip(self.tr("Stored in every record and bundle that uses it; it can"
                                     " never be changed or reused."))
        self.block.set_language(self._language(), self.tr("— choose a block —"))
