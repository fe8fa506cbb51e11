"""`fieldapp --screenshot FILE`: a PNG of the first window the app shows, then quit.

For checks of an installed or frozen copy (the packaging smoke test runs it offscreen):
it proves the window opens with its libraries, fonts and translations. The picture is of
the first top-level window shown and exposed, skipping the progress dialog of the demo's
build (the demo's main window is the one worth seeing); without --demo that is the
first-run assistant or the unlock dialog. A message box shown first (the demo failed to
build) is saved too, for the diagnosis, but the exit code is then 1. FILE is overwritten
if it exists (a check tool is run again and again) but never left half-written: the PNG
goes to a temporary file beside it that replaces FILE at once.
"""

from __future__ import annotations

import errno
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QObject, QTimer
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

from fieldapp.errors import FieldappError
from fieldapp.services.user_files import write_replacing


def png_of(widget: QWidget) -> bytes:
    """The widget as the screen would show it, encoded as PNG."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not widget.grab().save(buffer, "PNG"):
        raise OSError("the window's image could not be encoded")
    data: QByteArray = buffer.data()
    return bytes(data.data())


class Screenshot(QObject):
    """Watches every window's exposure; the first real one is saved and the app quits:
    with 0 when the file was written (1 if it shows a message box), else 1 with the reason
    kept in `error`."""

    def __init__(self, app: QApplication, path: Path) -> None:
        super().__init__(app)
        self.app = app
        self.path = path
        self.error: OSError | None = None
        self.taken = False
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (not self.taken and event.type() == QEvent.Type.Expose
                and isinstance(watched, QWindow) and watched.isExposed()):
            widget = self._widget_of(watched)
            if widget is not None:
                self.taken = True
                # After this turn of the event loop: the exposure's own paint comes first.
                QTimer.singleShot(0, lambda: self._save(widget))
        return False

    @staticmethod
    def _widget_of(window: QWindow) -> QWidget | None:
        for widget in QApplication.topLevelWidgets():
            if (widget.windowHandle() is window and widget.isVisible()
                    and not isinstance(widget, QProgressDialog)):
                return widget
        return None

    def _save(self, widget: QWidget) -> None:
        self.app.removeEventFilter(self)
        try:
            write_replacing(self.path, png_of(widget))
        except OSError as error:
            self.error = error
            self.app.exit(1)
            return
        except FieldappError:  # file_in_use: Windows kept FILE open in a picture viewer
            self.error = OSError(errno.EBUSY, "the file is open in another program")
            self.app.exit(1)
            return
        self.app.exit(1 if isinstance(widget, QMessageBox) else 0)
