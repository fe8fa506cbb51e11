"""How the statistics tell localities and named companies apart: the same city or company
written in another case, spacing, punctuation or with a designator ("г. Алматы", "Almaty
city"; "«Techno Trading» LTD LLP") counts as one, shown under its most frequent spelling."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable

# Punctuation that does not change a name: quotes, dots, dashes, brackets, slashes, commas.
_PUNCTUATION = re.compile(r"[\"'`«»“”„‘’.,;:()\[\]/\\\-‐‑‒–—_]+")
# Latin letters drawn like Cyrillic ones: a word written mostly in Cyrillic with a stray
# Latin look-alike ("Aлматы" typed with a Latin A) is the same word.
_LOOK_ALIKES = str.maketrans("aceopxykmhtb", "асеорхукмнтв")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[a-z]")

# Words that say what kind of place a name is, not which (en, ru, kk; as folded).
PLACE_WORDS = frozenset({
    "city", "of", "town", "village", "district", "region", "oblast",
    "г", "гор", "город", "с", "село", "п", "пос", "поселок", "пгт", "район", "обл", "область",
    "қ", "қала", "қаласы", "ауыл", "ауылы", "аудан", "ауданы", "кент", "кенті",
})
# Legal forms of a company (en, ru, kk; as folded, dots removed).
COMPANY_WORDS = frozenset({
    "llp", "llc", "ltd", "jsc", "plc", "inc", "corp", "bv", "gmbh", "co", "ojsc",
    "тоо", "ао", "оао", "зао", "пао", "ооо", "ип", "жшс", "ақ", "жк",
})


def _words(text: str) -> list[str]:
    text = unicodedata.normalize("NFKC", text).casefold().replace("ё", "е")
    words = _PUNCTUATION.sub(" ", text).split()
    return [_cyrillic_look_alikes(word) for word in words]


def _cyrillic_look_alikes(word: str) -> str:
    if _CYRILLIC.search(word) and _LATIN.search(word):
        return word.translate(_LOOK_ALIKES)
    return word


def _fold(text: str, designators: frozenset[str]) -> str:
    words = _words(text)
    kept = [word for word in words if word not in designators]
    return " ".join(kept or words)


def fold_place(name: str) -> str:
    """The key a locality is counted under; "" for a blank one."""
    return _fold(name, PLACE_WORDS)


def fold_company(name: str) -> str:
    """The key a named company or bank is counted under; "" for a blank one. Dots go
    without a space, so "B.V." is the legal form "bv"."""
    return _fold(name.replace(".", ""), COMPANY_WORDS)


def as_written(name: str) -> str:
    """A name as the record wrote it, its spacing tidied (what a publication prints)."""
    return " ".join(str(name).split())


def shown_names(spellings: Iterable[tuple[str, str, int]]) -> dict[str, str]:
    """Each key's most frequent spelling (ties: the first in sorted order), from
    (key, spelling, count) triples."""
    counts: Counter[tuple[str, str]] = Counter()
    for key, spelling, n in spellings:
        counts[key, spelling] += n
    best: dict[str, tuple[int, str]] = {}
    for (key, spelling), n in counts.items():
        current = best.get(key)
        if current is None or (-n, spelling) < (-current[0], current[1]):
            best[key] = (n, spelling)
    return {key: spelling for key, (_, spelling) in best.items()}
