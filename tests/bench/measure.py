"""What every benchmark measures with: the median of repeated timings, and the peak memory."""

from __future__ import annotations

import resource
import statistics
import time
from collections.abc import Callable


def median_seconds(action: Callable[[], object], repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def peak_rss_mib() -> int:
    """This process's peak resident set size so far, in MiB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
