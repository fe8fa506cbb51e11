"""The layering rules of design.md section 2, checked on the source and in a live process."""

from __future__ import annotations

import ast
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


def test_the_cli_reaches_the_core_only_through_services_and_the_domain() -> None:
    allowed = ("fieldapp.services", "fieldapp.domain", "fieldapp.errors", "fieldapp.resources",
               "fieldapp.cli")
    # The one exception: with no command, the entry point opens the window (imported lazily).
    window = "fieldapp.ui.app"
    found = {}
    for path in sorted((ROOT / "fieldapp" / "cli").rglob("*.py")):
        bad = sorted(
            name for name in imported_modules(path)
            if name.split(".")[0] in ("fieldapp", "sync") and name != window
            and not any(name == a or name.startswith(a + ".") for a in allowed)
        )
        if bad:
            found[str(path.relative_to(ROOT))] = bad
    assert found == {}


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
