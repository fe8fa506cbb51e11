"""The composer's live preview: the publication's pages, read from memory (a QBuffer holds the
PDF's bytes; nothing is written to disk). A new rendering replaces the pages shown only once
it has loaded, so the coordinator keeps reading the previous one meanwhile."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from fieldapp.ui.widgets import Retranslating


class PublicationPreview(Retranslating, QWidget):
    """`ready(pages)` once a new rendering is on screen."""

    ready = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = QPdfView()
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setMinimumWidth(200)
        self.state = QLabel()
        self.state.setWordWrap(True)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.state)
        box.addWidget(self.view, 1)
        self.document: QPdfDocument | None = None  # the one shown
        self._buffer: QBuffer | None = None
        self._loading: tuple[QPdfDocument, QBuffer] | None = None
        self._working = False
        self._blank = QPdfDocument(self)  # shown once the pages are dropped
        self.retranslate()

    def retranslate(self) -> None:
        self._show_state()

    def set_working(self, working: bool) -> None:
        """Say that the pages shown are about to be replaced."""
        self._working = working
        self._show_state()

    def _show_state(self) -> None:
        if self._working:
            self.state.setText(self.tr("Updating the preview…"))
        elif self.document is None:
            self.state.setText(self.tr("The preview appears here."))
        else:
            self.state.setText(self.tr("Preview: %n pages", "", self.document.pageCount()))

    def show_pdf(self, data: bytes) -> None:
        """Load the PDF's bytes; they replace the pages shown once loaded."""
        self._drop_loading()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document = QPdfDocument(self)
        self._loading = (document, buffer)
        document.statusChanged.connect(lambda _status, d=document: self._status(d))
        document.load(buffer)
        self._status(document)  # a small document may be loaded already

    def _status(self, document: QPdfDocument) -> None:
        if self._loading is None or self._loading[0] is not document:
            return
        status = document.status()
        if status == QPdfDocument.Status.Ready:
            old = (self.document, self._buffer)
            self.document, self._buffer = self._loading
            self._loading = None
            self.view.setDocument(document)
            _dispose(*old)
            self._working = False
            self._show_state()
            self.ready.emit(document.pageCount())
        elif status == QPdfDocument.Status.Error:
            self._drop_loading()
            self._working = False
            self._show_state()

    def _drop_loading(self) -> None:
        if self._loading is not None:
            document, buffer = self._loading
            self._loading = None
            _dispose(document, buffer)

    def clear(self) -> None:
        """Forget every page (the vault is locking)."""
        self._drop_loading()
        self.view.setDocument(self._blank)
        _dispose(self.document, self._buffer)
        self.document, self._buffer = None, None
        self._show_state()


def _dispose(document: QPdfDocument | None, buffer: QBuffer | None) -> None:
    """Close a document and delete it, then its buffer: a document reads its device until it
    is gone, so the buffer must outlive it (both deleted in one pass could free it first)."""
    if document is not None:
        document.close()
        if buffer is not None:
            document.destroyed.connect(buffer.deleteLater)
        document.deleteLater()
    elif buffer is not None:
        buffer.deleteLater()
