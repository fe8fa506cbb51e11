"""Two fieldapp programs on one vault: the second waits a little, then names the first."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from support import MINIMAL_RECORD, PASSPHRASE, run_cli

from fieldapp.errors import VaultError
from fieldapp.services import records
from fieldapp.services.session import create_vault, unlock
from fieldapp.store.keyfile import KDF_FLOOR
from fieldapp.store.vault_lock import LOCK_FILE

# Opens the vault, says so, and keeps it open until its stdin closes.
HOLDER = """
import sys
from pathlib import Path
from fieldapp.services.session import unlock
session = unlock(Path(sys.argv[1]), sys.argv[2])
print("open", flush=True)
sys.stdin.read()
session.lock()
"""


@pytest.fixture
def vault(tmp_path: Path) -> Path:
    directory = tmp_path / "vault"
    session = create_vault(directory, "observer", "Locked Observer", PASSPHRASE, KDF_FLOOR)
    records.add_record(session, MINIMAL_RECORD)
    session.lock()
    return directory


def test_a_second_program_waits_then_names_the_one_holding_the_vault(vault: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FIELDAPP_")}
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(vault), PASSPHRASE],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env)
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "open\n"
        result = run_cli("record", "add", "-", vault=vault,
                         stdin='{"title": "x"}', passphrase=PASSPHRASE)
        assert result.returncode == 1
        assert "Traceback" not in result.stderr
        waiting = "fieldapp: waiting for the vault: another fieldapp program"
        assert result.stderr.count(waiting) == 1
        assert (f"fieldapp: the vault is in use by another program (fieldapp, process"
                f" {holder.pid}); close it there and try again") in result.stderr
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        assert holder.wait(timeout=60) == 0
    # Once the first has closed it, the vault opens at once and nothing is left behind.
    assert not (vault / LOCK_FILE).exists()
    result = run_cli("record", "list", vault=vault)
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in vault.iterdir()) == ["vault.db", "vault.key"]


def test_one_program_may_open_its_vault_twice_and_a_stale_lock_file_is_taken_over(
    vault: Path
) -> None:
    # A program killed while holding the vault leaves its file, but no lock on it.
    (vault / LOCK_FILE).write_text("999999 fieldapp\n")
    first = unlock(vault, PASSPHRASE)
    second = unlock(vault, PASSPHRASE)
    assert (vault / LOCK_FILE).read_text() == f"{os.getpid()} fieldapp\n"
    first.lock()
    assert (vault / LOCK_FILE).exists()  # the second still has it open
    second.lock()
    assert not (vault / LOCK_FILE).exists()


def test_a_wrong_passphrase_leaves_no_lock_behind(vault: Path) -> None:
    with pytest.raises(VaultError):
        unlock(vault, "not the passphrase at all")
    assert not (vault / LOCK_FILE).exists()
