"""The fixed texts of the publications (bulletin and annual report), in English, Russian
and Kazakh (resources/bulletin/)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from fieldapp.domain.taxonomy import LANGUAGES
from fieldapp.resources import resources_dir


def _load_all() -> dict[str, dict[str, Any]]:
    path = resources_dir() / "bulletin" / "strings.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    return {language: data[language] for language in LANGUAGES}


@dataclass(frozen=True)
class BulletinText:
    language: str
    strings: dict[str, Any]

    @classmethod
    def load(cls, language: str) -> BulletinText:
        if language not in LANGUAGES:
            raise ValueError(f"the bulletin is written in {', '.join(LANGUAGES)}, not {language!r}")
        return cls(language, _load_all()[language])

    def __call__(self, key: str, **values: object) -> str:
        text = self.strings[key]
        if not isinstance(text, str):
            raise TypeError(f"bulletin string {key} is not a text")
        return text.format(**values) if values else text

    def _month_names(self, key: str) -> list[str]:
        names = self.strings[key]
        if not (isinstance(names, list) and len(names) == 12):
            raise TypeError(f"bulletin string {key} must list the twelve months")
        return [str(name) for name in names]

    def date(self, day: date) -> str:
        month = self._month_names("months_genitive")[day.month - 1]
        return self("date", day=day.day, month=month, year=day.year)

    def month_year(self, year: int, month: int) -> str:
        return self("month_year", month=self._month_names("months")[month - 1], year=year)

    def month_short(self, month: int) -> str:
        return self._month_names("months_short")[month - 1]

    def ordinal(self, n: int) -> str:
        """The ordinal of a quarter or half-year ("1st", "I")."""
        return str(self.strings["ordinals"][n - 1])

    def capitalised(self, key: str) -> str:
        text = self(key)
        return text[:1].upper() + text[1:]
