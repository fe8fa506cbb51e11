"""Windows no larger than the screen they open on (a cheap laptop: 1366x768, or 1920x1080
at 150 %, 1280x720 logical pixels)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# Room for a title bar and borders before the window manager has drawn them.
_FRAME_GUESS = (8, 32)


def fit_to_screen(widget: QWidget) -> None:
    """Shrink a top-level window that would not fit its screen's free area (above the task
    bar), then move it fully onto that area. Sizes set in code stay the wish on big screens."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    area = screen.availableGeometry()
    inner, frame = widget.geometry(), widget.frameGeometry()
    extra_w = frame.width() - inner.width() or _FRAME_GUESS[0]
    extra_h = frame.height() - inner.height() or _FRAME_GUESS[1]
    width = min(inner.width(), area.width() - extra_w)
    height = min(inner.height(), area.height() - extra_h)
    if (width, height) != (inner.width(), inner.height()):
        widget.resize(width, height)
    frame = widget.frameGeometry()
    x = max(area.left(), min(frame.x(), area.left() + area.width() - frame.width()))
    y = max(area.top(), min(frame.y(), area.top() + area.height() - frame.height()))
    if (x, y) != (frame.x(), frame.y()):
        widget.move(x, y)
