"""The suppression engine on tables built to tempt recovery: after withholding, a reader who
knows every total and every shown cell still cannot work out a withheld count."""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence

from hypothesis import given, settings
from hypothesis import strategies as st

from fieldapp.reports.suppression import Line, line_problem, primary, withhold


def shown(cells: Mapping[Hashable, int], withheld: set[Hashable]) -> dict[Hashable, int | None]:
    """What a reader sees: every cell, None where withheld."""
    return {key: None if key in withheld else count for key, count in cells.items()}


def attack(seen: Mapping[Hashable, int | None], lines: Sequence[Line[Hashable]],
           totals: Mapping[Line[Hashable], int]) -> dict[Hashable, int]:
    """A reader's recovery, repeated until it learns nothing more: a line with one unknown
    gives it away; unknowns that must each be 1 (their sum equals their number) are pinned.
    `totals` gives the known sum of each line without a total cell."""
    known = {key: value for key, value in seen.items() if value is not None}
    recovered: dict[Hashable, int] = {}
    learnt = True
    while learnt:
        learnt = False
        for line in lines:
            total = totals[line] if line.total is None else known.get(line.total)
            unknown = [m for m in line.members if m not in known and seen.get(m, 0) is None]
            if line.total is not None and line.total not in known:
                if not unknown and line.total in seen:
                    value = sum(known.get(m, 0) for m in line.members)
                    known[line.total] = recovered[line.total] = value
                    learnt = True
                continue
            assert total is not None
            rest = total - sum(known.get(m, 0) for m in line.members if m in known)
            if len(unknown) == 1 or (unknown and rest == len(unknown)):
                for member in unknown:
                    value = rest if len(unknown) == 1 else 1
                    known[member] = recovered[member] = value
                learnt = True
    return recovered


def line_totals(cells: Mapping[Hashable, int],
                lines: Sequence[Line[Hashable]]) -> dict[Line[Hashable], int]:
    return {line: sum(cells.get(m, 0) for m in line.members) for line in lines}


def test_primary_cells_are_the_counts_from_one_to_k_minus_one() -> None:
    assert primary({"a": 0, "b": 1, "c": 2, "d": 3, "e": 40}, 3) == {"b", "c"}
    assert primary({"a": 1, "b": 2}, 1) == set()


def test_a_single_small_cell_under_a_known_total_takes_the_next_smallest_with_it() -> None:
    cells = {"almaty": 9, "astana": 4, "taraz": 1, "oral": 6}
    line = Line(("almaty", "astana", "taraz", "oral"))
    # Without a second cell, taraz = 20 - 9 - 4 - 6.
    assert attack(shown(cells, {"taraz"}), [line], line_totals(cells, [line])) == {"taraz": 1}
    withheld = withhold(cells, [line], 3)
    assert withheld == {"taraz", "astana"}
    assert shown(cells, withheld) == {"almaty": 9, "astana": None, "taraz": None, "oral": 6}
    assert attack(shown(cells, withheld), [line], line_totals(cells, [line])) == {}


def test_two_ones_under_a_known_total_are_pinned_so_a_third_cell_goes() -> None:
    cells = {"a": 1, "b": 1, "c": 7, "d": 12}
    line = Line(("a", "b", "c", "d"))
    # Two withheld cells that sum to 2 are both 1.
    assert attack(shown(cells, {"a", "b"}), [line], line_totals(cells, [line])) == {
        "a": 1, "b": 1}
    withheld = withhold(cells, [line], 3)
    assert withheld == {"a", "b", "c"}
    assert attack(shown(cells, withheld), [line], line_totals(cells, [line])) == {}


def test_withheld_cells_that_sum_below_k_take_another() -> None:
    # 1 + 2 = 3 is not below k = 4, but 1 + 2 < 4 with k = 4: the pair's sum would be
    # a published count below k.
    cells = {"a": 1, "b": 2, "c": 5, "d": 9}
    assert withhold(cells, [Line(("a", "b", "c", "d"))], 3) == {"a", "b"}
    assert withhold(cells, [Line(("a", "b", "c", "d"))], 4) == {"a", "b", "c"}


def test_a_line_with_no_cell_left_withholds_its_total_cell() -> None:
    line = Line(("man", "woman"), "persons")
    # One woman under persons 3: the man's 2 covers her.
    assert withhold({"persons": 3, "man": 2, "woman": 1}, [line], 2) == {"woman", "man"}
    # One man and one woman under persons 2: both withheld are pinned to 1 by the total, and
    # no member is left to take, so persons is withheld as well.
    ones = {"persons": 2, "man": 1, "woman": 1}
    assert attack(shown(ones, {"woman", "man"}), [line], {}) == {"woman": 1, "man": 1}
    assert withhold(ones, [line], 2) == {"woman", "man", "persons"}
    assert attack(shown(ones, {"woman", "man", "persons"}), [line], {}) == {}


def test_zeros_are_never_withheld_nor_used_to_cover_a_cell() -> None:
    cells = {"a": 1, "b": 0, "c": 0, "d": 8}
    assert withhold(cells, [Line(("a", "b", "c", "d"))], 3) == {"a", "d"}
    # A key a line names but the map lacks counts 0, and is left alone too.
    assert withhold({"a": 1, "d": 8}, [Line(("a", "b", "d"))], 3) == {"a", "d"}


def test_ties_go_to_the_first_key_in_order() -> None:
    cells = {"z": 5, "y": 5, "a": 1}
    assert withhold(cells, [Line(("z", "y", "a"))], 3) == {"a", "y"}
    assert withhold(cells, [Line(("z", "y", "a"))], 3) == withhold(
        dict(reversed(cells.items())), [Line(("a", "y", "z"))], 3)


def test_a_line_without_a_total_cell_that_cannot_be_fixed_is_left_as_it_is() -> None:
    # Every cell is already withheld: there is no other cell to take, and no total cell.
    assert withhold({"a": 1, "b": 1}, [Line(("a", "b"))], 3) == {"a", "b"}


# A 2-D table with its margins: regions by block, each row and each column a line.
ROWS = ("almaty", "astana", "taraz")
COLUMNS = ("criminal", "civil", "other")
TABLE = {("almaty", "criminal"): 2, ("almaty", "civil"): 6, ("almaty", "other"): 7,
         ("astana", "criminal"): 5, ("astana", "civil"): 11, ("astana", "other"): 9,
         ("taraz", "criminal"): 4, ("taraz", "civil"): 10, ("taraz", "other"): 12}


def two_way(table: Mapping[tuple[str, str], int], rows: Sequence[str],
            columns: Sequence[str]) -> tuple[dict[tuple[str, str], int], list[Line[Hashable]]]:
    """The table's cells with its margins ("", column), (row, "") and ("", ""), and its lines."""
    cells = dict(table)
    for row in rows:
        cells[(row, "")] = sum(table.get((row, c), 0) for c in columns)
    for column in columns:
        cells[("", column)] = sum(table.get((r, column), 0) for r in rows)
    cells[("", "")] = sum(table.values())
    lines: list[Line[Hashable]] = [
        Line(tuple((row, c) for c in columns), (row, "")) for row in rows]
    lines += [Line(tuple((r, column) for r in rows), ("", column)) for column in columns]
    lines.append(Line(tuple((row, "") for row in rows), ("", "")))
    lines.append(Line(tuple(("", column) for column in columns), ("", "")))
    return cells, lines


def test_a_two_way_table_withholds_a_rectangle_so_no_margin_gives_a_cell_away() -> None:
    cells, lines = two_way(TABLE, ROWS, COLUMNS)
    # Withholding the small cell alone: its row margin gives it away.
    assert attack(shown(cells, {("almaty", "criminal")}), lines, {}) == {
        ("almaty", "criminal"): 2}
    # Withholding a second cell in its row only: the columns give both away.
    row_only = {("almaty", "criminal"), ("almaty", "civil")}
    assert attack(shown(cells, row_only), lines, {}) == {
        ("almaty", "criminal"): 2, ("almaty", "civil"): 6}
    withheld = withhold(cells, lines, 3)
    assert withheld == {("almaty", "criminal"), ("almaty", "civil"),
                        ("taraz", "criminal"), ("taraz", "civil")}
    assert attack(shown(cells, withheld), lines, {}) == {}
    assert [line_problem(shown(cells, withheld), line, 3) for line in lines] == [None] * 8


def test_a_small_row_in_a_two_way_table_hides_its_margin_and_a_second_row() -> None:
    # A region with one threat: its margin is below k too. Another row covers it both in
    # the cell's column and in the column of row margins (a rectangle through the margins).
    table = {("almaty", "criminal"): 6, ("almaty", "civil"): 5,
             ("astana", "criminal"): 4, ("astana", "civil"): 7,
             ("taraz", "civil"): 1}
    cells, lines = two_way(table, ROWS, ("criminal", "civil"))
    withheld = withhold(cells, lines, 3)
    assert withheld == {("taraz", "civil"), ("taraz", ""), ("almaty", "civil"), ("almaty", "")}
    assert shown(cells, withheld) == {
        ("almaty", "criminal"): 6, ("almaty", "civil"): None,
        ("astana", "criminal"): 4, ("astana", "civil"): 7,
        ("taraz", "civil"): None,
        ("almaty", ""): None, ("astana", ""): 11, ("taraz", ""): None,
        ("", "criminal"): 10, ("", "civil"): 13, ("", ""): 23}
    assert attack(shown(cells, withheld), lines, {}) == {}


def test_line_problem_names_what_a_reader_could_work_out() -> None:
    line = Line(("a", "b", "c"), "total")
    assert line_problem({"a": None, "b": 4, "c": 5, "total": 10}, line, 3) == (
        "one withheld cell")
    assert line_problem({"a": None, "b": None, "c": 5, "total": 7}, line, 3) == (
        "withheld cells pinned (each must be 1)")
    assert line_problem({"a": None, "b": None, "c": 5, "total": 9}, line, 5) == (
        "withheld cells sum below k")
    assert line_problem({"a": None, "b": None, "c": 5, "total": 12}, line, 3) is None
    assert line_problem({"a": None, "b": 4, "c": 5, "total": None}, line, 3) is None
    assert line_problem({"a": 3, "b": 4, "c": 5, "total": None}, line, 3) == (
        "one withheld cell")


@st.composite
def tables(draw: st.DrawFn) -> tuple[dict[tuple[str, str], int], list[str], list[str]]:
    """Small two-way tables, mostly of small counts (the ones that tempt recovery)."""
    rows = [f"r{i}" for i in range(draw(st.integers(1, 4)))]
    columns = [f"c{j}" for j in range(draw(st.integers(1, 4)))]
    counts = st.one_of(st.integers(0, 3), st.integers(0, 30))
    table = {(r, c): n for r in rows for c in columns if (n := draw(counts))}
    return table, rows, columns


@settings(max_examples=300, deadline=None)
@given(tables(), st.integers(1, 5))
def test_no_withheld_cell_of_a_random_two_way_table_can_be_worked_out(
    drawn: tuple[dict[tuple[str, str], int], list[str], list[str]], k: int
) -> None:
    table, rows, columns = drawn
    cells, lines = two_way(table, rows, columns)
    withheld = withhold(cells, lines, k)
    seen = shown(cells, withheld)
    assert all(value is None or value == 0 or value >= k for value in seen.values())
    assert all(cells[key] > 0 for key in withheld)
    assert [line_problem(seen, line, k) for line in lines] == [None] * len(lines)
    assert attack(seen, lines, {}) == {}
