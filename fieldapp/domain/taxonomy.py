"""The controlled vocabulary (regions, sectors, threat types...).

Codes are stable interchange values; labels are translated. Each vault holds its vocabulary
(store/vocabulary.py), seeded from resources/taxonomy/*.json; the office extends it and sends
it to the observers signed, with a version (services/vocabulary.py). A code is retired, never
renamed or deleted.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from fieldapp.resources import resources_dir

LANGUAGES = ("en", "ru", "kk")

VOCABULARY_FILES = {
    "region": "regions.json",
    "sector": "sectors.json",
    "threat_block": "threat_blocks.json",
    "threat_type": "threat_types.json",
    "perpetrator_kind": "perpetrator_kinds.json",
    "state_body": "state_bodies.json",
    "victim_gender": "victim_genders.json",
    "victim_category": "victim_categories.json",
    "outcome": "outcomes.json",
    "legal_article": "legal_articles.json",
}


@dataclass(frozen=True)
class Term:
    code: str
    labels: dict[str, str]
    retired: bool = False
    reported_as: str | None = None
    block: str | None = None
    description: str | None = None

    def label(self, language: str) -> str:
        return self.labels.get(language) or self.labels["en"]


@dataclass(frozen=True)
class Vocabulary:
    name: str
    terms: tuple[Term, ...]
    _by_code: dict[str, Term] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._by_code.update({t.code: t for t in self.terms})

    def __contains__(self, code: object) -> bool:
        return code in self._by_code

    def get(self, code: str) -> Term:
        return self._by_code[code]

    def codes(self, include_retired: bool = True) -> list[str]:
        return [t.code for t in self.terms if include_retired or not t.retired]

    def label(self, code: str, language: str) -> str:
        term = self._by_code.get(code)
        return term.label(language) if term else code

    def reported_code(self, code: str) -> str:
        """The code a figure is reported under (a historical region maps to today's)."""
        term = self._by_code.get(code)
        return term.reported_as if term and term.reported_as else code

    def codes_reported_as(self, code: str) -> list[str]:
        """Every code whose records count under `code` (itself and its historical names)."""
        return [t.code for t in self.terms if t.code == code or t.reported_as == code]


@dataclass(frozen=True)
class Taxonomy:
    vocabularies: dict[str, Vocabulary]
    version: int = 0  # the vault's vocabulary version (0: the installed files)

    def __getitem__(self, name: str) -> Vocabulary:
        return self.vocabularies[name]

    def block_of(self, threat_type: str) -> str:
        block = self["threat_type"].get(threat_type).block
        if block is None:
            raise ValueError(f"threat type {threat_type} has no block")
        return block

    @classmethod
    def load(cls, directory: Path) -> Taxonomy:
        vocabularies = {}
        for name, filename in VOCABULARY_FILES.items():
            data = json.loads((directory / filename).read_text(encoding="utf-8"))
            terms = tuple(
                Term(
                    code=item["code"],
                    labels=dict(item["labels"]),
                    retired=bool(item.get("retired", False)),
                    reported_as=item.get("reported_as"),
                    block=item.get("block"),
                    description=item.get("description"),
                )
                for item in data["codes"]
            )
            vocabularies[name] = Vocabulary(name, terms)
        return cls(vocabularies)


def load_default() -> Taxonomy:
    return Taxonomy.load(resources_dir() / "taxonomy")
