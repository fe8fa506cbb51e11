"""`fieldapp --help` against `python -c pass`, started in turn in the same run.

Each pair runs one after the other so a machine that slows down mid-run slows both; the
figure is the median of the runs, with each process's own peak resident size.

Run on demand: pytest tests/bench/test_startup.py -s
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

RUNS = 9
GOAL_S = 0.15  # issue 13: `fieldapp --help` under 0.15 s


ENV = {k: v for k, v in os.environ.items() if not k.startswith("FIELDAPP_")}

# The peak as the process itself sees it at exit: /proc/self/status's VmHWM belongs to the
# program's own memory, where a child's rusage would start at this (pytest's) size.
PEAK = ("import atexit, sys\n"
        "def peak():\n"
        "    line = [s for s in open('/proc/self/status') if s.startswith('VmHWM')][0]\n"
        "    sys.__stderr__.write('PEAK ' + line.split()[1] + '\\n')\n"
        "atexit.register(peak)\n")


def timed(command: list[str]) -> float:
    """Wall seconds from start to exit."""
    started = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV,
                   check=True)
    return time.perf_counter() - started


def peak_mib(code: str) -> float:
    done = subprocess.run([sys.executable, "-c", PEAK + code], capture_output=True, text=True,
                          env=ENV, check=False)
    return int(done.stderr.rpartition("PEAK ")[2].split()[0]) / 1024


def test_help_starts_quickly_against_an_empty_python() -> None:
    fieldapp = [str(Path(sys.executable).with_name("fieldapp")), "--help"]
    if not Path(fieldapp[0]).exists():
        fieldapp = [sys.executable, "-m", "fieldapp", "--help"]
    anchor = [sys.executable, "-c", "pass"]
    timed(fieldapp), timed(anchor)  # warm the file cache for both
    pairs = [(timed(fieldapp), timed(anchor)) for _ in range(RUNS)]
    help_s = statistics.median(a for a, _ in pairs)
    pass_s = statistics.median(b for _, b in pairs)
    ratio = statistics.median(a / b for a, b in pairs)
    help_peak = peak_mib("import sys\nsys.argv = ['fieldapp', '--help']\n"
                         "from fieldapp.cli import main\nsys.exit(main())\n")
    print(json.dumps({"runs": RUNS, "help_s": round(help_s, 3), "python_pass_s": round(pass_s, 3),
                      "ratio": round(ratio, 1), "help_peak_rss_mib": round(help_peak, 1),
                      "python_pass_peak_rss_mib": round(peak_mib("pass"), 1)}))
    assert help_s < GOAL_S
