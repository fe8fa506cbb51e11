"""A publication's own words: what a coordinator writes around the figures of a bulletin or
an annual report (issue 15). Kept encrypted in the vault as a named draft, with its period,
so next quarter's draft starts from this one. Nothing here comes from a record: highlights
are texts written for publication, never a record's description, aliases or a case's
reference.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from fieldapp.domain.taxonomy import LANGUAGES

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
           "MAX_TEXT", "SECTIONS", "Draft", "Highlight", "Texts"]
