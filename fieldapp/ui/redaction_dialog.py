"""Mark the parts of a photo to hide before it is stored, with a preview of the result."""

from __future__ import annotations

import math
from fractions import Fraction

from PIL import Image
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QImage,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QShortcut,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from fieldapp.services.redaction import Preview, Region, apply_regions
from fieldapp.ui.dialog_base import Buttons, DialogBase
from fieldapp.ui.image_fit import ImageFit

# The result pane is smaller than the canvas; a smaller copy keeps its redraw instant.
RESULT_SIDE = 900
# A press and release closer than this (widget pixels) is a click, not a rectangle.
MIN_DRAG = 4
OUTLINE = QColor("#ffc400")


def to_qimage(image: Image.Image) -> QImage:
    rgba = image.convert("RGBA")
    width, height = rgba.size
    return QImage(rgba.tobytes(), width, height, 4 * width,
                  QImage.Format.Format_RGBA8888).copy()


def scaled(region: Region, size: tuple[int, int], to: tuple[int, int]) -> Region:
    """A region of an image of `size` on a copy of that image resized to `to`, covering it."""
    sx, sy = Fraction(to[0], size[0]), Fraction(to[1], size[1])
    x0, y0 = math.floor(region.x * sx), math.floor(region.y * sy)
    x1 = max(x0 + 1, math.ceil((region.x + region.width) * sx))
    y1 = max(y0 + 1, math.ceil((region.y + region.height) * sy))
    return Region(x0, y0, x1 - x0, y1 - y0, region.mode)


class PictureView(QWidget):
    """A picture drawn as large as fits, centred; what the user sees of the image."""

    def __init__(self, pixmap: QPixmap, size: tuple[int, int]) -> None:
        super().__init__()
        self._pixmap = pixmap
        self._size = size
        self.setMinimumSize(200, 150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def pixmap(self) -> QPixmap:
        return self._pixmap

    def set_pixmap(self, pixmap: QPixmap) -> None:
        self._pixmap = pixmap
        self.update()

    def fit(self) -> ImageFit:
        return ImageFit(self._size, (self.width(), self.height()))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#2b2b2b"))
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        left, top, width, height = (float(v) for v in self.fit().target)
        painter.drawPixmap(QRectF(left, top, width, height), self._pixmap,
                           QRectF(self._pixmap.rect()))
        self.paint_over(painter)
        painter.end()

    def paint_over(self, painter: QPainter) -> None:
        """Subclasses draw on top of the picture."""


class RedactionCanvas(PictureView):
    """The photo with the marked areas; drag with the left button to mark another."""

    regions_changed = Signal()

    def __init__(self, pixmap: QPixmap, size: tuple[int, int]) -> None:
        super().__init__(pixmap, size)
        self.regions: list[Region] = []
        self.mode = "blur"
        self._start: QPointF | None = None
        self._end: QPointF | None = None
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setMinimumSize(360, 270)

    def remove_last(self) -> None:
        if self.regions:
            self.regions.pop()
            self.regions_changed.emit()
            self.update()

    def clear(self) -> None:
        if self.regions:
            self.regions.clear()
            self.regions_changed.emit()
            self.update()

    def dragged(self) -> Region | None:
        """The area being dragged right now, if any."""
        if self._start is None or self._end is None:
            return None
        line = self._end - self._start
        if max(abs(line.x()), abs(line.y())) < MIN_DRAG:
            return None
        return self.fit().region((self._start.x(), self._start.y()),
                                 (self._end.x(), self._end.y()), self.mode)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._start = self._end = event.position()
            event.accept()
        else:
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._start is not None:
            self._end = event.position()
            self.regions_changed.emit()
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._start is None or event.button() != Qt.MouseButton.LeftButton:
            return
        self._end = event.position()
        region = self.dragged()
        self._start = self._end = None
        if region is not None:
            self.regions.append(region)
        self.regions_changed.emit()
        self.update()

    def paint_over(self, painter: QPainter) -> None:
        fit = self.fit()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for number, region in enumerate(self.regions, start=1):
            rect = QRectF(*fit.to_widget(region))
            if region.mode == "black":
                painter.fillRect(rect, QColor(0, 0, 0, 225))
            else:
                painter.fillRect(rect, QBrush(QColor(255, 255, 255, 150),
                                              Qt.BrushStyle.BDiagPattern))
            painter.setPen(QPen(OUTLINE, 2))
            painter.drawRect(rect)
            self._label(painter, rect, str(number))
        dragging = self.dragged()
        if dragging is not None:
            painter.setPen(QPen(OUTLINE, 2, Qt.PenStyle.DashLine))
            painter.drawRect(QRectF(*fit.to_widget(dragging)))

    def _label(self, painter: QPainter, rect: QRectF, text: str) -> None:
        metrics = painter.fontMetrics()
        box = QRectF(rect.left(), rect.top(), metrics.horizontalAdvance(text) + 8,
                     metrics.height() + 2)
        painter.fillRect(box, OUTLINE)
        painter.setPen(QColor("black"))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)


class RedactionDialog(DialogBase):
    """Nothing is stored here: Attach hands the areas and the choice back to the caller."""

    def __init__(self, filename: str, preview: Preview, parent: QWidget | None = None) -> None:
        super().__init__(Buttons.Cancel, parent)
        self._filename = filename
        self._size = preview.size
        self._result_base = preview.image.copy()
        self._result_base.thumbnail((RESULT_SIDE, RESULT_SIDE), Image.Resampling.LANCZOS)
        self.canvas = RedactionCanvas(QPixmap.fromImage(to_qimage(preview.image)), preview.size)
        self.canvas.regions_changed.connect(self._update)
        self.canvas_heading = QLabel()
        self.result_heading = QLabel()
        self.result_view = PictureView(QPixmap.fromImage(to_qimage(self._result_base)),
                                       preview.size)
        self.mode_label = QLabel()
        self.mode = QComboBox()
        self.mode.addItems(["", ""])
        self.mode.currentIndexChanged.connect(self._mode_chosen)
        self.remove_last = QPushButton()
        self.remove_last.clicked.connect(self.canvas.remove_last)
        self.clear = QPushButton()
        self.clear.clicked.connect(self.canvas.clear)
        QShortcut(QKeySequence.StandardKey.Undo, self, self.canvas.remove_last)
        self.count = QLabel()
        self.keep_original = QCheckBox()
        self.keep_hint = QLabel()
        self.keep_hint.setWordWrap(True)
        self.keep_hint.setStyleSheet("color: palette(placeholder-text);")
        self.attach_button = self.buttons.addButton(
            "", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)

        canvas_column = QVBoxLayout()
        canvas_column.addWidget(self.canvas_heading)
        canvas_column.addWidget(self.canvas, 1)
        result_column = QVBoxLayout()
        result_column.addWidget(self.result_heading)
        result_column.addWidget(self.result_view, 1)
        pictures = QHBoxLayout()
        pictures.addLayout(canvas_column, 3)
        pictures.addLayout(result_column, 2)
        tools = QHBoxLayout()
        tools.addWidget(self.mode_label)
        tools.addWidget(self.mode)
        tools.addWidget(self.remove_last)
        tools.addWidget(self.clear)
        tools.addStretch(1)
        tools.addWidget(self.count)
        self.add_body(pictures, 1)
        self.add_body(tools)
        self.add_body(self.keep_original)
        self.add_body(self.keep_hint)
        self.resize(1080, 680)
        self.retranslate()
        self._update()

    def regions(self) -> list[Region]:
        """The marked areas in pixels of the upright full-size image."""
        return list(self.canvas.regions)

    def keeps_original(self) -> bool:
        return self.keep_original.isChecked() and bool(self.canvas.regions)

    def _mode_chosen(self, index: int) -> None:
        self.canvas.mode = "black" if index == 1 else "blur"

    def _update(self) -> None:
        """Redraw the result and the controls after any change to the areas."""
        marked = list(self.canvas.regions)
        dragging = self.canvas.dragged()
        if dragging is not None:
            marked.append(dragging)
        to = self._result_base.size
        result = apply_regions(self._result_base, [scaled(r, self._size, to) for r in marked])
        self.result_view.set_pixmap(QPixmap.fromImage(to_qimage(result)))
        has_regions = bool(self.canvas.regions)
        self.remove_last.setEnabled(has_regions)
        self.clear.setEnabled(has_regions)
        self.keep_original.setEnabled(has_regions)
        self._show_count()

    def _show_count(self) -> None:
        if self.canvas.regions:
            self.count.setText(self.tr("Areas to hide: %1").replace(
                "%1", str(len(self.canvas.regions))))
        else:
            self.count.setText(self.tr("Nothing marked yet: the whole image will be stored."))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Hide parts of %1").replace("%1", self._filename))
        self.set_intro(self.tr(
            "Drag over faces, name tags or number plates to hide them. Only the result on the"
            " right is stored, without its metadata."))
        self.canvas_heading.setText("<b>" + self.tr("Photo: drag to mark an area") + "</b>")
        self.result_heading.setText("<b>" + self.tr("Result (what will be stored)") + "</b>")
        self.mode_label.setText(self.tr("Hide new areas with:"))
        self.mode.setItemText(0, self.tr("Blur"))
        self.mode.setItemText(1, self.tr("Black box"))
        self.remove_last.setText(self.tr("Remove last"))
        self.clear.setText(self.tr("Clear"))
        self.keep_original.setText(self.tr("Also keep the unredacted original (encrypted)"))
        self.keep_hint.setText(self.tr(
            "The original stays in this vault only and is never exported. Leave this off"
            " unless you need the unredacted picture as evidence."))
        self.attach_button.setText(self.tr("Attach"))
        self._show_count()
