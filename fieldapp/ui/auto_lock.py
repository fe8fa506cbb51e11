"""Decides when an unlocked vault should lock by itself: idle time, suspend, losing focus."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication

# Input a person makes; anything else (paints, timers, focus shuffles) is not activity.
_INPUT = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
    QEvent.Type.TabletPress, QEvent.Type.TabletMove,
})

# What Qt reports through applicationStateChanged, by platform:
# - Windows, X11 and Wayland: only Active and Inactive, derived from whether one of our
#   windows has the focus. Nothing on sleep, hibernation or a locked screen.
# - macOS: Active and Inactive as above, and Hidden when the application is hidden.
# - Android and iOS: Suspended (about to stop running) and Hidden (in the background) too.
# So on a desktop the idle timer is what locks after a sleep; because QTimer runs on the
# monotonic clock, which stops while a Linux machine sleeps, each input also compares the
# wall clock with the last input and locks if the idle limit passed in between.
_ALWAYS_LOCK = frozenset({Qt.ApplicationState.ApplicationSuspended,
                          Qt.ApplicationState.ApplicationHidden})


class AutoLock(QObject):
    """Emits `lock_due` once after `interval_ms` without input to any of our windows, or when
    the application is suspended (and, if asked, when it becomes inactive)."""

    lock_due = Signal()

    def __init__(self, app: QGuiApplication, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._check)
        self._armed = False
        self._interval_ms = 0
        self._lock_when_inactive = False
        self._last_input = 0.0
        app.installEventFilter(self)
        app.applicationStateChanged.connect(self._state_changed)

    @property
    def armed(self) -> bool:
        return self._armed

    def arm(self, interval_ms: int, lock_when_inactive: bool = False) -> None:
        """Start watching; interval_ms 0 leaves only suspend (and focus) as triggers."""
        self._armed = True
        self._interval_ms = max(0, interval_ms)
        self._lock_when_inactive = lock_when_inactive
        self._restart()

    def disarm(self) -> None:
        self._armed = False
        self.timer.stop()

    def close(self) -> None:
        """Stop listening to the application (at shutdown)."""
        self.disarm()
        self._app.removeEventFilter(self)
        self._app.applicationStateChanged.disconnect(self._state_changed)

    def _restart(self) -> None:
        self._last_input = time.time()
        if self._interval_ms:
            self.timer.start(self._interval_ms)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Called for every event of the application: input only notes the time (no Qt call
        # per mouse move); the timer, when it fires, looks at how long we were really idle.
        if self._armed and event.type() in _INPUT:
            now = time.time()
            if self._interval_ms and (now - self._last_input) * 1000 >= self._interval_ms:
                self._due()
            else:
                self._last_input = now
        return False

    def _check(self) -> None:
        idle_ms = (time.time() - self._last_input) * 1000
        if idle_ms >= self._interval_ms:
            self._due()
        else:
            self.timer.start(max(1, min(self._interval_ms, round(self._interval_ms - idle_ms))))

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if not self._armed:
            return
        if state in _ALWAYS_LOCK or (
            self._lock_when_inactive and state == Qt.ApplicationState.ApplicationInactive
        ):
            self._due()

    def _due(self) -> None:
        if self._armed:
            self.disarm()
            self.lock_due.emit()
