"""A spreadsheet's cells turned into record fields: codes from codes or labels in any of the
three languages, dates in the forms people type, and lists separated by ';'.

Pure: no file, no vault. Each problem names the record field; the import names the row and column.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import Any

from fieldapp.domain.persons import fold_alias
from fieldapp.domain.record import parse_partial_date
from fieldapp.domain.taxonomy import LANGUAGES, Taxonomy
from fieldapp.errors import Problem

# The fields a column may fill, and the vocabulary of each coded one.
CODED = {"region": "region", "threat_type": "threat_type", "outcome": "outcome"}
LISTS = {"sectors": "sector", "legal_articles": "legal_article"}
DATES = ("occurred_on", "occurred_until", "outcome_on")
TEXTS = ("title", "locality", "description", "case")
IMPORTABLE = ("title", "occurred_on", "occurred_until", "region", "locality", "threat_type",
              "sectors", "perpetrators", "victims", "description", "outcome", "outcome_on",
              "legal_articles", "case")
REQUIRED_COLUMNS = ("title", "occurred_on", "region", "threat_type", "sectors")

# A column header may name a field by its code or by one of these labels (any case).
FIELD_LABELS: dict[str, tuple[str, ...]] = {
    "title": ("Title", "Заголовок", "Название", "Тақырып", "Атауы"),
    "occurred_on": ("Date", "Occurred on", "Дата", "Күні", "Күн"),
    "occurred_until": ("Until", "End date", "До", "Дата окончания", "Дейін",
                       "Аяқталу күні"),
    "region": ("Region", "Регион", "Область", "Өңір", "Облыс"),
    "locality": ("Locality", "Place", "Населённый пункт", "Населенный пункт", "Место",
                 "Елді мекен", "Орны"),
    "threat_type": ("Type of threat", "Threat type", "Threat", "Вид угрозы", "Тип угрозы",
                    "Угроза", "Қауіп түрі", "Қатер түрі", "Қауіп"),
    "sectors": ("Sectors", "Sector", "Сферы", "Сфера", "Отрасль", "Салалар", "Сала"),
    "perpetrators": ("Perpetrators", "Perpetrator", "Нарушители", "Нарушитель",
                     "Исполнители", "Бұзушылар", "Бұзушы"),
    "victims": ("Persons threatened", "Victims", "Victim", "Пострадавшие", "Пострадавший",
                "Жәбірленушілер", "Жәбірленуші"),
    "description": ("Description", "Описание", "Сипаттама"),
    "outcome": ("Outcome", "Positive outcome", "Результат", "Положительный результат",
                "Нәтиже", "Оң нәтиже"),
    "outcome_on": ("Outcome date", "Дата результата", "Нәтиже күні"),
    "legal_articles": ("Legal articles", "Articles", "Статьи", "Баптар"),
    "case": ("Case", "Дело", "Іс"),
}

SEPARATOR = ";"
_DMY = re.compile(r"([0-9]{1,2})\.([0-9]{1,2})\.([0-9]{4})")
_MY = re.compile(r"([0-9]{1,2})\.([0-9]{4})")
# Spreadsheet serial dates count days from 1899-12-30; 1950..2100 are the plausible ones.
_EPOCH = date(1899, 12, 30)
_SERIALS = range(18_264, 73_051)


def normal(text: str) -> str:
    """How cells and headers are compared: as aliases are (case-insensitive, spaces trimmed
    and single)."""
    return fold_alias(text)


class Lookup:
    """Code or label (any language, any case) -> code, for every vocabulary."""

    def __init__(self, taxonomy: Taxonomy) -> None:
        self.taxonomy = taxonomy
        self._maps: dict[str, dict[str, str | None]] = {}

    def _map(self, vocabulary: str) -> dict[str, str | None]:
        found = self._maps.get(vocabulary)
        if found is None:
            found = {}
            for term in self.taxonomy[vocabulary].terms:
                for text in (term.code, *(term.labels.get(lang, "") for lang in LANGUAGES)):
                    key = normal(text)
                    if key:
                        # A text naming two codes matches neither: the cell must say which.
                        found[key] = term.code if found.get(key, term.code) == term.code \
                            else None
            self._maps[vocabulary] = found
        return found

    def code(self, vocabulary: str, text: str) -> str | None:
        return self._map(vocabulary).get(normal(text))

    def allowed(self, vocabulary: str) -> str:
        return ", ".join(self.taxonomy[vocabulary].codes(include_retired=False))


def guess_columns(headers: list[str]) -> dict[str, str]:
    """field -> header, for each header that names a field (its code or a label)."""
    by_text: dict[str, str] = {}
    for name in IMPORTABLE:
        for text in (name, name.replace("_", " "), *FIELD_LABELS[name]):
            by_text.setdefault(normal(text), name)
    guessed: dict[str, str] = {}
    for header in headers:
        found = by_text.get(normal(header).rstrip(":*").strip())
        if found is not None and found not in guessed:
            guessed[found] = header
    return guessed


def cell_text(value: Any) -> str:
    """A cell as text: numbers without a trailing '.0', dates as ISO."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def cell_date(value: Any) -> str | None:
    """'YYYY-MM-DD' or 'YYYY-MM' from DD.MM.YYYY, YYYY-MM-DD, MM.YYYY, YYYY-MM or a
    spreadsheet date (a date cell, or its serial number); None if it is none of them."""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if float(value).is_integer() and int(value) in _SERIALS:
            return (_EPOCH + timedelta(days=int(value))).isoformat()
        return None
    text = str(value).strip()
    if parse_partial_date(text) is not None:
        return text
    if match := _DMY.fullmatch(text):
        day, month, year = (int(g) for g in match.groups())
        try:
            return date(year, month, day).isoformat()
        except ValueError:
            return None
    if match := _MY.fullmatch(text):
        month, year = int(match.group(1)), int(match.group(2))
        return f"{year:04d}-{month:02d}" if 1 <= month <= 12 else None
    return None


def _parts(text: str) -> list[str]:
    return [part.strip() for part in text.split(SEPARATOR) if part.strip()]


class CellReader:
    """Turns one row's cells (field -> cell value) into a record's input and problems."""

    def __init__(self, taxonomy: Taxonomy) -> None:
        self.lookup = Lookup(taxonomy)

    def item(self, cells: dict[str, Any]) -> tuple[dict[str, Any], list[Problem]]:
        item: dict[str, Any] = {}
        problems: list[Problem] = []
        for name, value in cells.items():
            if name in DATES:
                self._date(name, value, item, problems)
                continue
            text = cell_text(value)
            if not text:
                continue
            if name in TEXTS:
                item[name] = text
            elif name in CODED:
                item[name] = self._code(name, CODED[name], text, problems)
            elif name in LISTS:
                item[name] = [self._code(name, LISTS[name], part, problems)
                              for part in _parts(text)]
            elif name == "perpetrators":
                item[name] = [self._perpetrator(part, problems) for part in _parts(text)]
            elif name == "victims":
                item[name] = [self._victim(part, problems) for part in _parts(text)]
        return item, problems

    def _date(self, name: str, value: Any, item: dict[str, Any],
              problems: list[Problem]) -> None:
        if value is None or (isinstance(value, str) and not value.strip()):
            return
        parsed = cell_date(value)
        if parsed is None:
            problems.append(Problem(name, "bad_cell_date", value=cell_text(value)))
        item[name] = parsed or ""

    def _code(self, name: str, vocabulary: str, text: str,
              problems: list[Problem]) -> str:
        code = self.lookup.code(vocabulary, text)
        if code is None:
            problems.append(Problem(name, "unknown_label", value=text,
                                    allowed=self.lookup.allowed(vocabulary)))
            return ""
        return code

    def _perpetrator(self, part: str, problems: list[Problem]) -> dict[str, Any]:
        """'KIND', 'KIND: NAME', 'state: BODY[: NAME]', or a state body alone."""
        pieces = [p.strip() for p in part.split(":", 2)]
        kind = self.lookup.code("perpetrator_kind", pieces[0])
        if kind is None and (body := self.lookup.code("state_body", pieces[0])) is not None:
            return {"kind": "state", "body": body, "name": ":".join(pieces[1:]).strip()}
        if kind is None:
            allowed = (f"{self.lookup.allowed('perpetrator_kind')}; "
                       f"{self.lookup.allowed('state_body')}")
            problems.append(Problem("perpetrators", "unknown_label",
                                        value=pieces[0], allowed=allowed))
            return {"kind": ""}
        if kind != "state":
            return {"kind": kind, "name": ":".join(pieces[1:]).strip()}
        body_text = pieces[1] if len(pieces) > 1 else ""
        body = self.lookup.code("state_body", body_text) if body_text else None
        if body_text and body is None:
            problems.append(Problem("perpetrators", "unknown_label", value=body_text,
                                    allowed=self.lookup.allowed("state_body")))
        return {"kind": kind, "body": body or "",
                "name": pieces[2] if len(pieces) > 2 else ""}

    def _victim(self, part: str, problems: list[Problem]) -> dict[str, Any]:
        """'ALIAS', 'ALIAS: GENDER', 'ALIAS: CATEGORY' or 'ALIAS: GENDER: CATEGORY'."""
        alias, *rest = [p.strip() for p in part.split(":")]
        victim: dict[str, Any] = {"alias": alias}
        for text in rest:
            gender = self.lookup.code("victim_gender", text)
            category = self.lookup.code("victim_category", text)
            if gender is not None and "gender" not in victim:
                victim["gender"] = gender
            elif category is not None and "category" not in victim:
                victim["category"] = category
            else:
                allowed = (f"{self.lookup.allowed('victim_gender')}; "
                           f"{self.lookup.allowed('victim_category')}")
                problems.append(Problem("victims", "unknown_label",
                                            value=text, allowed=allowed))
        return victim
