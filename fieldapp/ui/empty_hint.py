"""A line over an empty list that says what to do ("No records yet: New record (Ctrl+N)")."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel


class EmptyHint(QObject):
    """Shown over `view` while its model has no rows; `text` is asked again on every change
    of the model (and on `update()`, e.g. after a language switch); an empty text hides it."""

    def __init__(self, view: QAbstractItemView, text: Callable[[], str]) -> None:
        super().__init__(view)
        self._view = view
        self._text = text
        self.label = QLabel(view.viewport())
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        self.label.setStyleSheet("color: #555; font-size: 11pt;")
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        model = view.model()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved,
                       model.layoutChanged):
            signal.connect(self.update)
        view.viewport().installEventFilter(self)
        self.update()

    def update(self) -> None:
        self.label.setText(self._text())
        self.label.setVisible(self._view.model().rowCount() == 0 and bool(self.label.text()))
        # Across the list, a third of the way down.
        area = self._view.viewport()
        height = 80
        self.label.setGeometry(16, max(min(area.height() // 3, area.height() - height), 0),
                               max(area.width() - 32, 80), height)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.update()
        return False
