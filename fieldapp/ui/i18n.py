"""Interface language: Qt translators for our strings and Qt's, plus the vocabulary's labels."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QTranslator,
    Signal,
)
from PySide6.QtWidgets import QApplication

from fieldapp.resources import resources_dir

LANGUAGE_NAMES = {"en": "English", "ru": "Русский", "kk": "Қазақша"}


def translations_dir() -> Path:
    return resources_dir() / "translations"


class Languages(QObject):
    """Switches the whole interface; widgets retranslate on QEvent.LanguageChange."""

    changed = Signal(str)

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self._app = app
        self._ours = QTranslator(self)
        self._qt = QTranslator(self)
        self.code = "en"

    def set_language(self, code: str) -> None:
        if code not in LANGUAGE_NAMES:
            raise ValueError(f"unsupported language {code}")
        self._app.removeTranslator(self._ours)
        self._app.removeTranslator(self._qt)
        self.code = code
        if code != "en":
            if not self._ours.load(str(translations_dir() / f"fieldapp_{code}.qm")):
                raise FileNotFoundError(f"translation fieldapp_{code}.qm is missing")
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if self._qt.load(f"qtbase_{code}", qt_dir):
                self._app.installTranslator(self._qt)
            self._app.installTranslator(self._ours)
        QLocale.setDefault(QLocale(code))
        # Qt announces a new translator only once its event loop runs; say it ourselves so
        # windows opened before exec() (and in tests) relabel too. Widgets pass it to children.
        for widget in QApplication.topLevelWidgets():
            QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))
        self.changed.emit(code)
