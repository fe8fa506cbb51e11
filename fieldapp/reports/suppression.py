"""Statistical disclosure control: which counts a publication must withhold.

A publication shows no count below K, and must not let a reader work a withheld count out
from what it does show. Tables are described to the engine as *lines*: groups of cells whose
sum is published, or may be, as a total. The total may itself be a cell (a block's count
above its threat types, a year above its months, a row or column margin of a 2-D table), and
then it may be withheld in turn; a line without a total cell is assumed to have a known total
(conservatively: a reader may find it elsewhere).

The attacks this stops:

- **Single-line differencing.** A line with exactly one withheld cell gives it away: the
  total minus the shown cells. Every line that withholds anything withholds at least two.
- **The all-ones pin.** Two withheld cells under a known total of 2 (or n cells summing to
  n) must each be 1, since a withheld cell is never 0. The withheld cells of a line must sum
  to more than their number.
- **The small remainder.** The withheld cells of a line must together reach K, or their sum
  (a count below K about the same people) would be published in effect.

Lines are checked one at a time; the 2-D case is covered by the rows and columns each being
a line, so withheld cells come in rectangles. Bounds from solving many lines at once (linear
programming on the whole table) are not computed: this is the usual cell-suppression
heuristic, not an optimal or LP-audited pattern.

Every withheld cell is shown with one neutral mark whether it was withheld for being small
(primary) or to protect another (secondary), so a reader cannot tell which is which and so
cannot bound the secondary ones.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass
from typing import Generic, TypeVar

__all__ = ["Line", "line_problem", "primary", "withhold"]

CellKey = TypeVar("CellKey", bound=Hashable)


@dataclass(frozen=True)
class Line(Generic[CellKey]):
    """Cells whose sum is published (or may be): `members`, and the cell holding that sum,
    `total`, when the total is itself a cell (None: a total assumed known)."""

    members: tuple[CellKey, ...]
    total: CellKey | None = None


def primary(cells: Mapping[CellKey, int], k: int) -> set[CellKey]:
    """The cells too small to show: every count with 0 < n < k."""
    return {key for key, count in cells.items() if 0 < count < k}


def withhold(cells: Mapping[CellKey, int], lines: Iterable[Line[CellKey]],
             k: int) -> set[CellKey]:
    """The keys of `cells` a publication must withhold at threshold `k`.

    Primary: every count with 0 < n < k. Secondary, repeated until nothing changes: a line
    holding withheld cells must hold at least two of them; when its total is shown, their
    sum must reach k and be more than their number. A line is fixed by withholding its
    smallest remaining non-zero member (ties by key order), and, when no member is left,
    its total cell. Zeros are never withheld and never used to protect another cell. A key
    named by a line but absent from `cells` counts 0 (maps hold no zeros).

    A line without a total cell whose every count ends up withheld cannot be fixed and needs
    no fixing: nothing of it is shown to subtract, and its total is not published.
    """
    lines = [line for line in lines if any(cells.get(m, 0) for m in line.members)]
    withheld = primary(cells, k)
    changed = True
    while changed:
        changed = False
        for line in lines:
            while not _safe(cells, line, withheld, k):
                cell = _complement(cells, line, withheld)
                if cell is None:
                    break  # nothing left to withhold: a line without a total cell
                withheld.add(cell)
                changed = True
    return withheld


def line_problem(counts: Mapping[CellKey, int | None], line: Line[CellKey],
                 k: int) -> str | None:
    """Why a published line gives a withheld cell away, or None: what an auditor who sees
    only the published values (None: withheld) can check. Used by check_published."""
    cells = [counts.get(m, 0) for m in line.members]
    if not any(c is None or c for c in cells):
        return None
    hidden = [m for m in line.members if counts.get(m, 0) is None]
    total = None if line.total is None else counts.get(line.total, 0)
    total_hidden = line.total is not None and total is None
    count = len(hidden) + total_hidden
    if count == 0 or (line.total is None and len(hidden) == sum(1 for c in cells if c != 0)):
        return None  # no total and nothing shown: nothing to subtract from
    if count == 1:
        return "one withheld cell"
    if total is None or total_hidden:
        return None
    remainder = total - sum(c for c in cells if c is not None)
    if remainder <= len(hidden):
        return "withheld cells pinned (each must be 1)"
    if remainder < k:
        return "withheld cells sum below k"
    return None


def _safe(cells: Mapping[CellKey, int], line: Line[CellKey], withheld: set[CellKey],
          k: int) -> bool:
    hidden = [m for m in line.members if m in withheld]
    total_hidden = line.total is not None and line.total in withheld
    count = len(hidden) + total_hidden
    if count == 0:
        return True
    if count == 1:
        return False
    if total_hidden:
        return True  # the sum of the hidden members is not known to a reader
    hidden_sum = sum(cells.get(m, 0) for m in hidden)
    return hidden_sum >= k and hidden_sum > len(hidden)


def _complement(cells: Mapping[CellKey, int], line: Line[CellKey],
                withheld: set[CellKey]) -> CellKey | None:
    """The cell to withhold next to fix a line: its smallest shown non-zero member, else its
    total cell (when it has one, non-zero and shown), else None."""
    candidates = [m for m in dict.fromkeys(line.members)
                  if m not in withheld and cells.get(m, 0) > 0]
    if candidates:
        try:
            return min(candidates, key=lambda m: (cells[m], m))
        except TypeError:  # keys of mixed types: order them by their text
            return min(candidates, key=lambda m: (cells[m], repr(m)))
    if line.total is not None and line.total not in withheld and cells.get(line.total, 0) > 0:
        return line.total
    return None
