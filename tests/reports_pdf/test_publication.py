"""The publications (issue 15): the PDF and the DOCX of a published quarter and year, in each
language, read back as a reader would (pdftotext, python-docx): figures present, withheld
cells as x, the period named, the comparison worded, the coordinator's texts present, and no
alias, description, source or case reference anywhere."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from typing import Any

import docx
import pytest

from fieldapp.domain.taxonomy import LANGUAGES, Taxonomy, load_default
from fieldapp.reports.bulletin_text import BulletinText
from fieldapp.reports.publication import write_docx, write_pdf
from reports_pdf.published_data import (
    CANARIES,
    COMMENT,
    DRAFT,
    HALF,
    INTRO,
    PERIOD_NAMES,
    QUARTER,
    STORY,
    STORY_TITLE,
    THREE_TIMES,
    YEAR,
)

FIGURES = {"quarter": QUARTER, "year": YEAR}
# Cells withheld in the figures: (vocabulary, code) shown with "x" beside the label.
WITHHELD = (("region", "ulytau"), ("threat_type", "surveillance"), ("state_body", "akimat"),
            ("legal_article", "cc_405"), ("victim_gender", "legal_entity"))


@pytest.fixture(scope="module")
def taxonomy() -> Taxonomy:
    return load_default()


def flat(text: str) -> str:
    return " ".join(text.split())


def pdf_text(data: bytes, layout: bool = False) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    options = ["-layout"] if layout else []
    done = subprocess.run(["pdftotext", "-enc", "UTF-8", *options, "-", "-"], input=data,
                          capture_output=True, check=True, timeout=60)
    return done.stdout.decode("utf-8")


def docx_text(document: Any) -> str:
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    for section in document.sections:
        parts += [p.text for p in section.footer.paragraphs]
    return "\n".join(parts)


def docx_rows(document: Any) -> list[list[str]]:
    return [[c.text for c in row.cells] for t in document.tables for row in t.rows]


RENDERED: dict[tuple[str, str, str], bytes] = {}


def render(fmt: str, kind: str, language: str, taxonomy: Taxonomy) -> bytes:
    key = (fmt, kind, language)
    if key not in RENDERED:
        stream = io.BytesIO()
        writer = write_pdf if fmt == "pdf" else write_docx
        writer(FIGURES[kind], stream, language, taxonomy, DRAFT)
        RENDERED[key] = stream.getvalue()
    return RENDERED[key]


def text_of(fmt: str, kind: str, language: str, taxonomy: Taxonomy) -> str:
    data = render(fmt, kind, language, taxonomy)
    if fmt == "pdf":
        assert data.startswith(b"%PDF")
        return flat(pdf_text(data))
    return flat(docx_text(docx.Document(io.BytesIO(data))))


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", ["quarter", "year"])
@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_publication_reads_back(fmt: str, kind: str, language: str,
                                taxonomy: Taxonomy) -> None:
    text = text_of(fmt, kind, language, taxonomy)
    strings = BulletinText.load(language)
    assert PERIOD_NAMES[kind][language] in text
    # Published scalars and cells, named places and companies (escaped, printed as named).
    for figure in ("131", "87", "23", "14", "11", "101", "58"):
        assert re.search(rf"(?<![\d,]){figure}(?![\d,])", text), figure
    for name in ("Almaty", "Aktau & <Mangystau>", "Oil Construction Company",
                 "Techno Trading LTD"):
        assert name in text
    assert taxonomy["region"].label("almaty", language) in text
    assert taxonomy["victim_category"].label("journalist", language) in text
    assert strings("unspecified") in text
    # The x note once at the start, with K.
    assert strings("x_note", k=3) in text
    # The coordinator's words; an empty highlight adds nothing.
    assert INTRO[language] in text
    assert flat(COMMENT[language]) in text if language != "en" else (
        "Sector COMMENT-MARK." in text and "A second paragraph." in text)
    assert STORY_TITLE[language] in text and STORY[language] in text
    # Nothing of the records, and never the case reference of a highlight.
    for canary in CANARIES:
        assert canary not in text
    assert strings("unrecognised") in text  # the alias-shaped key, neutralised
    # Every section has its heading.
    for section in ("key_figures", "by_month", "sectors", "regions", "blocks", "sources",
                    "persons", "cases", "articles", "highlights", "methodology"):
        assert strings(f"sec_{section}") in text, section
    assert (strings("sec_by_year") in text) == (kind == "year")


@pytest.mark.parametrize("language", LANGUAGES)
def test_comparison_is_worded(language: str, taxonomy: Taxonomy) -> None:
    for fmt in ("pdf", "docx"):
        text = text_of(fmt, "quarter", language, taxonomy)
        assert THREE_TIMES[language] in text
        assert HALF[language] in text
        assert "174" in text  # the previous quarter's persons


@pytest.mark.parametrize("language", LANGUAGES)
def test_withheld_cells_are_x_in_docx_tables(language: str, taxonomy: Taxonomy) -> None:
    rows = docx_rows(docx.Document(io.BytesIO(render("docx", "quarter", language,
                                                     taxonomy))))
    by_label = {row[0]: row[1:] for row in rows}
    for vocabulary, code in WITHHELD:
        assert by_label[taxonomy[vocabulary].label(code, language)][0] == "x", code
    # Threats and persons per region in one table; a withheld value never becomes a number.
    ulytau = by_label[taxonomy["region"].label("ulytau", language)]
    assert ulytau == ["x", "x"]
    land = by_label[taxonomy["sector"].label("land", language)]
    assert land == ["40", "30"]
    resolved = by_label[BulletinText.load(language)("kf_resolved")]
    assert resolved[0] == "x"


@pytest.mark.parametrize("language", LANGUAGES)
def test_withheld_cells_are_x_in_pdf_tables(language: str, taxonomy: Taxonomy) -> None:
    text = pdf_text(render("pdf", "quarter", language, taxonomy), layout=True)
    for vocabulary, code in WITHHELD:
        label = taxonomy[vocabulary].label(code, language)
        if len(label) < 40:  # a longer label wraps, and its x sits beside another line
            assert re.search(re.escape(label) + r"\s+x(\s|$)", text), code


def test_types_sit_under_their_block(taxonomy: Taxonomy) -> None:
    rows = [r[0] for r in docx_rows(docx.Document(io.BytesIO(
        render("docx", "quarter", "en", taxonomy))))]
    criminal = rows.index(taxonomy["threat_block"].label("criminal", "en"))
    administrative = rows.index(taxonomy["threat_block"].label("administrative", "en"))
    detention = rows.index(taxonomy["threat_type"].label("detention", "en"))
    penalty = rows.index(taxonomy["threat_type"].label("administrative_penalty", "en"))
    assert criminal < detention < administrative < penalty


@pytest.mark.parametrize("language", LANGUAGES)
def test_docx_carries_the_charts(language: str, taxonomy: Taxonomy) -> None:
    quarter = docx.Document(io.BytesIO(render("docx", "quarter", language, taxonomy)))
    year = docx.Document(io.BytesIO(render("docx", "year", language, taxonomy)))
    # month, sectors, regions, blocks, types, perpetrators, gender, category, recourses,
    # articles; the year adds the year-on-year line chart.
    assert len(quarter.inline_shapes) == 10
    assert len(year.inline_shapes) == 11
    for shape in year.inline_shapes:
        assert shape.width > 0 and shape.height > 0


@pytest.mark.parametrize("language", LANGUAGES)
def test_pdf_of_a_year_has_the_year_on_year_chart(language: str, taxonomy: Taxonomy) -> None:
    strings = BulletinText.load(language)
    caption = strings("caption", title=strings("year_on_year"),
                      unit=strings("unit_threat_months"))
    year = text_of("pdf", "year", language, taxonomy)
    quarter = text_of("pdf", "quarter", language, taxonomy)
    assert caption in year and caption not in quarter
    assert "2023" in year  # the previous year's line, in the legend


def test_without_comparison_or_draft(taxonomy: Taxonomy) -> None:
    figures = {k: v for k, v in QUARTER.items() if k not in ("previous", "change")}
    figures["by_company"] = {}
    for writer in (write_pdf, write_docx):
        stream = io.BytesIO()
        writer(figures, stream, "ru", taxonomy)
        assert stream.getvalue()
    stream = io.BytesIO()
    write_docx(figures, stream, "ru", taxonomy)
    text = flat(docx_text(docx.Document(stream)))
    strings = BulletinText.load("ru")
    assert strings("no_companies") in text  # an empty section says so
    assert strings("sec_highlights") not in text  # no highlights: the section vanishes
    assert strings("kf_change") not in text
