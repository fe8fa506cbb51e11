"""Time-ordered ids for records, cases, versions and attachments (UUIDv7, RFC 9562).

A random (version 4) id lands anywhere in an index, so an office that merges hundreds of
thousands of records touches pages all over its indexes; an id that starts with the time
it was made lands at the end. The layout, most significant bit first:

    48 bits  Unix time in milliseconds
     4 bits  version, 7
    12 bits  a count within the millisecond (rand_a), from a random start
     2 bits  variant, binary 10
    62 bits  random (rand_b)

Ids made in the same millisecond (or after the clock stepped back) keep the order they
were made in: rand_a counts them (RFC 9562's method 1), starting each millisecond from a
random value below 2**11 so at least 2048 fit before the count moves to the next
millisecond; rand_b is drawn from `secrets` for every id, so no id can be guessed from
another. The count sits right after the time, so ids of one batch differ within their
first 18 characters (xxxxxxxx-xxxx-7ccc), which keeps a typed start of an id short.

Ids that say when they were made suit what already carries its date; bundle and receipt
ids say nothing of time and stay random (uuid4). Ids of any version remain valid: nothing
checks the version of an id it reads.
"""

from __future__ import annotations

import secrets
import threading
import time
import uuid
from collections.abc import Callable

_COUNTER_LIMIT = 1 << 12
_COUNTER_START_LIMIT = 1 << 11
_MS_LIMIT = 1 << 48


def _layout(ms: int, counter: int, random: int) -> uuid.UUID:
    value = (ms << 80) | (0x7 << 76) | (counter << 64) | (0b10 << 62) | random
    return uuid.UUID(int=value)


class TimeOrderedIds:
    """A source of UUIDv7 ids, increasing in the order they are made. Thread-safe: the
    window's workers and its main thread may make ids at once."""

    def __init__(self, clock_ns: Callable[[], int] = time.time_ns) -> None:
        self._clock_ns = clock_ns
        self._lock = threading.Lock()
        self._last_ms = -1
        self._counter = 0

    def new(self) -> uuid.UUID:
        with self._lock:
            ms = (self._clock_ns() // 1_000_000) % _MS_LIMIT
            if ms > self._last_ms:
                counter = secrets.randbelow(_COUNTER_START_LIMIT)
            else:
                # The same millisecond, or a clock set back: stay on the last one, counting.
                ms, counter = self._last_ms, self._counter + 1
                if counter == _COUNTER_LIMIT:
                    ms, counter = ms + 1, secrets.randbelow(_COUNTER_START_LIMIT)
            self._last_ms, self._counter = ms, counter
            return _layout(ms, counter, secrets.randbits(62))


_IDS = TimeOrderedIds()


def new_id() -> str:
    """A new time-ordered id in the usual text form (lower-case hex, 8-4-4-4-12)."""
    return str(_IDS.new())
