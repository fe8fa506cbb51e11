"""The published figures (`report --json --publish`, and all the PDF, DOCX and CSV see): each
test builds figures by hand to tempt recovery and writes the published form out in full."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fieldapp.domain.taxonomy import Taxonomy, Term, Vocabulary, load_default
from fieldapp.errors import InvalidInput
from fieldapp.reports.published import check_published, publish_report

TAXONOMY = load_default()
QUARTER = {"from": "2024-01-01", "to": "2024-03-31"}


def test_a_type_is_hidden_within_its_block_not_only_within_all_threats() -> None:
    figures = {"period": QUARTER, "threats": 20,
               "by_block": {"criminal": 12, "other": 8},
               "by_type": {"detention": 10, "search": 2, "harassment": 5, "intimidation": 3}}
    # Covering "search" with the smallest type overall (intimidation) would leave it
    # alone in its block: search = criminal 12 - detention 10.
    naive = {**figures, "min_cell": 3,
             "by_type": {"detention": 10, "search": None, "harassment": 5,
                         "intimidation": None}}
    assert check_published(naive, 3) == [
        "by_type under by_block[criminal]: one withheld cell",
        "by_type under by_block[other]: one withheld cell"]
    published = publish_report(figures, 3, TAXONOMY)
    assert published == {
        "period": QUARTER, "threats": 20,
        "by_block": {"criminal": 12, "other": 8},
        "by_type": {"detention": None, "search": None, "harassment": 5, "intimidation": 3},
        "min_cell": 3}
    assert check_published(published, 3) == []


def test_a_small_block_takes_another_block_and_its_types_stay_covered() -> None:
    figures = {"period": QUARTER, "threats": 11,
               "by_block": {"civil": 2, "criminal": 4, "other": 5},
               "by_type": {"lawsuit": 2, "detention": 4, "harassment": 5}}
    published = publish_report(figures, 3, TAXONOMY)
    # civil (2) and its one type go; the block line then needs criminal, whose lone type
    # detention goes with it; by_type, under threats, then holds lawsuit and detention.
    assert published == {
        "period": QUARTER, "threats": 11,
        "by_block": {"civil": None, "criminal": None, "other": 5},
        "by_type": {"lawsuit": None, "detention": None, "harassment": 5},
        "min_cell": 3}
    assert check_published(published, 3) == []


def test_a_month_is_hidden_within_its_year() -> None:
    figures = {"period": {"from": "2023-11-01", "to": "2024-02-29"},
               "by_month": {"2023-11": 4, "2023-12": 3, "2024-01": 1, "2024-02": 8},
               "by_year": {"2023": 7, "2024": 9}}
    published = publish_report(figures, 3, TAXONOMY)
    # January alone would be 2024's 9 - February's 8.
    assert published == {
        "period": {"from": "2023-11-01", "to": "2024-02-29"},
        "by_month": {"2023-11": 4, "2023-12": 3, "2024-01": None, "2024-02": None},
        "by_year": {"2023": 7, "2024": 9},
        "min_cell": 3}
    assert check_published(published, 3) == []


def test_a_small_year_hides_its_months_and_another_year() -> None:
    figures = {"period": {"from": None, "to": None},
               "by_month": {"2022-06": 6, "2023-05": 9, "2024-01": 1, "2024-02": 1},
               "by_year": {"2022": 6, "2023": 9, "2024": 2}}
    published = publish_report(figures, 3, TAXONOMY)
    # 2024 (2) and its months are below 3; the months line (a known total of 17) would pin
    # the two 1s, so 2022-06 goes; its year would then be alone in the years line, and
    # 2022's 6 is also the smallest year left to cover 2024.
    assert published == {
        "period": {"from": None, "to": None},
        "by_month": {"2022-06": None, "2023-05": 9, "2024-01": None, "2024-02": None},
        "by_year": {"2022": None, "2023": 9, "2024": None},
        "min_cell": 3}
    assert check_published(published, 3) == []


def test_small_scalars_are_withheld_and_so_is_every_change_beside_them() -> None:
    figures = {
        "period": QUARTER, "threats": 12, "persons": 2, "resolved": 0, "cases": 4,
        "recourses": 1, "recourse_persons": 1, "by_gender": {"woman": 2},
        "previous": {"period": {"from": "2023-10-01", "to": "2023-12-31"}, "threats": 4,
                     "persons": 5, "resolved": 0, "cases": 0, "recourses": 3,
                     "recourse_persons": 3, "by_gender": {"man": 3, "woman": 2}},
        "change": {"threats": 3.0, "persons": 0.4, "cases": None, "recourses": 0.3333},
    }
    published = publish_report(figures, 3, TAXONOMY)
    assert published == {
        "period": QUARTER, "threats": 12, "persons": None, "resolved": 0, "cases": 4,
        "recourses": None, "recourse_persons": None, "by_gender": {"woman": None},
        # Last quarter's two women would be persons 5 - men 3: both genders go.
        "previous": {"period": {"from": "2023-10-01", "to": "2023-12-31"}, "threats": 4,
                     "persons": 5, "resolved": 0, "cases": 0, "recourses": 3,
                     "recourse_persons": 3, "by_gender": {"man": None, "woman": None}},
        # persons 0.4 and recourses 0.33 would give 2 and 1 away; cases had none before.
        "change": {"threats": 3.0, "persons": None, "cases": None, "recourses": None},
        "min_cell": 3}
    assert check_published(published, 3) == []
    leaky = {**published, "change": {**published["change"], "persons": 0.4}}
    assert check_published(leaky, 3) == ["change.persons is shown beside a withheld count"]


def test_a_change_is_worked_out_when_the_figures_carry_none() -> None:
    figures = {"period": QUARTER, "threats": 9,
               "previous": {"period": QUARTER, "threats": 6}, "change": {"threats": None}}
    assert publish_report(figures, 3, TAXONOMY)["change"] == {"threats": 1.5}


def test_localities_and_companies_below_k_are_left_out_not_masked() -> None:
    figures = {"period": QUARTER, "threats": 9,
               "by_locality": {"Almaty": 5, "Oral": 1, "Taraz": 2, "Шымкент": 3},
               "by_company": {"Kaz Bank": 1, "Oil Construction Company": 3}}
    published = publish_report(figures, 3, TAXONOMY)
    assert published == {"period": QUARTER, "threats": 9,
                         "by_locality": {"Almaty": 5, "Шымкент": 3},
                         "by_company": {"Oil Construction Company": 3}, "min_cell": 3}
    assert check_published(published, 3) == []
    masked = {**published, "by_locality": {"Almaty": 5, "Oral": None}}
    assert check_published(masked, 3) == ["by_locality[Oral] is masked, not left out"]


def test_at_k_one_nothing_is_withheld() -> None:
    figures = {"period": QUARTER, "threats": 2, "by_region": {"almaty": 1, "astana": 1},
               "by_locality": {"Almaty": 1}}
    assert publish_report(figures, 1, TAXONOMY) == {**figures, "min_cell": 1}


def test_a_figure_not_known_here_is_still_suppressed_and_text_is_left_out() -> None:
    # A figure added to the report later is published under its own total, never raw.
    figures = {"period": QUARTER, "threats": 9, "detainees": 2, "note": "not a count",
               "by_court": {"almaty_city": 1, "astana_city": 4, "taraz_city": 6}}
    assert publish_report(figures, 3, TAXONOMY) == {
        "period": QUARTER, "threats": 9, "detainees": None,
        "by_court": {"almaty_city": None, "astana_city": None, "taraz_city": 6},
        "min_cell": 3}


@pytest.mark.parametrize("k", [0, -3, True, "3", 2.5])
def test_a_threshold_below_one_is_refused_with_its_code(k: Any) -> None:
    with pytest.raises(InvalidInput) as raised:
        publish_report({"period": QUARTER, "threats": 1}, k, TAXONOMY)
    [problem] = raised.value.problems
    assert (problem.field, problem.code, problem.params) == (
        "min_cell", "min_cell_too_small", {"minimum": 1})


@pytest.mark.parametrize("figures", [
    {"period": QUARTER, "threats": -1},
    {"period": QUARTER, "threats": 1.5},
    {"period": QUARTER, "by_region": {"almaty": "3"}},
    {"period": QUARTER, "by_region": {"almaty": True}},
])
def test_counts_that_are_not_counts_are_refused(figures: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match="non-negative integer"):
        publish_report(figures, 3, TAXONOMY)


def test_the_auditor_finds_small_cells_lone_withheld_cells_and_pins() -> None:
    published = {"period": QUARTER, "min_cell": 3, "threats": 10, "persons": 7,
                 "by_region": {"almaty": 2, "astana": 8},
                 "by_gender": {"man": None, "woman": None, "unknown": 5},
                 "by_sector": {"land": None, "media": 4}}
    assert check_published(published, 3) == [
        "by_region[almaty] = 2 is shown below 3",
        "by_gender under persons: withheld cells pinned (each must be 1)",
        "by_sector: one withheld cell"]
    assert check_published(published, 4)[0] == "min_cell is not 4"


# Random figures, consistent as a report's are: threats by type, block, region and month;
# persons by gender; resolved by outcome.
TYPES = [("detention", "criminal"), ("search", "criminal"), ("extremist_list",
          "criminal_executive"), ("forewarning", "administrative"), ("lawsuit", "civil"),
         ("harassment", "other"), ("intimidation", "other")]
REGIONS = ["almaty", "astana", "jambyl"]
MONTHS = ["2023-11", "2023-12", "2024-01", "2024-02"]


def tally(values: list[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for value in values:
        counts[value] = counts.get(value, 0) + 1
    return dict(sorted(counts.items()))


@st.composite
def periods(draw: st.DrawFn) -> dict[str, Any]:
    threats = draw(st.lists(st.tuples(st.sampled_from(TYPES), st.sampled_from(REGIONS),
                                      st.sampled_from(MONTHS)), max_size=30))
    genders = draw(st.lists(st.sampled_from(["man", "woman", "unknown"]), max_size=15))
    outcomes = draw(st.lists(st.sampled_from(["acquittal", "amnesty", "parole"]),
                             max_size=8))
    cities = draw(st.lists(st.sampled_from(["Almaty", "Taraz", "Oral"]), max_size=10))
    return {
        "period": QUARTER, "threats": len(threats), "persons": len(genders),
        "resolved": len(outcomes), "cases": draw(st.integers(0, 6)),
        "by_month": tally([month for _, _, month in threats]),
        "by_year": tally([month[:4] for _, _, month in threats]),
        "by_region": tally([region for _, region, _ in threats]),
        "by_block": tally([block for (_, block), _, _ in threats]),
        "by_type": tally([code for (code, _), _, _ in threats]),
        "by_gender": tally(genders), "by_outcome": tally(outcomes),
        "by_sector": draw(st.dictionaries(st.sampled_from(["land", "media", "oil"]),
                                          st.integers(1, 9))),
        "by_locality": tally(cities),
    }


@settings(max_examples=150, deadline=None)
@given(periods(), periods(), st.integers(1, 5))
def test_the_auditor_finds_nothing_in_any_published_report(
    figures: dict[str, Any], previous: dict[str, Any], k: int
) -> None:
    figures = {**figures, "previous": previous,
               "change": {"threats": figures["threats"] / previous["threats"]
                          if previous["threats"] else None}}
    published = publish_report(figures, k, TAXONOMY)
    assert check_published(published, k, TAXONOMY) == []
    assert set(published) == {*figures, "min_cell"}
    for name, value in figures.items():
        if isinstance(value, dict) and name not in ("period", "previous", "change"):
            # What is shown is the true count; only localities are ever left out.
            shown = published[name]
            assert all(shown[key] in (None, count) for key, count in value.items()
                       if key in shown)
            assert name == "by_locality" or set(shown) == set(value)


def with_type(taxonomy: Taxonomy, code: str, block: str) -> Taxonomy:
    """The taxonomy with one more threat type, as an office extends its vault's."""
    types = taxonomy["threat_type"]
    term = Term(code, {"en": code}, block=block)
    return Taxonomy({**taxonomy.vocabularies,
                     "threat_type": Vocabulary("threat_type", (*types.terms, term))})


def test_a_type_the_vault_added_is_hidden_within_its_own_block() -> None:
    vault = with_type(TAXONOMY, "sit_in_dispersed", "administrative")
    figures = {"period": QUARTER, "threats": 18,
               "by_block": {"administrative": 9, "other": 9},
               "by_type": {"forewarning": 7, "sit_in_dispersed": 2, "harassment": 5,
                           "intimidation": 4}}
    published = publish_report(figures, 3, vault)
    assert published == {
        "period": QUARTER, "threats": 18,
        "by_block": {"administrative": 9, "other": 9},
        "by_type": {"forewarning": None, "sit_in_dispersed": None, "harassment": 5,
                    "intimidation": 4},
        "min_cell": 3}
    assert check_published(published, 3, vault) == []
    # Published with a taxonomy that does not know the type, its block gives it away.
    blind = publish_report(figures, 3, TAXONOMY)
    assert blind["by_type"] == {"forewarning": 7, "sit_in_dispersed": None,
                                "harassment": None, "intimidation": None}
    assert check_published(blind, 3, vault) == [
        "by_type under by_block[administrative]: one withheld cell"]
