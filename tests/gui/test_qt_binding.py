"""The Qt binding itself must not corrupt the interpreter: PySide6 6.12.0 under Python 3.11
releases a reference to None on every call of a method returning void, and a long session
then dies with "deallocating None". This pins the bad version out for good."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QComboBox


def test_void_qt_calls_leave_none_alone(qapp) -> None:  # type: ignore[no-untyped-def]
    combo = QComboBox()
    combo.addItem("first", "a")
    combo.addItem("second", "b")
    before = sys.getrefcount(None)
    for _ in range(500):
        combo.setCurrentIndex(1)
    assert sys.getrefcount(None) >= before - 5
