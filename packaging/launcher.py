"""The frozen application's entry point: the same `main` as the `fieldapp` command."""

import os
import sys

if sys.stdout is None or sys.stderr is None:
    # Windows starts the windowed fieldapp.exe without a console: Python then has no
    # stdout/stderr, and a message printed for a command must not crash the program.
    sink = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115  open for the process's life
    sys.stdout = sys.stdout or sink
    sys.stderr = sys.stderr or sink

from fieldapp.cli import main  # after the streams exist

sys.exit(main())
