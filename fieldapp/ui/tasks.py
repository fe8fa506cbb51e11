"""Run slow work (key derivation, demo data, scrubbing) off the UI thread.

A worker QObject is moved to a QThread owned by the TaskRunner, which the
application's composition root creates and shuts down.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot


class Job(QObject):
    """One piece of work; `finished` carries the result, `failed` the exception."""

    finished = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)
    start = Signal()

    def __init__(self, work: Callable[[Job], Any]) -> None:
        super().__init__()
        self._work = work
        self.start.connect(self._run)

    @Slot()
    def _run(self) -> None:
        try:
            result = self._work(self)
        except Exception as error:
            self.failed.emit(error)
        else:
            self.finished.emit(result)


class _Relay(QObject):
    """Lives in the submitting (UI) thread, so the callbacks run there, never in the worker."""

    def __init__(
        self,
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None],
        forget: Callable[[_Relay], None],
        on_progress: Callable[[int, int], None] | None,
    ) -> None:
        super().__init__()
        self._on_progress = on_progress
        self._on_done = on_done
        self._on_error = on_error
        self._forget = forget

    @Slot(int, int)
    def progress(self, done: int, total: int) -> None:
        if self._on_progress is not None:
            self._on_progress(done, total)

    @Slot(object)
    def done(self, result: Any) -> None:
        self._forget(self)
        self._on_done(result)

    @Slot(object)
    def error(self, error: Exception) -> None:
        self._forget(self)
        self._on_error(error)


class TaskRunner(QObject):
    """One background thread; jobs run on it in the order submitted."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread(self)
        self._thread.setObjectName("fieldapp-worker")
        self._thread.start()
        self._pending: dict[_Relay, Job] = {}

    def submit(
        self,
        work: Callable[[Job], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None],
        on_progress: Callable[[int, int], None] | None = None,
    ) -> Job:
        job = Job(work)
        job.moveToThread(self._thread)
        relay = _Relay(on_done, on_error, self._forget, on_progress)
        self._pending[relay] = job
        job.progress.connect(relay.progress)
        job.finished.connect(relay.done)
        job.failed.connect(relay.error)
        job.start.emit()
        return job

    def _forget(self, relay: _Relay) -> None:
        self._pending.pop(relay, None)

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def shutdown(self) -> None:
        self._thread.quit()
        self._thread.wait()
