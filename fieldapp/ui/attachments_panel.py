"""Evidence for the selected record: what is attached, what was hidden and what metadata removed.

Adding an image goes through the redaction dialog first; reading, previewing and the
final re-encoding run on the worker thread. A photo opens in the app's own viewer
(decrypted in memory only); *Save a copy…* writes a file where the user chooses, after a
warning that the copy is not encrypted.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QVBoxLayout, QWidget

from fieldapp.services.attachments import (
    AttachmentInfo,
    attach_bytes,
    attach_file,
    kept_original,
    list_attachments,
    read_image,
)
from fieldapp.services.evidence import IMAGE, kind_of, save_copy
from fieldapp.services.redaction import Preview, Region, preview
from fieldapp.services.session import Session
from fieldapp.ui.empty_hint import EmptyHint
from fieldapp.ui.error_text import user_message
from fieldapp.ui.evidence_model import FILE, KIND, SIZE, AttachmentsModel
from fieldapp.ui.evidence_viewer import EvidenceViewer, decode
from fieldapp.ui.prompts import Prompts
from fieldapp.ui.redaction_dialog import RedactionDialog
from fieldapp.ui.row_table import RowTableView
from fieldapp.ui.tasks import TaskRunner
from fieldapp.ui.widgets import Retranslating, error_label, show_error_text


@dataclass(frozen=True)
class Capture:
    """A file chosen from disk: a picture is read whole, with a preview to draw on; any
    other file (data None) is read again in chunks as it is stored, never held whole."""

    filename: str
    data: bytes | None
    preview: Preview | None
    path: Path


def capture(path: Path) -> Capture:
    data = read_image(path)
    return Capture(path.name, data, None if data is None else preview(data), path)


class _EvidenceView(RowTableView):
    """Enter on a row opens it, as a double-click does."""

    enter_pressed = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.enter_pressed.emit(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)


class AttachmentsPanel(Retranslating, QWidget):
    """`choose_file` is the file-dialog seam (tests pass their own); `prompts` asks where to
    save a copy and warns first (the window's own Prompts when given; tests script it)."""

    attached = Signal(object)
    # The redaction dialog, once it is open (the window's tests drive it).
    redaction_opened = Signal(object)
    viewer_opened = Signal(object)  # the EvidenceViewer, as soon as it shows
    saved = Signal(object)  # the Path of a copy written

    def __init__(self, runner: TaskRunner, choose_file: Callable[[QWidget], Path | None],
                 prompts: Prompts | None = None) -> None:
        super().__init__()
        self._runner = runner
        self._choose_file = choose_file
        self.prompts = prompts if prompts is not None else Prompts()
        self.viewer: EvidenceViewer | None = None
        self._session: Session | None = None
        self._record_id: str | None = None
        self.redaction_dialog: RedactionDialog | None = None
        self.heading = QLabel()
        self.model = AttachmentsModel(self)
        self.list = _EvidenceView(self.model)
        self.list.wrap_rows()
        # A long name keeps its start and its extension; the tooltip has all of it.
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = self.list.horizontalHeader()
        header.setSectionResizeMode(KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SIZE, QHeaderView.ResizeMode.ResizeToContents)
        self.list.setColumnWidth(FILE, 150)
        self.list.doubleClicked.connect(self._activated)
        self.list.enter_pressed.connect(self._activated)
        self.list.selectionModel().selectionChanged.connect(self._selection_changed)
        self.empty_hint = EmptyHint(self.list, self._empty_text)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add)
        self.view_button = QPushButton()
        self.view_button.clicked.connect(lambda: self._for_selected(self.open_viewer))
        self.save_button = QPushButton()
        self.save_button.clicked.connect(lambda: self._for_selected(self.save_copy))
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.error = error_label()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.list)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.view_button, self.save_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        layout.addWidget(self.error)
        self.retranslate()
        self.show_record(None, None)

    def _empty_text(self) -> str:
        if self._session is None or self._record_id is None:
            return self.tr("Choose a record to see its evidence.")
        return self.tr("No evidence yet: Attach evidence… adds a photo or a document, kept"
                       " encrypted in the vault.")

    def show_record(self, session: Session | None, record_id: str | None) -> None:
        self._close_redaction()
        self._close_viewer()
        self._session, self._record_id = session, record_id
        self.result.clear()
        self.error.hide()
        self.refresh()

    def refresh(self) -> None:
        has_record = self._session is not None and self._record_id is not None
        self.add_button.setEnabled(has_record)
        if self._session is None or self._record_id is None:
            self.model.set_rows([])
        else:
            self.model.set_rows(list_attachments(self._session, self._record_id))
        self._update_buttons()

    def selected(self) -> AttachmentInfo | None:
        chosen = self.list.selected_objects()
        return chosen[0] if chosen else None

    def _selection_changed(self, *_: object) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.view_button.setEnabled(chosen is not None and kind_of(chosen) == IMAGE)
        self.save_button.setEnabled(chosen is not None)

    def _for_selected(self, act: Callable[[AttachmentInfo], None]) -> None:
        chosen = self.selected()
        if chosen is not None:
            act(chosen)

    def _activated(self, index: QModelIndex) -> None:
        """A double-click (or Enter) opens a photo; any other file is offered as a copy."""
        info = self.list.object_at(index)
        if info is None:
            return
        if kind_of(info) == IMAGE:
            self.open_viewer(info)
        else:
            self.result.setText(self.tr("“%1” cannot be shown inside the app. Use Save a"
                                        " copy… to open it with another program.").replace(
                                            "%1", info.filename))

    # -- viewing and copying ------------------------------------------------------------------

    def open_viewer(self, info: AttachmentInfo) -> None:
        if self._session is None:
            return
        self._close_viewer()
        session = self._session
        viewer = EvidenceViewer(info, self.window())
        viewer.save_requested.connect(self.save_copy)
        viewer.destroyed.connect(lambda *_: self._forget_viewer(viewer))
        self.viewer = viewer
        viewer.show()
        self.viewer_opened.emit(viewer)
        self._runner.submit(lambda job: decode(session, info.id),
                            lambda image: self._decoded(viewer, image),
                            lambda error: self._viewer_failed(viewer, error))

    def _decoded(self, viewer: EvidenceViewer, image: object) -> None:
        if viewer is self.viewer:  # not closed (or locked) meanwhile
            viewer.show_image(image)  # type: ignore[arg-type]

    def _viewer_failed(self, viewer: EvidenceViewer, error: Exception) -> None:
        if viewer is self.viewer:
            viewer.show_error(user_message(error))

    def _forget_viewer(self, viewer: EvidenceViewer) -> None:
        if viewer is self.viewer:
            self.viewer = None

    def _close_viewer(self) -> None:
        """The vault locked or the record changed: the decrypted picture goes."""
        if self.viewer is not None:
            viewer, self.viewer = self.viewer, None
            viewer.reject()

    def save_copy(self, info: AttachmentInfo) -> None:
        """Warn that the copy is not encrypted, ask where, then write it on the worker."""
        session = self._session
        parent = self.viewer if self.viewer is not None else self
        if session is None or not self.prompts.confirm_unencrypted_copy(parent, info.filename):
            return
        target = self.prompts.save_attachment(parent, info.filename)
        if target is None or session is not self._session:
            return
        self.error.hide()
        self.result.setText(self.tr("Saving a copy of %1…").replace("%1", info.filename))
        # The file dialog has asked before replacing an existing file.
        self._runner.submit(lambda job: save_copy(session, info.id, target, overwrite=True),
                            lambda written: self._saved(target), self._failed)

    def _saved(self, target: Path) -> None:
        self.result.setText(self.tr("Saved an unencrypted copy to %1. Delete it when you no"
                                    " longer need it.").replace("%1", str(target)))
        self.saved.emit(target)

    def add(self) -> None:
        path = self._choose_file(self)
        if path is None or self._session is None or self._record_id is None:
            return
        session, record_id = self._session, self._record_id
        self.add_button.setEnabled(False)
        self.error.hide()
        self.result.setText(self.tr("Opening %1…").replace("%1", path.name))
        self._runner.submit(lambda job: capture(path),
                            lambda opened: self._opened(session, record_id, opened),
                            self._failed)

    def _opened(self, session: Session, record_id: str, opened: Capture) -> None:
        if session is not self._session or record_id != self._record_id:
            return  # locked, or another record chosen, while the file was read
        if opened.preview is None:
            self._store(session, record_id, opened, (), False)
            return
        dialog = RedactionDialog(opened.filename, opened.preview, self)
        dialog.accepted.connect(lambda: self._store(
            session, record_id, opened, dialog.regions(), dialog.keeps_original()))
        dialog.rejected.connect(self._cancelled)
        dialog.finished.connect(self._forget_redaction)
        self.redaction_dialog = dialog
        self.result.setText(self.tr("Mark what to hide in %1.").replace("%1", opened.filename))
        dialog.open()
        self.redaction_opened.emit(dialog)

    def _store(self, session: Session, record_id: str, opened: Capture,
               regions: Sequence[Region], keep_original: bool) -> None:
        working = (self.tr("Hiding the marked areas, removing metadata and encrypting %1…")
                   if regions else self.tr("Removing metadata and encrypting %1…"))
        self.result.setText(working.replace("%1", opened.filename))
        data = opened.data
        if data is None:
            self._runner.submit(
                lambda job: attach_file(session, record_id, opened.path,
                                        progress=job.progress.emit),
                self._done, self._failed,
                lambda done, total: self._storing(opened.filename, done, total))
            return
        self._runner.submit(
            lambda job: attach_bytes(session, record_id, opened.filename, data,
                                     regions, keep_original),
            self._done, self._failed)

    def _storing(self, filename: str, done: int, total: int) -> None:
        """A large file's progress, in MiB, as it is encrypted into the vault."""
        self.result.setText(self.tr("Encrypting %1: %2 of %3 MiB…").replace(
            "%1", filename).replace("%2", str(done)).replace("%3", str(total)))

    def _cancelled(self) -> None:
        self.result.setText(self.tr("Nothing was attached."))
        self.add_button.setEnabled(self._session is not None and self._record_id is not None)

    def _forget_redaction(self) -> None:
        if self.redaction_dialog is not None:
            self.redaction_dialog.deleteLater()
            self.redaction_dialog = None

    def _close_redaction(self) -> None:
        """The vault locked or the record changed: the picture goes, nothing is stored."""
        dialog = self.redaction_dialog
        if dialog is not None:
            dialog.rejected.disconnect(self._cancelled)
            dialog.reject()

    def _done(self, info: AttachmentInfo) -> None:
        text = self.tr("Attached %1. %2").replace("%1", info.filename).replace(
            "%2", self.model.describe(info))
        if info.role == "redacted":
            text += " " + self.tr("The marked areas are hidden in the stored image.")
        if self._session is not None and kept_original(self._session, info.id) is not None:
            text += " " + self.tr("The unredacted original is kept, encrypted, in this vault"
                                  " only.")
        self.result.setText(text)
        self.refresh()
        self.attached.emit(info)

    def _failed(self, error: Exception) -> None:
        self.result.clear()
        show_error_text(self.error, user_message(error))
        self.add_button.setEnabled(True)

    def retranslate(self) -> None:
        self.heading.setText("<b>" + self.tr("Evidence") + "</b>")
        self.add_button.setText(self.tr("Attach evidence…"))
        self.view_button.setText(self.tr("View"))
        self.save_button.setText(self.tr("Save a copy…"))
        self.empty_hint.update()
        self.model.retranslate()  # the rows' words, without reading the vault again

