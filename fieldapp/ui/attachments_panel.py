"""Evidence for the selected record: what is attached and what metadata was removed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from fieldapp.services.attachments import attach_file, list_attachments
from fieldapp.services.session import Session
from fieldapp.store.attachments import AttachmentInfo
from fieldapp.ui.tasks import TaskRunner
from fieldapp.ui.widgets import error_label, show_error_text, user_message


class AttachmentsPanel(QWidget):
    """`choose_file` is the file-dialog seam (tests pass their own)."""

    attached = Signal(object)

    def __init__(self, runner: TaskRunner, choose_file: Callable[[QWidget], Path | None]) -> None:
        super().__init__()
        self._runner = runner
        self._choose_file = choose_file
        self._session: Session | None = None
        self._record_id: str | None = None
        self.heading = QLabel()
        self.list = QListWidget()
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.error = error_label()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.list)
        layout.addWidget(self.add_button)
        layout.addWidget(self.result)
        layout.addWidget(self.error)
        self.retranslate()
        self.show_record(None, None)

    def show_record(self, session: Session | None, record_id: str | None) -> None:
        self._session, self._record_id = session, record_id
        self.result.clear()
        self.error.hide()
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        has_record = self._session is not None and self._record_id is not None
        self.add_button.setEnabled(has_record)
        if self._session is None or self._record_id is None:
            return
        for info in list_attachments(self._session, self._record_id):
            self.list.addItem(f"{info.filename}  ({info.media_type}, {_size(info.size)})\n"
                              f"    {self.describe(info)}")

    def add(self) -> None:
        path = self._choose_file(self)
        if path is None or self._session is None or self._record_id is None:
            return
        session, record_id = self._session, self._record_id
        self.add_button.setEnabled(False)
        working = self.tr("Removing metadata and encrypting %1…")
        self.result.setText(working.replace("%1", path.name))
        self._runner.submit(lambda job: attach_file(session, record_id, path),
                            self._done, self._failed)

    def _done(self, info: AttachmentInfo) -> None:
        self.result.setText(self.tr("Attached %1. %2").replace("%1", info.filename)
                            .replace("%2", self.describe(info)))
        self.refresh()
        self.attached.emit(info)

    def _failed(self, error: Exception) -> None:
        self.result.clear()
        show_error_text(self.error, user_message(error))
        self.add_button.setEnabled(True)

    def describe(self, info: AttachmentInfo) -> str:
        if info.metadata_warning:
            return self.tr("Metadata NOT removed: this file type is stored as it is.")
        if not info.metadata_removed:
            return self.tr("No metadata found; the image was re-encoded.")
        names = {
            "exif": self.tr("EXIF (camera, dates, settings)"),
            "gps": self.tr("GPS location"),
            "maker_notes": self.tr("camera maker notes"),
            "xmp": self.tr("XMP"),
            "iptc": self.tr("IPTC"),
            "comment": self.tr("comment"),
            "text": self.tr("text fields"),
        }
        removed = ", ".join(names.get(key, key) for key in info.metadata_removed)
        return self.tr("Removed: %1.").replace("%1", removed)

    def retranslate(self) -> None:
        self.heading.setText("<b>" + self.tr("Evidence") + "</b>")
        self.add_button.setText(self.tr("Attach evidence…"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _size(size: int) -> str:
    for unit in ("B", "KiB", "MiB"):
        if size < 1024:
            return f"{size:.0f} {unit}"
        size //= 1024
    return f"{size} GiB"
