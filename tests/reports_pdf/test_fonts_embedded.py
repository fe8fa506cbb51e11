"""A PDF publication carries every font it names: it must read the same on a reader's machine
without DejaVu, and a PDF/A-minded printer refuses a font it has to substitute."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from fieldapp.domain.taxonomy import Taxonomy, load_default
from tests.reports_pdf.test_publication import render


@pytest.fixture(scope="module")
def taxonomy() -> Taxonomy:
    return load_default()


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_every_font_of_the_pdf_is_embedded(language: str, taxonomy: Taxonomy) -> None:
    if shutil.which("pdffonts") is None:
        pytest.skip("pdffonts (poppler-utils) is not installed")
    with tempfile.TemporaryDirectory() as folder:  # a synthetic document, nothing of a vault
        path = Path(folder) / "year.pdf"
        path.write_bytes(render("pdf", "year", language, taxonomy))
        listing = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True,
                                 check=True).stdout.splitlines()[2:]
    # name, type, encoding, then the columns emb, sub, uni, object, generation.
    fonts = {line.split()[0]: line.split()[-5] for line in listing}
    assert fonts and all(name.endswith(("DejaVuSans", "DejaVuSans-Bold")) for name in fonts)
    assert set(fonts.values()) == {"yes"}, fonts
