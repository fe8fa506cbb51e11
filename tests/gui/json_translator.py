"""Window strings this branch adds, translated from `translations_<branch>.json` at the
worktree root until the lead merges that file into resources/translations (the .ts and .qm
files are regenerated only there). Once merged, the file is gone and the compiled .qm alone
answers, so the same tests then check the merged translations."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

ROOT = Path(__file__).resolve().parents[2]


class JsonTranslator(QTranslator):
    """Answers from {context: {source: {language: text}}}; anything else falls through to
    the translators installed before it."""

    def __init__(self, path: Path, language: str) -> None:
        super().__init__()
        # Our own file, written beside the code, not outside input.
        table = json.loads(path.read_text(encoding="utf-8"))
        self._texts = {(context, source): by_language[language]
                       for context, messages in table.items()
                       for source, by_language in messages.items() if language in by_language}

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        return self._texts.get((context, source), "")

    def isEmpty(self) -> bool:
        return not self._texts


def install_branch_translations(language: str) -> list[JsonTranslator]:
    """Install the branch's translations for `language`, if it has a file of them; then
    switch the language (Languages.set_language) so every widget asks again. Remove them
    with `QCoreApplication.removeTranslator` when done."""
    installed = []
    for path in sorted(ROOT.glob("translations_*.json")):
        translator = JsonTranslator(path, language)
        QCoreApplication.installTranslator(translator)
        installed.append(translator)
    return installed
