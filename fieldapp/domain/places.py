"""How the statistics tell localities and named companies apart: the same city or company
written in another case, script, spacing or punctuation, or with a designator ("г. Алматы",
"Almaty city"; "«Techno Trading» LTD LLP", "ТОО Techno Trading") counts as one, shown under
its most frequent spelling."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable

# Punctuation that does not change a name: quotes, dots, dashes, brackets, slashes, commas.
_PUNCTUATION = re.compile(r"[\"'`«»“”„‘’.,;:()\[\]/\\\-‐‑‒–—_]+")
# Cyrillic (Russian and Kazakh letters) written in Latin letters, so "Алматы" and "Almaty",
# "Отбасы банк" and "Otbasy Bank" fold alike, and a stray look-alike letter of the other
# script changes nothing.
_LATIN_OF = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya", "ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u",
    "һ": "h", "і": "i",
})

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


def _fold(text: str, designators: frozenset[str]) -> str:
    text = unicodedata.normalize("NFKC", text).casefold().replace("ё", "е")
    words = _PUNCTUATION.sub(" ", text).split()
    kept = [word for word in words if word not in designators] or words
    return " ".join(kept).translate(_LATIN_OF)


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
