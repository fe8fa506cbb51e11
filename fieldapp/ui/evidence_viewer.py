"""A photo from the vault shown inside the app: decrypted into memory, never to a file.

The bytes come from services.attachments.attachment_data on the worker thread and are
decoded there with QImage.fromData (no image cache, no temporary file); the window only
holds the decoded picture while it is open. Fit to the window by default; zoom with the
buttons, Ctrl+wheel or Ctrl +/-/0.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import (
    QGuiApplication,
    QImage,
    QKeySequence,
    QPixmap,
    QResizeEvent,
    QShortcut,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from fieldapp.services.attachments import AttachmentInfo, attachment_data
from fieldapp.services.session import Session
from fieldapp.ui.widgets import Retranslating, error_label, show_error_text

ZOOM_STEP = 1.25
MIN_SCALE, MAX_SCALE = 0.05, 8.0


def decode(session: Session, attachment_id: str) -> QImage:
    """The stored picture, decrypted and decoded in memory (run on the worker thread)."""
    return QImage.fromData(attachment_data(session, attachment_id))


class _Scroll(QScrollArea):
    """Ctrl+wheel zooms instead of scrolling."""

    zoom = Signal(float)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom.emit(ZOOM_STEP if event.angleDelta().y() > 0 else 1 / ZOOM_STEP)
            event.accept()
            return
        super().wheelEvent(event)


class EvidenceViewer(Retranslating, QDialog):
    """`loaded` is emitted once the picture is shown (or could not be); `save_requested`
    when the user asks for a copy from here (the panel warns and asks where)."""

    loaded = Signal()
    save_requested = Signal(object)

    def __init__(self, info: AttachmentInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.info = info
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._image = QImage()
        self._scale = 1.0
        self._fit = True
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.area = _Scroll()
        self.area.setWidget(self.picture)
        self.area.setWidgetResizable(True)
        self.area.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.area.zoom.connect(self.zoom_by)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.error = error_label()
        self.fit_button = QPushButton()
        self.fit_button.clicked.connect(self.fit)
        self.actual_button = QPushButton()
        self.actual_button.clicked.connect(lambda: self.set_scale(1.0))
        self.zoom_in_button = QPushButton()
        self.zoom_in_button.clicked.connect(lambda: self.zoom_by(ZOOM_STEP))
        self.zoom_out_button = QPushButton()
        self.zoom_out_button.clicked.connect(lambda: self.zoom_by(1 / ZOOM_STEP))
        self.save_button = QPushButton()
        self.save_button.clicked.connect(lambda: self.save_requested.emit(self.info))
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.reject)
        for keys, slot in ((QKeySequence.StandardKey.ZoomIn, lambda: self.zoom_by(ZOOM_STEP)),
                           (QKeySequence.StandardKey.ZoomOut,
                            lambda: self.zoom_by(1 / ZOOM_STEP))):
            QShortcut(QKeySequence(keys), self, slot)
        QShortcut(QKeySequence("Ctrl+0"), self, self.fit)
        buttons = QHBoxLayout()
        for button in (self.zoom_out_button, self.zoom_in_button, self.actual_button,
                       self.fit_button):
            button.setEnabled(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.area, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self._size_to_screen()
        self.retranslate()

    def _size_to_screen(self) -> None:
        parent = self.parentWidget()
        screen = parent.screen() if parent is not None else QGuiApplication.primaryScreen()
        area = screen.availableGeometry()
        self.resize(QSize(int(area.width() * 0.8), int(area.height() * 0.8)))
        self.setMinimumSize(320, 240)

    # -- what the panel tells it ------------------------------------------------------------

    def show_image(self, image: QImage) -> None:
        if image.isNull():
            self.show_error(self.tr("This picture cannot be shown here: its format is not one"
                                    " the app can display. Save a copy to open it with"
                                    " another program."))
            return
        self._image = image
        for button in (self.zoom_out_button, self.zoom_in_button, self.actual_button,
                       self.fit_button):
            button.setEnabled(True)
        self.fit()
        self.loaded.emit()

    def show_error(self, text: str) -> None:
        self.status.clear()
        show_error_text(self.error, text)
        self.loaded.emit()

    # -- zoom --------------------------------------------------------------------------------

    @property
    def scale(self) -> float:
        return self._scale

    def fit(self) -> None:
        """The whole picture inside the window, never enlarged past its own pixels."""
        self._fit = True
        self._apply(min(1.0, self._fitting_scale()))

    def set_scale(self, scale: float) -> None:
        self._fit = False
        self._apply(scale)

    def zoom_by(self, factor: float) -> None:
        if not self._image.isNull():
            self.set_scale(self._scale * factor)

    def _fitting_scale(self) -> float:
        if self._image.isNull():
            return 1.0
        room = self.area.viewport().size()
        return min(room.width() / self._image.width(), room.height() / self._image.height())

    def _apply(self, scale: float) -> None:
        if self._image.isNull():
            return
        self._scale = max(MIN_SCALE, min(MAX_SCALE, scale))
        size = self._image.size() * self._scale
        self.picture.setPixmap(QPixmap.fromImage(self._image).scaled(
            size, Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation))
        self._say_scale()

    def _say_scale(self) -> None:
        self.status.setText(self.tr("%1 × %2 pixels, shown at %3 %").replace(
            "%1", str(self._image.width())).replace("%2", str(self._image.height())).replace(
            "%3", str(round(self._scale * 100))))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fit:
            self.fit()

    # -- closing and language ---------------------------------------------------------------

    def done(self, result: int) -> None:
        """Close, Escape or the window's X: the decrypted picture goes with the window,
        which is deleted (WA_DeleteOnClose)."""
        self._image = QImage()
        self.picture.clear()
        super().done(result)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Evidence: %1").replace("%1", self.info.filename))
        self.fit_button.setText(self.tr("Fit to window"))
        self.actual_button.setText(self.tr("Actual size"))
        self.zoom_in_button.setText(self.tr("Zoom in"))
        self.zoom_out_button.setText(self.tr("Zoom out"))
        self.save_button.setText(self.tr("Save a copy…"))
        self.close_button.setText(self.tr("Close"))
        if self._image.isNull() and not self.error.isVisible():
            self.status.setText(self.tr("Decrypting %1…").replace("%1", self.info.filename))
        elif not self._image.isNull():
            self._say_scale()
