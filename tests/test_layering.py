"""The layering rules of design.md section 2, checked on the source and in a live process."""

from __future__ import annotations

import ast
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import fieldapp

ROOT = Path(fieldapp.__file__).resolve().parent.parent
QT = ("PySide6", "PyQt5", "PyQt6", "shiboken6")


def imported_modules(path: Path) -> set[str]:
    """Every module a file imports: import statements, and import_module("...") calls."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
        elif (
            isinstance(node, ast.Call)
            and getattr(node.func, "attr", getattr(node.func, "id", "")) in (
                "import_module", "__import__"
            )
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            names.add(node.args[0].value)
    return names


def offenders_in_file(path: Path) -> list[str]:
    return [n for n in imported_modules(path) if n.split(".")[0] in QT]


def offenders(package: str, forbidden: tuple[str, ...]) -> dict[str, list[str]]:
    found = {}
    files = sorted((ROOT / package).rglob("*.py"))
    assert files, f"no Python files under {package}"
    for path in files:
        bad = sorted(
            name for name in imported_modules(path)
            if any(name == f or name.startswith(f + ".") for f in forbidden)
        )
        if bad:
            found[str(path.relative_to(ROOT))] = bad
    return found


def test_sync_imports_neither_fieldapp_nor_qt() -> None:
    assert offenders("sync", ("fieldapp", *QT)) == {}


@pytest.mark.parametrize(
    "package",
    ["fieldapp/domain", "fieldapp/store", "fieldapp/services", "fieldapp/reports"],
)
def test_the_core_layers_never_import_qt(package: str) -> None:
    assert offenders(package, QT) == {}


def test_the_cli_and_its_input_helpers_never_import_qt_at_module_level() -> None:
    cli_files = sorted((ROOT / "fieldapp" / "cli").rglob("*.py"))
    assert ROOT / "fieldapp" / "cli" / "passphrase_input.py" in cli_files
    for path in [*cli_files, ROOT / "fieldapp" / "errors.py", ROOT / "fieldapp" / "__main__.py"]:
        assert offenders_in_file(path) == [], path.name


# Each face reaches the core through services (and the domain's vocabulary types) only;
# never the store, the reports or the formats in sync/.
FACES = {
    "fieldapp/cli": ("fieldapp.services", "fieldapp.domain", "fieldapp.errors",
                     "fieldapp.resources", "fieldapp.cli", "fieldapp.app_paths"),
    "fieldapp/ui": ("fieldapp.services", "fieldapp.domain", "fieldapp.errors",
                    "fieldapp.resources", "fieldapp.ui", "fieldapp.app_paths"),
}
# The one exception: with no command, the CLI's entry point opens the window (lazily).
WINDOW = "fieldapp.ui.app"


def face_offenders(files: list[Path], allowed: tuple[str, ...]) -> dict[str, list[str]]:
    found = {}
    for path in files:
        bad = sorted(
            name for name in imported_modules(path)
            if name.split(".")[0] in ("fieldapp", "sync") and name != WINDOW
            and not any(name == a or name.startswith(a + ".") for a in allowed)
        )
        if bad:
            found[path.name] = bad
    return found


@pytest.mark.parametrize("face", sorted(FACES))
def test_the_faces_reach_the_core_only_through_services_and_the_domain(face: str) -> None:
    files = sorted((ROOT / face).rglob("*.py"))
    assert len(files) > 5
    assert face_offenders(files, FACES[face]) == {}


def test_the_face_rule_sees_a_face_reaching_past_the_services(tmp_path: Path) -> None:
    probe = tmp_path / "probe.py"
    probe.write_text("from fieldapp.store.records import RecordQuery\nimport sync.card\n"
                     "from fieldapp.reports import statistics\nfrom fieldapp import cli\n"
                     "from fieldapp.services.records import RecordQuery as Q\n",
                     encoding="utf-8")
    assert face_offenders([probe], FACES["fieldapp/ui"]) == {
        "probe.py": ["fieldapp", "fieldapp.reports", "fieldapp.store.records", "sync.card"]}


def test_the_checker_sees_every_way_of_importing(tmp_path: Path) -> None:
    # A guard against the guard: the AST walk catches each form it claims to.
    source = (
        "import PySide6.QtCore\nfrom PySide6 import QtWidgets\n"
        "import importlib\nimportlib.import_module('shiboken6')\n"
        "def f():\n    from PyQt6 import QtGui\n"
    )
    probe = tmp_path / "probe.py"
    probe.write_text(source, encoding="utf-8")
    assert sorted(offenders_in_file(probe)) == ["PyQt6", "PySide6", "PySide6.QtCore", "shiboken6"]


def test_imaging_needs_only_pillow_the_stdlib_and_the_errors() -> None:
    # fieldapp/imaging works on image bytes alone, so it can be read (and fuzzed) on its own.
    own = ("fieldapp.errors", "fieldapp.imaging")
    allowed_roots = {"PIL", "__future__", *sys.stdlib_module_names}
    found = {}
    files = sorted((ROOT / "fieldapp" / "imaging").rglob("*.py"))
    assert files, "no Python files under fieldapp/imaging"
    for path in files:
        bad = sorted(
            name for name in imported_modules(path)
            if not any(name == o or name.startswith(o + ".") for o in own)
            and name.split(".")[0] not in allowed_roots
        )
        if bad:
            found[str(path.relative_to(ROOT))] = bad
    assert found == {}


# -- one home for SQL: fieldapp/store, and read-only statistics in fieldapp/reports --------

SQL_HOMES = ("fieldapp/store", "fieldapp/reports")
SQL_CALLS = ("execute", "executemany", "executescript")
SQL_WORDS = ("SELECT", "INSERT", "UPDATE", "DELETE", "CREATE", "ALTER", "DROP", "WITH",
             "PRAGMA", "REPLACE")
_FIRST_WORD = re.compile(r"[A-Za-z]+")
# SQLite's words for text that is no statement at all; any other complaint about a string
# (no such table, a wrong number of bindings) means it parsed as one.
_NOT_SQL = ("syntax error", "incomplete input", "unrecognized token")


def _compiles_as_sql(text: str) -> bool:
    """Whether SQLite reads `text` as a statement. EXPLAIN compiles it without running it,
    in an empty database of its own, so only the grammar is judged."""
    probe = sqlite3.connect(":memory:")
    try:
        probe.execute("EXPLAIN " + text)
    except sqlite3.OperationalError as error:
        return not any(words in str(error) for words in _NOT_SQL)
    except (sqlite3.Error, sqlite3.Warning):
        return True  # parsed, then refused for its bindings or for holding several statements
    finally:
        probe.close()
    return True


def looks_like_sql(text: str) -> bool:
    """A string that opens with a statement keyword (any case, after whitespace) and is SQL:
    the keyword in capitals, as code writes SQL (which catches pieces of f-strings too), or
    the whole string compiles. Prose the faces show ("Delete record", "Select a record to
    see it here.") opens with the same words and is no statement."""
    stripped = text.strip()
    word = _FIRST_WORD.match(stripped)
    if word is None or word.group().upper() not in SQL_WORDS:
        return False
    return word.group().isupper() or _compiles_as_sql(stripped)


def sql_in_file(path: Path) -> list[str]:
    """Each call of execute, executemany or executescript, and each SQL string, by line."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            if name in SQL_CALLS:
                found.append((node.lineno, f"{name}()"))
        elif (isinstance(node, ast.Constant) and isinstance(node.value, str)
              and looks_like_sql(node.value)):
            found.append((node.lineno, repr(node.value.strip()[:40])))
    return [f"line {line}: {what}" for line, what in sorted(found)]


def test_sql_lives_only_in_the_store_and_the_reports() -> None:
    files = sorted((ROOT / "fieldapp").rglob("*.py"))
    assert files
    found = {}
    for path in files:
        relative = path.relative_to(ROOT).as_posix()
        if any(relative.startswith(home + "/") for home in SQL_HOMES):
            continue
        if hits := sql_in_file(path):
            found[relative] = hits
    assert found == {}


PROBE_SQL = '''
conn.execute(query)
conn.executemany(query, rows)
cursor.executescript(script)
LOWER = "  select id from records where id = ?"
PIECE = f"SELECT {columns} FROM records"
SEVERAL = "delete from a; delete from b"
UPSERT = ("insert into meta (key, value) values (?, ?)"
          " on conflict (key) do update set value = excluded.value")
PRAGMA = "pragma user_version"
BUTTON = "Delete record"
HINT = "Select a record to see it here."
HELP = "create a new vault"
def f():
    """With this vault's key: what a bundle holds."""
'''


def test_the_sql_checker_sees_statements_and_leaves_prose_alone(tmp_path: Path) -> None:
    # A guard against the guard: each form of SQL is caught, the faces' wording is not.
    probe = tmp_path / "probe.py"
    probe.write_text(PROBE_SQL, encoding="utf-8")
    lines = [hit.split(":")[0] for hit in sql_in_file(probe)]
    assert lines == [f"line {n}" for n in (2, 3, 4, 5, 6, 7, 8, 10)]


def test_no_module_is_over_500_lines() -> None:
    # Files stay small, one job each (design.md section 2).
    files = sorted([*(ROOT / "fieldapp").rglob("*.py"), *(ROOT / "sync").rglob("*.py")])
    assert files
    long = {}
    for path in files:
        length = len(path.read_text(encoding="utf-8").splitlines())
        if length > 500:
            long[path.relative_to(ROOT).as_posix()] = length
    assert long == {}


def test_running_a_cli_command_never_loads_qt(tmp_path: Path) -> None:
    script = f"""
import sys
from pathlib import Path
from fieldapp.services.session import create_vault
from fieldapp.store.keyfile import KDF_FLOOR
import fieldapp.cli
assert not [m for m in sys.modules if m.split('.')[0] in {QT!r}], 'imported by fieldapp.cli'
directory = Path({str(tmp_path / 'vault')!r})
create_vault(directory, 'observer', 'Layers', 'a long passphrase', KDF_FLOOR).lock()
import os
os.environ['FIELDAPP_PASSPHRASE'] = 'a long passphrase'
code = fieldapp.cli.main(['--vault', str(directory), 'record', 'list', '--json'])
assert code == 0, code
loaded = sorted(m for m in sys.modules if m.split('.')[0] in {QT!r})
print('QT:', loaded)
"""
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "QT: []" in result.stdout
