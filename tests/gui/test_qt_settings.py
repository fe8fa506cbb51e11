"""The history Qt's file dialog keeps of the folders visited is forgotten, and nothing else
of Qt's own settings."""

from __future__ import annotations

from fieldapp.ui.qt_settings import forget_file_dialog_history, qt_own_settings


def test_the_file_dialog_history_is_forgotten(qapp) -> None:
    visited = "/media/stick/Informant photos"
    qt_own = qt_own_settings()
    qt_own.setValue("FileDialog/history", [visited])
    qt_own.setValue("FileDialog/lastVisited", visited)
    qt_own.setValue("fieldapp-test/kept", "yes")
    qt_own.sync()
    forget_file_dialog_history()
    again = qt_own_settings()
    assert "FileDialog" not in again.childGroups()
    assert again.value("FileDialog/lastVisited") is None
    assert again.value("fieldapp-test/kept") == "yes"
    again.remove("fieldapp-test")
