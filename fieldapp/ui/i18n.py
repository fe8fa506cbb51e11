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

# The English source of a count names its plural ("%n records"); Russian and Kazakh take
# their forms from the .qm files, English its singular from here. Never "record(s)".
ENGLISH_ONE = {
    "%n records": "%n record",
    "Purge %n records": "Purge %n record",
    "%n records imported.": "%n record imported.",
    "%n records purged.": "%n record purged.",
    "%n receipts written. Give each observer their own:":
        "%n receipt written. Give it to its observer:",
    "Purge %n records the office confirmed holding? Their content, sources and evidence are"
    " removed from this computer; only their ids remain.":
        "Purge %n record the office confirmed holding? Its content, sources and evidence are"
        " removed from this computer; only its id remains.",
    "%n sources already sealed for the office; sources added here are sealed too.":
        "%n source already sealed for the office; sources added here are sealed too.",
    "Deleting this vault in %n seconds…": "Deleting this vault in %n second…",
    "%n cases new or changed.": "%n case new or changed.",
    "%n cases opened or changed go with them.": "%n case opened or changed goes with them.",
    "Preview: %n pages": "Preview: %n page",
    "The vault was deleted after %n wrong passphrases in a row, as its settings asked. You"
    " can create a new vault.":
        "The vault was deleted after %n wrong passphrase, as its settings asked. You can"
        " create a new vault.",
}


class EnglishPlurals(QTranslator):
    """English for a count of one; Qt fills in %n after a translator answers."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1,
    ) -> str:
        # No answer (a null string) tells Qt to keep looking: the next translator, the source.
        return ENGLISH_ONE.get(source) if n == 1 else None  # type: ignore[return-value]

    def isEmpty(self) -> bool:  # Qt skips a translator that says it is empty
        return False


def initial_language(saved: str | None) -> str:
    """The language to start in: the user's own choice, else the system's if we speak it."""
    if isinstance(saved, str) and saved in LANGUAGE_NAMES:
        return saved
    # On a first start nothing is saved yet: a Russian or Kazakh system opens in its language.
    return {QLocale.Language.Russian: "ru", QLocale.Language.Kazakh: "kk"}.get(
        QLocale.system().language(), "en")


def translations_dir() -> Path:
    return resources_dir() / "translations"


def install_english_plurals(app: QCoreApplication) -> None:
    """Once per application, before any language file, so it is asked last: it answers only
    what no language file did."""
    if app.findChild(EnglishPlurals) is None:
        app.installTranslator(EnglishPlurals(app))


class Languages(QObject):
    """Switches the whole interface; widgets retranslate on QEvent.LanguageChange."""

    changed = Signal(str)

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self._app = app
        self._ours = QTranslator(self)
        self._qt = QTranslator(self)
        install_english_plurals(app)
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
