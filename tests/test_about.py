"""`fieldapp --version`, the build's version record, and the licences of the parts inside."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest
from packaging.markers import default_environment
from packaging.requirements import Requirement

import fieldapp
from fieldapp.build_info import (
    MAX_BUILD_INFO_BYTES,
    BuildInfo,
    git_commit,
    read_build_info,
    write_build_info,
)
from fieldapp.services import about
from tests.test_startup import heavy_in, loaded_modules

ROOT = Path(fieldapp.__file__).resolve().parent.parent


def head_commit() -> str:
    return subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short=12", "HEAD"],
                          capture_output=True, text=True, check=True, timeout=30).stdout.strip()


def run_fieldapp(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith("FIELDAPP_")}
    return subprocess.run([sys.executable, "-m", "fieldapp", *args], cwd=ROOT,
                          capture_output=True, text=True, env={**base, **(env or {})},
                          timeout=60, check=False)


# -- fieldapp --version -------------------------------------------------------------------

def test_version_names_the_version_and_commit_and_opens_nothing(tmp_path: Path) -> None:
    done, names = loaded_modules("--version", tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"fieldapp {fieldapp.__version__} (commit {head_commit()})\n"
    assert heavy_in(names) == []  # no Qt, no database, no crypto
    assert not (tmp_path / "vault").exists()


def test_version_without_git_says_unknown_without_a_traceback(tmp_path: Path) -> None:
    done = run_fieldapp("--version", env={"PATH": str(tmp_path)})  # no git on this PATH
    assert done.returncode == 0
    assert done.stdout == f"fieldapp {fieldapp.__version__} (commit unknown)\n"
    assert done.stderr == ""


def test_git_is_asked_only_in_fieldapps_own_checkout(tmp_path: Path) -> None:
    assert git_commit(tmp_path) is None  # no .git there
    assert git_commit() == head_commit()


def test_licences_lists_the_parts_and_where_their_texts_are() -> None:
    done = run_fieldapp("--licences")
    assert done.returncode == 0, done.stderr
    assert re.search(r"^Qt 6\.\S+: LGPL-3\.0-only", done.stdout, re.MULTILINE)
    assert re.search(r"^SQLCipher \(sqlcipher3 [\d.]+\): BSD-3-Clause", done.stdout, re.M)
    assert "licences/LGPL-3.0.txt" in done.stdout
    assert "download.qt.io" in done.stdout


# -- the build's record ------------------------------------------------------------------

def test_the_build_record_is_written_and_read_back(tmp_path: Path) -> None:
    path = tmp_path / "_build_info.json"
    written = write_build_info(path, "1A2B3C4D5E6F", built_at="2026-12-02T19:00:00Z")
    assert json.loads(path.read_text("utf-8")) == {
        "version": fieldapp.__version__, "commit": "1a2b3c4d5e6f",
        "built_at": "2026-12-02T19:00:00Z"}
    assert read_build_info(path) == written
    assert written.line() == f"fieldapp {fieldapp.__version__} (commit 1a2b3c4d5e6f)"


def test_the_build_script_writes_the_record(tmp_path: Path) -> None:
    path = tmp_path / "_build_info.json"
    done = subprocess.run([sys.executable, "-m", "fieldapp.build_info", "--write", str(path)],
                          cwd=ROOT, capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    info = read_build_info(path)
    assert info is not None and info.commit == head_commit()
    bad = subprocess.run([sys.executable, "-m", "fieldapp.build_info", "--write", str(path),
                          "--commit", "not-hex"], cwd=ROOT, capture_output=True, text=True,
                         timeout=60, check=False)
    assert bad.returncode == 2
    assert "not a commit" in bad.stderr and "Traceback" not in bad.stderr


GOOD = {"version": "0.1.0", "commit": "1a2b3c4d5e6f", "built_at": "2026-12-02T19:00:00Z"}


@pytest.mark.parametrize("content", [
    b"{not json",
    b"\xff\xfe{}",
    b"[]",
    b'"0.1.0"',
    json.dumps({**GOOD, "version": 1}).encode(),
    json.dumps({**GOOD, "commit": ["1a2b3c4d5e6f"]}).encode(),
    json.dumps({**GOOD, "commit": "zz" * 6}).encode(),
    json.dumps({**GOOD, "commit": "1a2b3c4d5e6f\n--evil"}).encode(),
    json.dumps({**GOOD, "version": "0.1.0\x1b[31m"}).encode(),
    json.dumps({**GOOD, "built_at": {"year": 2026}}).encode(),
    json.dumps({**GOOD, "extra": "x"}).encode(),
    json.dumps({**GOOD, "built_at": "x" * MAX_BUILD_INFO_BYTES}).encode(),
    b"[" * 100_000,
], ids=lambda c: c[:24].decode("utf-8", "replace"))
def test_a_bad_build_record_is_ignored(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "_build_info.json"
    path.write_bytes(content)
    assert read_build_info(path) is None


def test_a_missing_build_record_is_none(tmp_path: Path) -> None:
    assert read_build_info(tmp_path / "absent.json") is None
    path = tmp_path / "_build_info.json"
    path.write_text(json.dumps({"version": "0.1.0", "commit": "abcdef1"}), "utf-8")
    assert read_build_info(path) == BuildInfo("0.1.0", "abcdef1", None)


# -- the parts inside and their licences ---------------------------------------------------

def by_key() -> dict[str, about.Component]:
    return {part.key: part for part in about.components()}


def test_the_parts_carry_the_licences_they_are_under() -> None:
    parts = by_key()
    assert parts["fieldapp"].licence == "GPL-3.0-or-later"
    assert "LGPL-3.0-only" in parts["qt"].licence
    assert parts["qt"].version == metadata.version("PySide6_Essentials")
    for key in ("pyside6", "pyside6-essentials", "pyside6-addons", "shiboken6"):
        assert "LGPL-3.0-only" in parts[key].licence, key
    assert parts["sqlcipher"].licence == "BSD-3-Clause"
    assert parts["sqlcipher"].within.startswith("sqlcipher3 ")
    assert parts["openssl-sqlcipher3"].licence == "Apache-2.0"
    assert parts["openssl-cryptography"].licence == "Apache-2.0"
    assert parts["python"].licence == "PSF-2.0"
    assert parts["pillow"].licence == "MIT-CMU"


def text_of(part: about.Component) -> str:
    return "\n".join(about.read_text(t) for t in part.texts)


def test_every_part_has_a_licence_text_that_reads() -> None:
    for part in about.components():
        assert part.texts, part.name
        for text in part.texts:
            assert len(about.read_text(text)) > 100, (part.name, text.path)
    parts = by_key()
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in text_of(parts["qt"])
    assert "GNU GENERAL PUBLIC LICENSE" in text_of(parts["qt"])  # the LGPL builds on it
    assert "ZETETIC LLC" in text_of(parts["sqlcipher"])
    assert "Apache License" in text_of(parts["openssl-sqlcipher3"])
    assert "GNU GENERAL PUBLIC LICENSE" in text_of(parts["fieldapp"])
    assert "PYTHON SOFTWARE FOUNDATION LICENSE" in text_of(parts["python"])
    assert "Bitstream" in text_of(parts["dejavu"])


def test_every_shipped_distribution_is_listed_with_its_metadata_texts() -> None:
    parts = by_key()
    for name in about.SHIPPED_DISTRIBUTIONS[1:]:
        part = parts[about.normalise(name)]
        assert part.version == metadata.version(name), name
        assert part.licence, name
        if metadata.distribution(name).files and name not in (
                "PySide6", "PySide6_Essentials", "PySide6_Addons", "shiboken6"):
            assert any("metadata" in t.origin for t in part.texts), name


def closure(root: str) -> set[str]:
    """The runtime requirement closure from the installed metadata, extras left out."""
    env = {**default_environment(), "extra": ""}
    seen: set[str] = set()
    todo = [root]
    while todo:
        name = about.normalise(todo.pop())
        if name in seen:
            continue
        seen.add(name)
        for line in metadata.requires(name) or []:
            requirement = Requirement(line)
            if requirement.marker is None or requirement.marker.evaluate(env):
                todo.append(requirement.name)
    return seen


def test_shipped_distributions_are_the_closure_of_fieldapps_requirements() -> None:
    assert {about.normalise(n) for n in about.SHIPPED_DISTRIBUTIONS} == closure("fieldapp")
    assert len(set(about.SHIPPED_DISTRIBUTIONS)) == len(about.SHIPPED_DISTRIBUTIONS)


def test_a_text_is_read_bounded_and_printable(tmp_path: Path) -> None:
    big = tmp_path / "LICENSE"
    big.write_bytes(b"A\x1b[2J licence\r\n" + b"x" * (about.MAX_TEXT_BYTES + 10))
    text = about.read_text(about.LicenceText("LICENSE", "test", big))
    assert "\x1b" not in text and "\r" not in text
    assert text.startswith("A [2J licence\n")
    assert text.endswith("[…]\n") and len(text) < about.MAX_TEXT_BYTES + 20
    assert about.read_text(about.LicenceText("gone", "test", tmp_path / "gone")) == ""
