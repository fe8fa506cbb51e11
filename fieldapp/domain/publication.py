"""A publication's own words: what a coordinator writes around the figures of a bulletin or
an annual report (issue 15). Kept encrypted in the vault as a named draft, with its period,
so next quarter's draft starts from this one. Nothing here comes from a record: highlights
are texts written for publication, never a record's description, aliases or a case's
reference.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from fieldapp.domain.taxonomy import LANGUAGES
from fieldapp.errors import InvalidInput, Problem

#: The sections of a publication, in print order. Each may carry a comment per language;
#: "intro" is the introduction before the key figures. "by_year" is printed for a period
#: longer than six months; "highlights" holds the chosen case stories.
SECTIONS = ("intro", "key_figures", "by_month", "by_year", "sectors", "regions", "blocks",
            "sources", "persons", "cases", "articles", "highlights", "methodology")
#: What a period is: a quarter, a half-year, a year, or any run of whole months.
KINDS = ("quarter", "half", "year", "custom")

MAX_NAME = 80
MAX_TEXT = 8_000  # characters of one comment in one language
MAX_HIGHLIGHT_TITLE = 200
MAX_HIGHLIGHTS = 20
MAX_CASE_ID = 64

#: One text in each language (a language may be missing or empty: nothing is printed).
Texts = dict[str, str]


@dataclass(frozen=True)
class Highlight:
    """One anonymised case story. `case_id` only tells the coordinator which case it tells
    of; it is never printed."""

    title: Texts
    text: Texts
    case_id: str | None = None


@dataclass(frozen=True)
class Draft:
    """A named publication draft: its period (first and last month, YYYY-MM), its kind, the
    comment of each section in each language, and its highlights."""

    name: str
    period_from: str
    period_to: str
    kind: str
    texts: dict[str, Texts] = field(default_factory=dict)
    highlights: tuple[Highlight, ...] = ()

    def text(self, section: str, language: str) -> str:
        """The comment of a section in a language; "" when there is none."""
        return self.texts.get(section, {}).get(language, "")


__all__ = ["KINDS", "LANGUAGES", "MAX_HIGHLIGHTS", "MAX_HIGHLIGHT_TITLE", "MAX_NAME",
           "MAX_TEXT", "SECTIONS", "Draft", "Highlight", "Texts", "draft_from_json",
           "draft_to_json", "name_problems", "period_of"]

DRAFT_FIELDS = ("name", "period_from", "period_to", "kind", "texts", "highlights")
HIGHLIGHT_FIELDS = ("title", "text", "case_id")
_MONTH = re.compile(r"[0-9]{4}-(0[1-9]|1[0-2])")
# Control characters (a tab and a line break aside) have no place in a printed text.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
#: How many months each kind spans, and the months it may start on (None: any).
_SPANS: dict[str, tuple[int, tuple[int, ...]] | None] = {
    "quarter": (3, (1, 4, 7, 10)), "half": (6, (1, 7)), "year": (12, (1,)), "custom": None}


def period_of(kind: str, year: int, part: int = 1) -> tuple[str, str]:
    """The first and last month of quarter `part` (1-4), half `part` (1-2) or the year."""
    span = _SPANS[kind]
    if span is None:
        raise ValueError("a custom period has no parts")
    length, starts = span
    first = starts[part - 1]
    return f"{year:04d}-{first:02d}", f"{year:04d}-{first + length - 1:02d}"


def _months(text: str) -> int:
    return int(text[:4]) * 12 + int(text[5:7]) - 1


def draft_to_json(draft: Draft) -> dict[str, Any]:
    """The draft as plain JSON data, as it is kept in the vault and `draft show` prints it."""
    return {
        "name": draft.name, "period_from": draft.period_from, "period_to": draft.period_to,
        "kind": draft.kind,
        "texts": {section: {lang: text for lang, text in texts.items() if text}
                  for section, texts in draft.texts.items() if any(texts.values())},
        "highlights": [{"title": dict(h.title), "text": dict(h.text), "case_id": h.case_id}
                       for h in draft.highlights],
    }


def name_problems(name: Any, where: str = "name") -> list[Problem]:
    """A draft's name: text of 1 to MAX_NAME characters on one line."""
    if not isinstance(name, str):
        return [Problem(where, "not_text")]
    if not name.strip():
        return [Problem(where, "required")]
    if len(name) > MAX_NAME:
        return [Problem(where, "too_long", length=len(name), limit=MAX_NAME)]
    if _CONTROL.search(name) or "\n" in name or "\t" in name or name != name.strip():
        return [Problem(where, "bad_draft_name")]
    return []


def draft_from_json(data: Any) -> Draft:
    """A draft from JSON data read outside the vault (or from it): every field typed and
    bounded before use; InvalidInput names each field that is wrong."""
    if not isinstance(data, dict):
        raise InvalidInput([Problem("draft", "not_a_json_object")], subject="draft")
    problems = [Problem(key if isinstance(key, str) else "draft", "unknown_field",
                        allowed=", ".join(DRAFT_FIELDS)) for key in data if key not in DRAFT_FIELDS]
    for key in ("name", "period_from", "period_to", "kind"):
        if key not in data:
            problems.append(Problem(key, "required"))
    problems += name_problems(data.get("name", ""))
    problems += _period_problems(data)
    texts = _texts_by_section(data.get("texts", {}), problems)
    highlights = _highlights(data.get("highlights", []), problems)
    if problems:
        raise InvalidInput(problems, subject="draft")
    return Draft(data["name"], data["period_from"], data["period_to"], data["kind"], texts,
                 highlights)


def _period_problems(data: dict[str, Any]) -> list[Problem]:
    kind = data.get("kind")
    problems = []
    if kind is not None and kind not in KINDS:
        problems.append(Problem("kind", "unknown_code", value=str(kind)[:40],
                                allowed=", ".join(KINDS)))
    months = {}
    for key in ("period_from", "period_to"):
        value = data.get(key)
        if value is None:
            continue
        if not isinstance(value, str) or not _MONTH.fullmatch(value):
            problems.append(Problem(key, "bad_month", value=str(value)[:40]))
        else:
            months[key] = _months(value)
    if len(months) < 2:
        return problems
    first, last = months["period_from"], months["period_to"]
    if first > last:
        return [*problems, Problem("period_to", "draft_period_reversed")]
    span = _SPANS.get(kind) if isinstance(kind, str) else None
    if span is not None and (last - first + 1 != span[0] or first % 12 + 1 not in span[1]):
        problems.append(Problem("period_from", "period_not_kind", kind=kind))
    return problems


def _texts(value: Any, where: str, limit: int, problems: list[Problem]) -> Texts:
    """One text per language, each bounded."""
    if not isinstance(value, dict):
        problems.append(Problem(where, "not_an_object"))
        return {}
    texts: Texts = {}
    for lang, text in value.items():
        path = f"{where}.{lang}"
        if lang not in LANGUAGES:
            problems.append(Problem(where, "unknown_code", value=str(lang)[:40],
                                    allowed=", ".join(LANGUAGES)))
        elif not isinstance(text, str):
            problems.append(Problem(path, "not_text"))
        elif len(text) > limit:
            problems.append(Problem(path, "too_long", length=len(text), limit=limit))
        elif _CONTROL.search(text):
            problems.append(Problem(path, "bad_draft_text"))
        elif text:
            texts[lang] = text
    return texts


def _texts_by_section(value: Any, problems: list[Problem]) -> dict[str, Texts]:
    if not isinstance(value, dict):
        problems.append(Problem("texts", "not_an_object"))
        return {}
    by_section = {}
    for section, texts in value.items():
        if section not in SECTIONS:
            problems.append(Problem("texts", "unknown_code", value=str(section)[:40],
                                    allowed=", ".join(SECTIONS)))
            continue
        checked = _texts(texts, f"texts.{section}", MAX_TEXT, problems)
        if checked:
            by_section[section] = checked
    return by_section


def _highlights(value: Any, problems: list[Problem]) -> tuple[Highlight, ...]:
    if not isinstance(value, list):
        problems.append(Problem("highlights", "not_a_list"))
        return ()
    if len(value) > MAX_HIGHLIGHTS:
        problems.append(Problem("highlights", "too_many", count=len(value),
                                limit=MAX_HIGHLIGHTS))
        return ()
    made = []
    for n, item in enumerate(value):
        where = f"highlights[{n}]"
        if not isinstance(item, dict):
            problems.append(Problem(where, "not_an_object"))
            continue
        problems.extend(Problem(f"{where}.{key}" if isinstance(key, str) else where,
                                "unknown_field", allowed=", ".join(HIGHLIGHT_FIELDS))
                        for key in item if key not in HIGHLIGHT_FIELDS)
        title = _texts(item.get("title", {}), f"{where}.title", MAX_HIGHLIGHT_TITLE, problems)
        text = _texts(item.get("text", {}), f"{where}.text", MAX_TEXT, problems)
        case_id = item.get("case_id")
        if case_id is not None and (not isinstance(case_id, str)
                                    or not 0 < len(case_id) <= MAX_CASE_ID
                                    or _CONTROL.search(case_id)):
            problems.append(Problem(f"{where}.case_id", "not_a_case_id"))
            case_id = None
        made.append(Highlight(title, text, case_id))
    return tuple(made)
