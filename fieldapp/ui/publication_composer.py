"""The bulletin composer: the coordinator picks a period, writes the introduction and a
comment per section in Kazakh, Russian and English, picks case highlights, watches the pages
change in a live preview, keeps the draft encrypted in the vault and exports PDF or DOCX.

Rendering and export run on the worker thread; the preview is redrawn once edits have
settled and keeps the previous pages until the new ones are ready."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fieldapp.domain.publication import MAX_NAME, SECTIONS, Draft, period_of
from fieldapp.services import case_views, publications
from fieldapp.services.reporting import ReportFilters, render_publication, write_publication
from fieldapp.services.session import Session
from fieldapp.ui.dialog_base import Buttons, DialogBase
from fieldapp.ui.i18n import LANGUAGE_NAMES
from fieldapp.ui.prompts import Prompts
from fieldapp.ui.publication_highlights import HighlightsPanel
from fieldapp.ui.publication_models import KEY_ROLE, DraftListModel, SectionListModel
from fieldapp.ui.publication_preview import PublicationPreview
from fieldapp.ui.publication_widgets import LanguageTexts, PeriodPicker
from fieldapp.ui.tasks import Job, TaskRunner
from fieldapp.ui.widgets import SessionAction

SETTLE_MS = 600  # how long edits must pause before the preview is redrawn
DEFAULT_MIN_CELL = 3
_SPAN = {"quarter": 3, "half": 6, "year": 12}


def _shift(month: str, by: int) -> str:
    number = int(month[:4]) * 12 + int(month[5:7]) - 1 + by
    return f"{number // 12:04d}-{number % 12 + 1:02d}"


def next_period(kind: str, first: str, last: str) -> tuple[str, str]:
    """The period of the same kind and length just after this one."""
    span = _SPAN.get(kind) or (int(last[:4]) * 12 + int(last[5:7])
                               - int(first[:4]) * 12 - int(first[5:7]) + 1)
    return _shift(first, span), _shift(last, span)


def last_quarter(today: QDate) -> tuple[str, str]:
    """The quarter before today's: the one a coordinator writes the bulletin of."""
    year, quarter = today.year(), (today.month() - 1) // 3
    return period_of("quarter", year - 1, 4) if quarter == 0 else period_of("quarter", year,
                                                                           quarter)


class PublicationComposer(DialogBase):
    def __init__(self, session: Session, runner: TaskRunner, prompts: Prompts,
                 language: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(Buttons.Close, parent, status_line=True)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self._session = session
        self._runner = runner
        self._prompts = prompts
        self._texts: dict[str, dict[str, str]] = {}
        self._section = SECTIONS[0]
        self._dirty = False
        self._closed = False
        self._rendering = False
        self._render_again = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SETTLE_MS)
        self._timer.timeout.connect(self.render_preview)
        self._build(language())
        self.retranslate()
        self._fit_screen()
        self._open_first()

    # -- building -----------------------------------------------------------------------------

    def _build(self, language: str) -> None:
        self.drafts = DraftListModel(self)
        self.draft_picker = QComboBox()
        self.draft_picker.setModel(self.drafts)
        self.draft_picker.activated.connect(lambda row: self.open_draft(
            str(self.drafts.rows[row].name)))
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new_draft)
        self.name = QLineEdit()
        self.name.setMaxLength(MAX_NAME)
        self.name.textEdited.connect(self._edited)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save)
        self.period = PeriodPicker()
        self.period.changed.connect(self._edited)
        self.compare = QCheckBox()
        self.compare.toggled.connect(self._schedule)
        self.min_cell = QSpinBox()
        self.min_cell.setRange(1, 99)
        self.min_cell.setValue(DEFAULT_MIN_CELL)
        self.min_cell.valueChanged.connect(self._schedule)
        self.preview_language = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.preview_language.addItem(name, code)
        self.preview_language.setCurrentIndex(max(self.preview_language.findData(language), 0))
        self.preview_language.currentIndexChanged.connect(self._language_changed)

        self.sections = SectionListModel(self)
        self.section_list = QListView()
        self.section_list.setModel(self.sections)
        # Long section names (Kazakh) wrap rather than run under the editors.
        self.section_list.setWordWrap(True)
        self.section_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.section_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.section_list.selectionModel().currentChanged.connect(
            lambda current, _: self._show_section(str(current.data(KEY_ROLE))))
        self.section_texts = LanguageTexts()
        self.section_texts.edited.connect(self._section_edited)
        texts_page = QSplitter()
        texts_page.addWidget(self.section_list)
        texts_page.addWidget(self.section_texts)
        texts_page.setStretchFactor(1, 3)
        self.highlights = HighlightsPanel()
        self.highlights.edited.connect(self._edited)
        self.tabs = QTabWidget()
        self.tabs.addTab(texts_page, "")
        self.tabs.addTab(self.highlights, "")

        self.export_pdf = QPushButton()
        self.export_pdf.clicked.connect(lambda: self.export("pdf"))
        self.export_docx = QPushButton()
        self.export_docx.clicked.connect(lambda: self.export("docx"))

        self.labels = {key: QLabel() for key in ("draft", "name", "period", "min_cell",
                                                 "language")}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.labels["draft"], self._row(self.draft_picker, self.new_button))
        form.addRow(self.labels["name"], self._row(self.name, self.save_button))
        form.addRow(self.labels["period"], self.period)
        options = self._row(self.compare, self.labels["min_cell"], self.min_cell,
                            self.labels["language"], self.preview_language)
        options.layout().addStretch(1)  # type: ignore[union-attr]
        form.addRow(options)
        exports = self._row(self.export_pdf, self.export_docx)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(form)
        column.addWidget(self.tabs, 1)
        column.addWidget(exports)
        self.preview = PublicationPreview()
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.addWidget(left)
        self.split.addWidget(self.preview)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)
        self.split.setChildrenCollapsible(False)
        self.add_body(self.split, 1)
        self.split.setSizes([560, 440])  # the pages get nearly half; the splitter moves

    def _row(self, *widgets: QWidget) -> QWidget:
        """The widgets side by side; the draft picker and the name take the room left."""
        row = QWidget()
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            box.addWidget(widget, 1 if widget in (self.draft_picker, self.name) else 0)
        return row

    def _fit_screen(self) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        room = screen.availableGeometry()
        self.resize(min(1320, room.width() - 24), min(740, room.height() - 48))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Publication"))
        self.labels["draft"].setText(self.tr("Draft"))
        self.labels["name"].setText(self.tr("Name"))
        self.labels["period"].setText(self.tr("Period"))
        self.labels["min_cell"].setText(self.tr("Hide counts below"))
        self.labels["language"].setText(self.tr("Preview in"))
        self.new_button.setText(self.tr("New draft"))
        self.new_button.setToolTip(self.tr(
            "A draft for the next period, starting from this draft's texts"))
        self.draft_picker.setPlaceholderText(self.tr("This draft is not saved yet"))
        self.save_button.setText(self.tr("Save draft"))
        self.save_button.setToolTip(self.tr("Keep the texts encrypted in the vault"))
        self.compare.setText(self.tr("Compare with the period before"))
        self.min_cell.setToolTip(self.tr(
            "Counts smaller than this are withheld, so no person can be singled out"))
        self.tabs.setTabText(0, self.tr("Texts by section"))
        self.tabs.setTabText(1, self.tr("Case highlights"))
        self.export_pdf.setText(self.tr("Export PDF…"))
        self.export_docx.setText(self.tr("Export DOCX…"))
        self.sections.relabel()

    # -- the draft shown ----------------------------------------------------------------------

    def _open_first(self) -> None:
        self._reload_drafts()
        if self.drafts.rows:
            self.open_draft(self.drafts.rows[0].name, ask=False)
        else:
            first, last = last_quarter(QDate.currentDate())
            self._start("", "quarter", first, last)
        self.highlights.set_cases(self._cases())

    def _cases(self) -> list[dict[str, Any]]:
        try:
            return case_views.list_cases(self._session)
        except Exception as error:  # the highlights wait; the texts can still be written
            self.show_error(error)
            return []

    def _reload_drafts(self) -> None:
        self.drafts.set_rows(publications.list_drafts(self._session))

    def _pick_current_name(self, name: str) -> None:
        self.draft_picker.setCurrentIndex(self.drafts.row_of(name))

    def open_draft(self, name: str, ask: bool = True) -> None:
        if ask and not self._settle_changes():
            self._pick_current_name(self.name.text())
            return
        try:
            draft = publications.load_draft(self._session, name)
        except Exception as error:
            self.show_error(error)
            return
        self._show_draft(draft)
        self._pick_current_name(name)

    def new_draft(self) -> None:
        """The next period of the same kind, its texts and highlights from the latest draft."""
        if not self._settle_changes():
            return
        kind, first, last = self.period.period()
        first, last = next_period(kind, first, last)
        self._start("", kind, first, last)

    def _start(self, name: str, kind: str, first: str, last: str) -> None:
        self.period.set_period(kind, first, last)
        name = name or self._free_name(self.period.suggested_name())
        try:
            draft = publications.start_draft(self._session, name, kind, first, last)
        except Exception as error:
            self.show_error(error)
            return
        self._show_draft(draft)
        self.draft_picker.setCurrentIndex(-1)
        self._dirty = True  # a new draft is not in the vault until saved

    def _free_name(self, name: str) -> str:
        taken = {row.name for row in self.drafts.rows}
        number = 2
        chosen = name
        while chosen in taken:
            chosen, number = f"{name} ({number})", number + 1
        return chosen

    def _show_draft(self, draft: Draft) -> None:
        self.name.setText(draft.name)
        self.period.set_period(draft.kind, draft.period_from, draft.period_to)
        self._texts = {s: dict(t) for s, t in draft.texts.items()}
        self.sections.set_written(set(self._texts))
        self.highlights.set_highlights(draft.highlights)
        self.section_list.setCurrentIndex(self.sections.index(SECTIONS.index(self._section)))
        self._show_section(self._section)
        self._dirty = False
        self.error.hide()
        self._schedule()

    def draft(self) -> Draft:
        """The draft as the editors show it now."""
        kind, first, last = self.period.period()
        texts = {s: dict(t) for s, t in self._texts.items() if t}
        return Draft(self.name.text(), first, last, kind, texts, self.highlights.highlights())

    def _show_section(self, section: str) -> None:
        if section in SECTIONS:
            self._section = section
            self.section_texts.set_texts(self._texts.get(section, {}))

    def _section_edited(self) -> None:
        self._texts[self._section] = self.section_texts.texts()
        self.sections.set_written({s for s, t in self._texts.items() if t})
        self._edited()

    def _edited(self) -> None:
        self._dirty = True
        self._schedule()

    def _language_changed(self) -> None:
        self.highlights.set_language(self.language())
        self._schedule()

    def language(self) -> str:
        return str(self.preview_language.currentData())

    @property
    def dirty(self) -> bool:
        return self._dirty

    # -- saving ---------------------------------------------------------------------------

    def save(self) -> bool:
        """Keep the draft in the vault; False (the error shown) if it could not be."""
        try:
            saved = publications.save_draft(self._session, self.draft())
        except Exception as error:
            self.show_error(error)
            return False
        self._dirty = False
        self.error.hide()
        self._reload_drafts()
        self._pick_current_name(saved.name)
        self.set_status(self.tr("The draft “%1” is saved in the vault.").replace(
            "%1", saved.name))
        return True

    def _settle_changes(self) -> bool:
        """Before leaving the draft shown: whether it may be left (saved or let go)."""
        if not self._dirty:
            return True
        question = self.tr("Save the changes to the draft “%1” in the vault?").replace(
            "%1", self.name.text())
        if self._prompts.confirm(self, question, title=self.tr("Unsaved changes to the draft"),
                                 act=self.tr("Save the draft"),
                                 keep=self.tr("Leave without saving")):
            return self.save()
        return True

    def reject(self) -> None:
        """Close, Escape and the window's close button: ask about unsaved changes first."""
        if self._closed or self._settle_changes():
            self.discard()
            super().reject()

    def discard(self) -> None:
        """Drop the draft shown without asking (the vault is locking) and every page."""
        self._closed = True
        self._dirty = False
        self._timer.stop()
        self.preview.clear()
        # A closed dialog lingers until its window goes: it keeps none of the draft's words.
        self._texts = {}
        self.section_texts.set_texts({})
        self.highlights.set_highlights(())
        self.highlights.set_cases([])
        self.name.clear()

    # -- preview and export ---------------------------------------------------------------

    def _schedule(self) -> None:
        if not self._closed:
            self._timer.start()

    def _job_inputs(self) -> tuple[str, ReportFilters, bool, int, Draft]:
        draft = self.draft()
        return (self.language(), ReportFilters(date_from=draft.period_from,
                                               date_to=draft.period_to),
                self.compare.isChecked(), self.min_cell.value(), draft)

    def render_preview(self) -> None:
        """Redraw the preview on the worker thread (once more afterwards if edits came in
        meanwhile)."""
        if self._closed:
            return
        if self._rendering:
            self._render_again = True
            return
        self._rendering, self._render_again = True, False
        session = self._session
        language, filters, compare, min_cell, draft = self._job_inputs()
        self.preview.set_working(True)
        self._runner.submit(
            lambda _job: render_publication(session, "pdf", language, filters, compare,
                                            min_cell, draft),
            self._rendered, self._render_failed)

    def _rendered(self, data: bytes) -> None:
        self._rendering = False
        if self._closed:
            return
        self.preview.show_pdf(data)
        if self._render_again:
            self.render_preview()

    def _render_failed(self, error: Exception) -> None:
        self._rendering = False
        if self._closed:
            return
        self.preview.set_working(False)
        self.show_error(error)
        if self._render_again:
            self.render_preview()

    def export(self, fmt: str) -> None:
        path = self._prompts.save_publication(self, fmt, self.period.suggested_name())
        if path is None:
            return
        session = self._session
        language, filters, compare, min_cell, draft = self._job_inputs()

        def work(_job: Job) -> Path:
            write_publication(session, path, fmt, language, filters, compare, min_cell, draft)
            return path

        def done(written: Path) -> None:
            if not self._closed:
                self.set_status(self.tr("Written to %1.").replace("%1", str(written)))

        def failed(error: Exception) -> None:
            if not self._closed:
                self.show_error(error)

        self.run_busy(self._runner, work, done, failed)


class PublicationActions(SessionAction):
    """The "Publication…" action (office vaults) and the composer it opens."""

    def __init__(self, parent: QWidget, runner: TaskRunner, prompts: Prompts,
                 language: Callable[[], str]) -> None:
        self._runner = runner
        self._prompts = prompts
        self._language = language
        super().__init__(parent)

    def make(self, session: Session) -> QDialog:
        return PublicationComposer(session, self._runner, self._prompts, self._language,
                                   self._parent)

    def set_session(self, session: Session | None) -> None:
        if isinstance(self.dialog, PublicationComposer):
            self.dialog.discard()  # the vault locks: nothing is asked, nothing kept on screen
        super().set_session(session)
        self.action.setVisible(session is not None and session.identity.role == "office")

    def retranslate(self) -> None:
        self.action.setText(self.tr("Publication…"))

    @property
    def prompts(self) -> Prompts:
        """The window's questions, for the dashboard's buttons that lead to publication."""
        return self._prompts
