"""The PDF bulletin: renders in each language, embeds its font, suppresses small cells, and
prints nothing but fixed texts, taxonomy labels, codes and counts (issue 5 items 3 and 6)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from fieldapp.domain.taxonomy import LANGUAGES, Taxonomy, load_default
from fieldapp.errors import InvalidInput
from fieldapp.reports.bulletin import BREAKDOWNS, write_bulletin
from fieldapp.reports.bulletin_text import BulletinText
from fieldapp.reports.cells import Cell, category_cells, format_count
from fieldapp.resources import resources_dir

# Not a code (capitals, spaces): it must never be printed, whichever map it hides in.
SENTINEL = "Zhanar SENTINEL-ALIAS 7731"
# Shaped like a code, but not in the taxonomy: printed as the code itself.
FUTURE_CODE = "future_code_x"

REPORT: dict[str, Any] = {
    "period": {"from": "2024-01-01", "to": "2024-06-30"},
    "threats": 131,
    "persons": 87,
    "resolved": 17,
    "by_month": {"2024-01": 31, "2024-02": 2, "2024-03": 44, "2024-05": 1, "2024-06": 67},
    "by_sector": {"land": 40, "information": 57, "banking": 11, "metallurgy": 2},
    "by_region": {"almaty": 46, "astana": 39, "mangystau": 27, "ulytau": 2, "abai": 17},
    "by_block": {"criminal": 64, "administrative": 41, "other": 26},
    "by_type": {"detention": 38, "criminal_charge": 26, "administrative_penalty": 41,
                "intimidation": 19, "surveillance": 2, FUTURE_CODE: 5},
    "by_perpetrator": {"state": 101, "company": 24, "unknown": 9, SENTINEL: 4},
    "by_state_body": {"police": 58, "court": 33, "akimat": 10},
    "by_gender": {"man": 53, "woman": 29, "legal_entity": 5},
    "by_outcome": {"release_from_custody": 9, "acquittal": 6, "equipment_returned": 2},
    "cases": 23,
    "recourses": 14,
    "recourses_by_type": {"release_from_custody": 6, "claim_rejected": 6,
                          "trade_union_registered": 2},
    "recourse_persons": 11,
    "by_legal_article": {"cc_274": 19, "cc_174": 7, "ac_488": 33, "cc_405": 2},
}
# The label of each cell of 2 (suppressed at K=3), by language.
SMALL_CELLS = {"by_region": "ulytau", "by_type": "surveillance", "by_sector": "metallurgy",
               "recourses_by_type": "trade_union_registered"}
VOCABULARY = {"by_region": "region", "by_type": "threat_type", "by_sector": "sector",
              "recourses_by_type": "outcome"}


def require(binary: str) -> None:
    if shutil.which(binary) is None:
        if os.environ.get("CI"):
            pytest.fail(f"{binary} (poppler-utils) is not installed")
        pytest.skip(f"{binary} (poppler-utils) is not installed here")


def pdftotext(pdf: Path, *options: str) -> str:
    require("pdftotext")
    result = subprocess.run(["pdftotext", "-enc", "UTF-8", *options, str(pdf), "-"],
                            capture_output=True, check=True, timeout=60)
    return result.stdout.decode("utf-8")


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def taxonomy() -> Taxonomy:
    return load_default()


@pytest.fixture(scope="module")
def bulletins(tmp_path_factory: pytest.TempPathFactory, taxonomy: Taxonomy) -> dict[str, Path]:
    directory = tmp_path_factory.mktemp("bulletins")
    paths = {}
    for language in LANGUAGES:
        paths[language] = directory / f"bulletin-{language}.pdf"
        write_bulletin(json.loads(json.dumps(REPORT)), paths[language], language, 3, taxonomy)
    return paths


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_bulletin_is_titled_and_dated_in_its_language(
    bulletins: dict[str, Path], language: str
) -> None:
    text = BulletinText.load(language)
    printed = flat(pdftotext(bulletins[language]))
    assert text("title") in printed
    assert text.date(date(2024, 6, 30)) in printed
    for other in LANGUAGES:
        if other != language:
            assert BulletinText.load(other)("title") not in printed


def test_kazakh_letters_survive_in_the_kazakh_bulletin(bulletins: dict[str, Path]) -> None:
    printed = pdftotext(bulletins["kk"])
    for letter in ("Қ", "ә", "ұ", "ө", "ү", "і", "ң", "ғ"):
        assert letter in printed, letter
    assert "Ұлытау облысы" in printed


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_methodology_names_every_counting_unit_and_the_rule(
    bulletins: dict[str, Path], language: str
) -> None:
    text = BulletinText.load(language)
    printed = flat(pdftotext(bulletins[language]))
    methodology = printed[printed.rindex(text("methodology")):]
    for unit in ("unit_threats", "unit_threat_months", "unit_threat_sectors", "unit_persons",
                 "unit_threat_articles", "unit_cases", "unit_recourses"):
        assert text.capitalised(unit) in methodology, unit
    for definition in ("meth_def_cases", "meth_def_recourses", "meth_def_threat_articles",
                       "meth_def_persons"):
        assert flat(text(definition)) in methodology, definition
    assert flat(text("meth_suppression", k=3)) in methodology


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_cell_of_two_is_shown_as_below_three_and_never_as_two(
    bulletins: dict[str, Path], language: str, taxonomy: Taxonomy
) -> None:
    lines = pdftotext(bulletins[language], "-layout").splitlines()
    assert any("<3" in line for line in lines)
    for key, code in SMALL_CELLS.items():
        label = taxonomy[VOCABULARY[key]].label(code, language)
        rows = [line for line in lines if label in line]
        # Once in its chart, once in its table; each time with "<3" and no bare "2".
        assert len(rows) >= 2, (label, rows)
        for row in rows:
            assert "<3" in row, row
            assert not re.search(r"(?<![\d<])2(?!\d)", row), row


@pytest.mark.parametrize("language", LANGUAGES)
def test_cases_recourses_and_legal_articles_are_in_the_bulletin_with_their_units(
    bulletins: dict[str, Path], language: str, taxonomy: Taxonomy
) -> None:
    text = BulletinText.load(language)
    title_page = flat(pdftotext(bulletins[language], "-f", "1", "-l", "1"))
    for key, count in (("kf_cases", "23"), ("kf_recourses", "14"),
                       ("kf_recourse_persons", "11")):
        assert text(key) in title_page and flat(text(key + "_note")) in title_page, key
        assert count in title_page.split(), key
    printed = flat(pdftotext(bulletins[language]))
    for key, unit in (("recourses_by_type", "unit_recourses"),
                      ("by_legal_article", "unit_threat_articles")):
        caption = text("caption", title=text(key), unit=text(unit))
        assert printed.count(caption) == 2, key  # a figure and a table
    articles = taxonomy["legal_article"]
    number = [b.key for b in BREAKDOWNS].index("by_legal_article") + 1
    tables = printed[printed.rindex(text("table", n=number, title="")):]
    # Labelled in the bulletin's language, largest first, each with its count.
    shown = [f"{articles.label(code, language)} {count}"
             for code, count in (("ac_488", 33), ("cc_274", 19), ("cc_174", 7))]
    assert [tables.index(row) for row in shown] == sorted(tables.index(row) for row in shown)


def test_a_period_without_recourses_says_so(tmp_path: Path, taxonomy: Taxonomy) -> None:
    pdf = tmp_path / "none.pdf"
    write_bulletin({**REPORT, "recourses": 0, "recourses_by_type": {}, "recourse_persons": 0},
                   pdf, "ru", 3, taxonomy)
    printed = flat(pdftotext(pdf))
    assert printed.count(BulletinText.load("ru")("no_recourses")) == 2


def test_the_threshold_is_the_one_asked_for(tmp_path: Path, taxonomy: Taxonomy) -> None:
    pdf = tmp_path / "k5.pdf"
    write_bulletin(REPORT, pdf, "en", 5, taxonomy)
    lines = pdftotext(pdf, "-layout").splitlines()
    hidden = [line for line in lines if "Surveillance" in line or "Unrecognised code" in line]
    # Surveillance in its chart and table; the perpetrator breakdown has a table only.
    assert len(hidden) == 3
    # The new breakdowns are suppressed alike: two trade unions registered, four... none.
    registered = [line for line in lines if "Registration of a trade union" in line]
    assert len(registered) == 2 and all("<5" in line for line in registered)
    assert all("<5" in row and not re.search(r"(?<![\d<])[24](?!\d)", row) for row in hidden)
    # A count of exactly K is published.
    assert any(re.search(r"Legal entity\s+5$", line) for line in lines)
    assert "any count below 5 is shown as “<5”" in flat("\n".join(lines))


def allowed_words(language: str, taxonomy: Taxonomy) -> set[str]:
    """Every word the bulletin may print: its fixed texts, the taxonomy, the report's codes."""
    strings = json.loads((resources_dir() / "bulletin" / "strings.json").read_text("utf-8"))
    sources = [json.dumps(strings[language], ensure_ascii=False)]
    sources += [term.label(language) for vocabulary in taxonomy.vocabularies.values()
                for term in vocabulary.terms]
    sources += [FUTURE_CODE]
    return {word.casefold() for source in sources for word in re.findall(r"\w+", source)}


@pytest.mark.parametrize("language", LANGUAGES)
def test_nothing_but_fixed_texts_labels_codes_and_counts_is_printed(
    bulletins: dict[str, Path], language: str, taxonomy: Taxonomy
) -> None:
    printed = pdftotext(bulletins[language])
    assert SENTINEL not in printed and "SENTINEL" not in printed.upper()
    assert FUTURE_CODE in printed  # an unknown code is shown as the code
    assert BulletinText.load(language)("unrecognised") in printed
    allowed = allowed_words(language, taxonomy)
    stray = {word for word in re.findall(r"\w+", printed)
             if not word.isdigit() and word.casefold() not in allowed}
    assert stray == set()


def test_the_pdf_embeds_dejavu_and_no_unembedded_standard_font(
    bulletins: dict[str, Path],
) -> None:
    for pdf in bulletins.values():
        data = pdf.read_bytes()
        assert b"DejaVuSans" in data
        assert b"/FontFile2" in data  # the TrueType program itself is in the file
        assert b"/Helvetica" not in data


def rendered_page(pdf: Path, page: int, out: Path) -> Image.Image:
    require("pdftoppm")
    prefix = out / f"{pdf.stem}-p{page}"
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", str(page), "-l", str(page),
                    "-singlefile", str(pdf), str(prefix)], check=True, timeout=60)
    png = prefix.with_suffix(".png")
    assert png.is_file() and png.stat().st_size > 0
    return Image.open(png).convert("RGB")


def share_of(image: Image.Image, pixel: Callable[[tuple[int, int, int]], bool]) -> float:
    raw = image.tobytes()
    pixels = [(raw[i], raw[i + 1], raw[i + 2]) for i in range(0, len(raw), 3)]
    return sum(1 for p in pixels if pixel(p)) / len(pixels)


def bar_blue(p: tuple[int, int, int]) -> bool:
    # The bars' #2f5d8a, with some slack for antialiasing.
    return abs(p[0] - 0x2F) < 24 and abs(p[1] - 0x5D) < 24 and abs(p[2] - 0x8A) < 24


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_title_page_and_the_chart_page_render_as_images(
    bulletins: dict[str, Path], language: str, tmp_path: Path
) -> None:
    text = BulletinText.load(language)
    assert flat(text("charts")) in flat(pdftotext(bulletins[language], "-f", "2", "-l", "2"))
    title = rendered_page(bulletins[language], 1, tmp_path)
    assert title.size[0] > 400 and title.size[1] > 600
    assert 0.005 < share_of(title, lambda p: sum(p) < 600) < 0.5  # ink, but not a black page
    charts = rendered_page(bulletins[language], 2, tmp_path)
    assert share_of(charts, bar_blue) > 0.02  # the bars are drawn


def test_cells_hide_small_counts_and_order_them_by_label_only() -> None:
    labels = {"a": "Alpha", "b": "Beta", "c": "Gamma", "d": "Delta"}
    cells = category_cells({"a": 2, "b": 1, "c": 10, "d": 0, "x": 7, "Not A Code": 4},
                           "by_x", labels.get, "Unrecognised code", 3)
    assert cells == [
        Cell("Gamma", 10), Cell("x", 7), Cell("Unrecognised code", 4),
        Cell("Alpha", None), Cell("Beta", None),
    ]
    swapped = category_cells({"a": 1, "b": 2}, "by_x", labels.get, "?", 3)
    assert swapped == [Cell("Alpha", None), Cell("Beta", None)]
    assert format_count(None, 3, "en") == "<3"
    assert format_count(3415, 3, "en") == "3,415"
    assert format_count(3415, 3, "kk") == "3\u00a0415"


def test_bad_input_is_refused(tmp_path: Path, taxonomy: Taxonomy) -> None:
    with pytest.raises(ValueError, match="written in"):
        write_bulletin(REPORT, tmp_path / "x.pdf", "de", 3, taxonomy)
    with pytest.raises(InvalidInput) as caught:
        write_bulletin(REPORT, tmp_path / "x.pdf", "en", 0, taxonomy)
    assert [(p.field, p.code, p.params) for p in caught.value.problems] == [
        ("min_cell", "min_cell_too_small", {"minimum": 1})]
    with pytest.raises(ValueError, match="counts"):
        write_bulletin({**REPORT, "by_region": {"astana": "many"}}, tmp_path / "x.pdf", "en",
                       3, taxonomy)
    with pytest.raises(ValueError, match="by_gender"):
        write_bulletin({k: v for k, v in REPORT.items() if k != "by_gender"},
                       tmp_path / "x.pdf", "en", 3, taxonomy)


def test_every_language_has_every_fixed_text() -> None:
    strings = json.loads((resources_dir() / "bulletin" / "strings.json").read_text("utf-8"))
    keys = set(strings["en"])
    for language in LANGUAGES:
        assert set(strings[language]) == keys, language
        assert all(strings[language][key] for key in keys)
