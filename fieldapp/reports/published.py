"""The published form of a report's figures: what `report --json --publish`, the PDF, the DOCX
and the CSV tables show, with no count below K and none that can be worked out.

`publish_report` runs the suppression engine (reports/suppression.py) over every figure at
once, with the report's lines: each map sums to a total a reader may know; threat types sum
to their block, months to their year; the breakdowns of threats, persons, resolved threats
and recourses sum to those scalars. A withheld count is None (JSON null). Named localities
and companies below K are left out entirely, since their names alone are sensitive.
`check_published` audits a published dict from its values alone, for the tests and for the
renderers' tests.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any

from fieldapp.domain.taxonomy import Taxonomy, load_default
from fieldapp.errors import InvalidInput, Problem
from fieldapp.reports.suppression import Line, line_problem, withhold

__all__ = ["CHANGE_KEYS", "DROPPED_MAPS", "PUBLISHED_MAPS", "PUBLISHED_SCALARS",
           "check_published", "publish_report"]

PUBLISHED_SCALARS = ("threats", "persons", "resolved", "cases", "recourses",
                     "recourse_persons")
PUBLISHED_MAPS = ("by_month", "by_year", "by_sector", "by_region", "by_locality", "by_block",
                  "by_type", "by_perpetrator", "by_state_body", "by_company", "by_gender",
                  "by_category", "persons_by_sector", "persons_by_region", "by_outcome",
                  "recourses_by_type", "by_legal_article")
# Maps whose keys are names people wrote (cities, companies): a small one is left out.
DROPPED_MAPS = ("by_locality", "by_company")
# The scalar each breakdown sums to (the other maps sum to a total assumed known).
MAP_TOTALS = {"by_region": "threats", "by_block": "threats", "by_type": "threats",
              "by_gender": "persons", "by_category": "persons", "by_outcome": "resolved",
              "recourses_by_type": "recourses"}
CHANGE_KEYS = ("threats", "persons", "cases", "recourses")
_STRUCTURE = ("period", "previous", "change", "min_cell")

Key = tuple[str, str]  # (figure, map key); a scalar's map key is ""


def publish_report(figures: Mapping[str, Any], k: int, taxonomy: Taxonomy) -> dict[str, Any]:
    """The published form of `figures` (a `report --json` dict) at threshold `k`: the same
    keys plus "min_cell"; withheld counts None; localities and companies below k left out;
    "previous" published the same way; a "change" None unless both sides are shown and the
    previous is not 0. A count map or count not known here is published under its own total
    (assumed known); any other unknown entry is left out."""
    if isinstance(k, bool) or not isinstance(k, int) or k < 1:
        raise InvalidInput([Problem("min_cell", "min_cell_too_small", minimum=1)])
    published = _publish_period(figures, k, taxonomy)
    if "previous" in figures:
        previous = figures["previous"]
        if not isinstance(previous, Mapping):
            raise ValueError("report previous must be an object")
        published["previous"] = _publish_period(previous, k, taxonomy)
    if "change" in figures:
        published["change"] = _change(figures, published)
    published["min_cell"] = k
    return published


def _publish_period(figures: Mapping[str, Any], k: int, taxonomy: Taxonomy) -> dict[str, Any]:
    """One period's figures published (everything but previous, change and min_cell)."""
    cells = _cells(figures)
    hidden = withhold(cells, _lines(figures, taxonomy), k)
    published: dict[str, Any] = {}
    for name, value in figures.items():
        if name == "period":
            published[name] = _period(value)
        elif name in _STRUCTURE:
            continue
        elif isinstance(value, Mapping):
            published[name] = {
                key: None if (name, key) in hidden else cells[(name, key)]
                for key in value
                if name not in DROPPED_MAPS or cells[(name, key)] >= k}
        elif (name, "") in cells:
            published[name] = None if (name, "") in hidden else cells[(name, "")]
    return published


def _period(value: Any) -> dict[str, str | None]:
    """The period, checked: its two bounds, each an ISO date or None."""
    if not isinstance(value, Mapping):
        raise ValueError("report period must be an object")
    bounds = {"from": value.get("from"), "to": value.get("to")}
    if any(b is not None and not (isinstance(b, str) and len(b) == 10) for b in bounds.values()):
        raise ValueError("report period bounds must be ISO dates or null")
    return bounds


def _cells(figures: Mapping[str, Any]) -> dict[Key, int]:
    """Every count of one period, checked, keyed (figure, map key); unknown non-count
    entries are skipped (never published)."""
    cells: dict[Key, int] = {}
    for name, value in figures.items():
        if name in _STRUCTURE:
            continue
        if isinstance(value, Mapping):
            for key, count in value.items():
                if not isinstance(key, str):
                    raise ValueError(f"report {name} keys must be text")
                cells[(name, key)] = _count_of(count, name)
        elif name in PUBLISHED_SCALARS or (isinstance(value, int)
                                           and not isinstance(value, bool)):
            cells[(name, "")] = _count_of(value, name)
    return cells


def _lines(figures: Mapping[str, Any], taxonomy: Taxonomy) -> list[Line[Key]]:
    """The lines of one period's figures (raw or published): each map over its total, types
    within their block, months within their year."""
    maps = {name: [(name, key) for key in value] for name, value in figures.items()
            if isinstance(value, Mapping) and name not in _STRUCTURE}
    lines: list[Line[Key]] = []
    # The hierarchies first: a block's types protected within the block need no other.
    if "by_block" in maps:
        lines += _nested(maps.get("by_type", []), "by_block", lambda t: _block(taxonomy, t))
    if "by_year" in maps:
        lines += _nested(maps.get("by_month", []), "by_year", lambda m: m[:4])
    for name, keys in maps.items():
        if name in DROPPED_MAPS:
            continue
        total = MAP_TOTALS.get(name, "")
        # A total the figures hold is a cell (shown or withheld); one they lack is assumed
        # known all the same.
        is_cell = total in figures and not isinstance(figures[total], Mapping)
        lines.append(Line(tuple(keys), (total, "") if is_cell else None))
    return lines


def _nested(keys: list[Key], parent: str,
            parent_of: Callable[[str], str | None]) -> Iterator[Line[Key]]:
    """A line per parent cell: the children under it (types in a block, months in a year)."""
    groups: dict[str, list[Key]] = {}
    for key in keys:
        group = parent_of(key[1])
        if group:
            groups.setdefault(group, []).append(key)
    for group, children in groups.items():
        yield Line(tuple(children), (parent, group))


def _block(taxonomy: Taxonomy, threat_type: str) -> str | None:
    """A threat type's block, or None when the taxonomy does not know it (it then belongs
    to no block's line)."""
    vocabulary = taxonomy["threat_type"]
    return vocabulary.get(threat_type).block if threat_type in vocabulary else None


def _change(figures: Mapping[str, Any], published: Mapping[str, Any]) -> dict[str, Any]:
    """The published ratios: None unless both periods show the count and the previous is
    not 0 (a ratio with one side withheld would give that side away)."""
    raw = figures["change"]
    previous = published.get("previous", {})
    change: dict[str, Any] = {}
    for name in raw:
        now, before = published.get(name), previous.get(name)
        if now is None or before is None or before == 0:
            change[name] = None
        else:
            given = raw[name]
            valid = isinstance(given, (int, float)) and not isinstance(given, bool)
            change[name] = given if valid else now / before
    return change


def check_published(published: Mapping[str, Any], k: int,
                    taxonomy: Taxonomy | None = None) -> list[str]:
    """What is wrong with a published dict at threshold `k`, judged from its values alone
    (empty: nothing): a count shown below k; a locality or company masked instead of left
    out; a line (as publish_report draws them) with exactly one withheld cell, or whose
    withheld cells are pinned by a shown total or sum below k; a change shown beside a
    withheld count. `taxonomy` places threat types in blocks (default: the installed one)."""
    taxonomy = taxonomy or load_default()
    found = [] if published.get("min_cell") == k else [f"min_cell is not {k}"]
    found += _audit_period(published, k, taxonomy, "")
    previous = published.get("previous")
    if isinstance(previous, Mapping):
        found += _audit_period(previous, k, taxonomy, "previous.")
    for name, ratio in (published.get("change") or {}).items():
        before = previous.get(name) if isinstance(previous, Mapping) else None
        if ratio is not None and (published.get(name) is None or before is None):
            found.append(f"change.{name} is shown beside a withheld count")
    return found


def _audit_period(figures: Mapping[str, Any], k: int, taxonomy: Taxonomy,
                  where: str) -> list[str]:
    found: list[str] = []
    values: dict[Key, int | None] = {}
    for name, value in figures.items():
        if name in _STRUCTURE:
            continue
        entries = value.items() if isinstance(value, Mapping) else [("", value)]
        for key, count in entries:
            label = f"{where}{name}" + (f"[{key}]" if key else "")
            if count is None and name in DROPPED_MAPS:
                found.append(f"{label} is masked, not left out")
            elif count is not None and (not isinstance(count, int) or 0 < count < k):
                found.append(f"{label} = {count!r} is shown below {k}")
            values[(name, key)] = count
    for line in _lines(figures, taxonomy):
        problem = line_problem(values, line, k)
        if problem:
            found.append(f"{where}{_describe(line)}: {problem}")
    return found


def _describe(line: Line) -> str:
    figures = sorted({str(member[0]) for member in line.members if isinstance(member, tuple)})
    total = line.total
    under = f" under {total[0]}" + (f"[{total[1]}]" if total[1] else "") if isinstance(
        total, tuple) else ""
    return "+".join(figures) + under


def _count_of(value: Any, where: str) -> int:
    """A report count, checked: a non-negative integer (bool is not a count)."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"report {where} must hold non-negative integer counts")
    return value
