"""A language switch for the windows shown before the main one (create, unlock, first run)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from fieldapp.ui.i18n import LANGUAGE_NAMES, Languages


class LanguageCombo(QComboBox):
    """English / Русский / Қазақша, each named in itself; choosing one switches the whole
    interface at once (the dialog it sits in retranslates on the language change)."""

    def __init__(self, languages: Languages, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._languages = languages
        for code, name in LANGUAGE_NAMES.items():
            self.addItem(name, code)
        self.setCurrentIndex(self.findData(languages.code))
        self.currentIndexChanged.connect(self._chosen)
        languages.changed.connect(self._follow)

    def _chosen(self, index: int) -> None:
        code = str(self.itemData(index))
        if code != self._languages.code:
            self._languages.set_language(code)

    def _follow(self, code: str) -> None:
        """Another switch (the main window's menu) chose a language: show it here too."""
        self.blockSignals(True)
        self.setCurrentIndex(self.findData(code))
        self.blockSignals(False)
