"""The CLI loads what the command it runs needs: help never waits for the PDF bulletin,
images, the window, the crypto or the database."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support import PASSPHRASE, run_cli

# Heavy or beside the point for help: the bulletin's PDF library, the window, images, the
# crypto of bundles and keys, the encrypted database and the bundle format.
HEAVY = ("reportlab", "PySide6", "shiboken6", "PIL", "cryptography", "sqlcipher3", "sync")


def loaded_modules(*args: str, tmp_path: Path) -> tuple[subprocess.CompletedProcess[str], set[str]]:
    """The modules `python -m fieldapp ARGS` imports, as -X importtime lists them."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("FIELDAPP_")}
    env["FIELDAPP_VAULT"] = str(tmp_path / "vault")
    env["FIELDAPP_PASSPHRASE"] = PASSPHRASE
    done = subprocess.run([sys.executable, "-X", "importtime", "-m", "fieldapp", *args],
                          capture_output=True, text=True, env=env, timeout=60, check=False)
    names = {line.rpartition("|")[2].strip() for line in done.stderr.splitlines()
             if line.startswith("import time:")}
    return done, names


def heavy_in(names: set[str]) -> list[str]:
    return sorted(n for n in names if n.split(".")[0] in HEAVY)


@pytest.mark.parametrize("args", [("--help",), ("record", "--help"), ("report", "--help"),
                                  ("attach", "--help"), ("import", "--help")])
def test_help_loads_nothing_heavy(args: tuple[str, ...], tmp_path: Path) -> None:
    done, names = loaded_modules(*args, tmp_path=tmp_path)
    assert done.returncode == 0
    assert "usage: fieldapp" in done.stdout
    assert "fieldapp.cli.parser" in names  # the listing is real: the CLI was imported
    assert heavy_in(names) == []
    assert not any(n.startswith(("fieldapp.services.session", "fieldapp.store.database"))
                   for n in names)


def test_panic_without_yes_loads_nothing_heavy(tmp_path: Path) -> None:
    done, names = loaded_modules("panic", tmp_path=tmp_path)
    assert done.returncode == 2
    assert "panic --yes" in done.stderr
    assert heavy_in(names) == []


def test_a_command_loads_what_it_uses_and_not_the_bulletin(tmp_path: Path) -> None:
    # A records listing opens the vault (the database and its crypto) but no PDF or image.
    vault = tmp_path / "vault"
    assert run_cli("init", "--role", "observer", "--name", "Aigerim", vault=vault).returncode == 0
    done, names = loaded_modules("record", "list", tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "sqlcipher3" in {n.split(".")[0] for n in names}
    assert not [n for n in names if n.split(".")[0] in ("reportlab", "PySide6", "PIL")]
