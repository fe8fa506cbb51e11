"""Qt's file dialog keeps a history of its own, and fieldapp forgets it.

The dialog saves the folders visited and the last one under QSettings(UserScope,
"QtProject") in the platform's native store (~/.config/QtProject.conf on Linux, the
registry on Windows, a plist on macOS); Qt builds that object with the native format
whatever the application asks, so it cannot be moved. Folder names can say whose photos
an observer opened, so the history is removed when the window starts and when it quits.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

QT_ORGANISATION = "QtProject"
FILE_DIALOG_GROUP = "FileDialog"


def qt_own_settings() -> QSettings:
    """The settings object Qt's file dialog writes to."""
    return QSettings(QSettings.Scope.UserScope, QT_ORGANISATION)


def forget_file_dialog_history() -> None:
    settings = qt_own_settings()
    settings.remove(FILE_DIALOG_GROUP)
    settings.sync()
