"""A crash of fieldapp leaves no core dump: the entry point turns them off before anything."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="no core files on Windows")

# The child allows cores as far as the machine lets it, runs the CLI's entry point (a command
# that needs no vault), says what it sees, then aborts as a crash would.
CHILD = """
import os, resource, sys
from fieldapp.cli.entry import main
from fieldapp.services.hygiene import is_dumpable
hard = resource.getrlimit(resource.RLIMIT_CORE)[1]
resource.setrlimit(resource.RLIMIT_CORE, (hard, hard))
print("before", resource.getrlimit(resource.RLIMIT_CORE)[0], is_dumpable(), flush=True)
main(["--vault", sys.argv[1], "panic"])
print("after", resource.getrlimit(resource.RLIMIT_CORE)[0], is_dumpable(), flush=True)
os.abort()
"""


def test_a_crash_after_start_writes_no_core_file(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FIELDAPP_")}
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(tmp_path / "no-vault")], cwd=tmp_path,
        capture_output=True, text=True, env=env, timeout=120, check=False)
    assert result.returncode == -signal.SIGABRT, result.stderr
    lines = dict(line.split(" ", 1) for line in result.stdout.splitlines())
    # Cores may be piped elsewhere by kernel.core_pattern, so the limit and the flag that
    # stop them are checked too, not only the absence of a file.
    assert lines["after"].split()[0] == "0"
    if sys.platform.startswith("linux"):
        assert lines["before"].split()[1] == "True"  # the check below can see a change
        assert lines["after"].split()[1] == "False"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("core")] == []
