"""The frame our dialogs share: intro, body, busy bar, status and error lines, button row."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLayout,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from fieldapp.errors import Problem
from fieldapp.ui.error_text import problem_message, user_message
from fieldapp.ui.tasks import Job, TaskRunner
from fieldapp.ui.widgets import Retranslating, error_label, show_error_text

Buttons = QDialogButtonBox.StandardButton


class DialogBase(Retranslating, QDialog):
    """Subclasses fill the body (`add_body`) and write `retranslate()`, which runs again on
    every language switch. Top to bottom: `intro`, the body, `busy`, `status`, `error`,
    `buttons`; the lines stay hidden until they have something to say.

    One busy state: while work runs the bar moves, the error line is cleared and the accept
    button waits; afterwards the button is as the dialog last asked (`set_accept_enabled`).
    Reject-role buttons (Close, Cancel) always reject.
    """

    def __init__(self, buttons: Buttons = Buttons.NoButton, parent: QWidget | None = None,
                 status_line: bool = False) -> None:
        """`status_line`: keep a line under the body, even while empty, for what the last
        action did (so the dialog has room for it from the start)."""
        super().__init__(parent)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.hide()
        self.busy = QProgressBar()
        self.busy.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setVisible(status_line)
        self.error = error_label()
        self.buttons = QDialogButtonBox(buttons)
        self.buttons.rejected.connect(self.reject)
        self._accept_wanted = True
        self.frame = QVBoxLayout(self)
        for widget in (self.intro, self.busy, self.status, self.error, self.buttons):
            self.frame.addWidget(widget)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Polish:
            # The button row joined the dialog before the subclass's fields, so it would lead
            # the focus chain (and take the first focus). Just before the dialog first shows,
            # it is put back at the end: Tab then follows the layout, as in a hand-built one.
            # (Reparenting moves it; walking nextInFocusChain() from Python is not safe:
            # PySide records each widget it returns as owned by the widget asked, and
            # deletes it with that one.)
            self.frame.removeWidget(self.buttons)
            self.buttons.setParent(None)
            self.frame.addWidget(self.buttons)
        return super().event(event)

    def add_body(self, item: QWidget | QLayout, stretch: int = 0) -> None:
        """Add a widget or layout to the body: below what is there, above the busy bar."""
        at = self.frame.indexOf(self.busy)
        if isinstance(item, QWidget):
            self.frame.insertWidget(at, item, stretch)
        else:
            self.frame.insertLayout(at, item, stretch)

    # -- lines ------------------------------------------------------------------------------

    def set_intro(self, text: str) -> None:
        self.intro.setText(text)
        self.intro.setVisible(bool(text))

    def set_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.show()

    def show_error(self, error: Exception | str) -> None:
        """One sentence on the error line, in the interface language where we know it."""
        show_error_text(self.error, error if isinstance(error, str) else user_message(error))

    def show_problems_beside(self, problems: list[Problem], beside: dict[str, QLabel]) -> None:
        """Each problem under its field's label in `beside` (others on the error line)."""
        by_field: dict[str, list[str]] = {}
        for problem in problems:
            by_field.setdefault(problem.top_field, []).append(problem_message(problem))
        for name, messages in by_field.items():
            show_error_text(beside.get(name, self.error), " ".join(dict.fromkeys(messages)))

    # -- the accept button and the busy state --------------------------------------------------

    def accept_button(self) -> QAbstractButton | None:
        for button in self.buttons.buttons():
            if self.buttons.buttonRole(button) == QDialogButtonBox.ButtonRole.AcceptRole:
                return button
        return None

    def set_accept_enabled(self, enabled: bool) -> None:
        """Whether the dialog is ready for its main action; a running task still wins."""
        self._accept_wanted = enabled
        self._update_accept()

    @property
    def is_busy(self) -> bool:
        return not self.busy.isHidden()

    def set_busy(self, busy: bool, total: int = 0) -> None:
        """Start (with `total` steps, 0 for a bar that only moves) or stop the busy state."""
        if busy:
            self.error.hide()
            self.busy.setRange(0, max(total, 0))
            self.busy.setValue(0)
        self.busy.setVisible(busy)
        self._update_accept()

    def show_progress(self, done: int, total: int) -> None:
        self.busy.setRange(0, total)
        self.busy.setValue(done)

    def run_busy(
        self,
        runner: TaskRunner,
        work: Callable[[Job], Any],
        on_done: Callable[[Any], None],
        on_failed: Callable[[Exception], None],
        total: int = 0,
    ) -> None:
        """Run `work` on the worker thread while busy; the callbacks run once it has stopped.
        Progress the job reports moves the bar."""

        def done(result: Any) -> None:
            self.set_busy(False)
            on_done(result)

        def failed(error: Exception) -> None:
            self.set_busy(False)
            on_failed(error)

        self.set_busy(True, total)
        runner.submit(work, done, failed, self.show_progress)

    def _update_accept(self) -> None:
        button = self.accept_button()
        if button is not None:
            button.setEnabled(self._accept_wanted and not self.is_busy)
