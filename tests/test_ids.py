"""New record, case, version and attachment ids are UUIDv7: time first, then randomness."""

from __future__ import annotations

import re
import time
import uuid

from fieldapp.domain.ids import TimeOrderedIds, new_id
from sync.limits import UUID

MOMENT_NS = 1_767_225_600_123_456_789  # 2026-01-01 00:00:00.123456789 UTC


def test_the_layout_is_rfc_9562_version_7() -> None:
    before = time.time_ns() // 1_000_000
    made = new_id()
    after = time.time_ns() // 1_000_000
    value = uuid.UUID(made)
    assert made == str(value) and re.fullmatch(UUID, made)
    assert value.version == 7
    assert value.variant == uuid.RFC_4122
    assert before <= value.int >> 80 <= after  # the first 48 bits: Unix milliseconds


def test_ids_of_one_millisecond_keep_the_order_they_were_made_in() -> None:
    ids = TimeOrderedIds(clock_ns=lambda: MOMENT_NS)
    made = [ids.new() for _ in range(2000)]
    assert {u.int >> 80 for u in made} == {MOMENT_NS // 1_000_000}
    assert [str(u) for u in made] == sorted(str(u) for u in made)
    assert len(set(made)) == len(made)


def test_more_ids_than_a_millisecond_holds_move_on_to_the_next_one() -> None:
    ids = TimeOrderedIds(clock_ns=lambda: MOMENT_NS)
    made = [ids.new() for _ in range(5000)]  # a batch import of 5,000 records at once
    assert [str(u) for u in made] == sorted(str(u) for u in made)
    assert len(set(made)) == len(made)
    assert made[-1].int >> 80 > MOMENT_NS // 1_000_000


def test_ids_of_one_batch_differ_in_their_first_18_characters() -> None:
    # A typed start of an id stays short enough to be usable for records added together.
    ids = TimeOrderedIds(clock_ns=lambda: MOMENT_NS)
    made = [str(ids.new()) for _ in range(100)]
    assert len({m[:18] for m in made}) == len(made)


def test_a_clock_set_back_does_not_break_the_order() -> None:
    readings = iter([MOMENT_NS, MOMENT_NS - 5_000_000_000, MOMENT_NS + 1_000_000])
    ids = TimeOrderedIds(clock_ns=lambda: next(readings))
    made = [str(ids.new()) for _ in range(3)]
    assert made == sorted(made)


def test_the_random_part_is_random() -> None:
    # Two sources started in the same millisecond must not make the same ids.
    first = TimeOrderedIds(clock_ns=lambda: MOMENT_NS).new()
    second = TimeOrderedIds(clock_ns=lambda: MOMENT_NS).new()
    assert first != second
    assert first.int >> 80 == second.int >> 80


def test_later_ids_sort_after_earlier_ones_and_old_random_ids_stay_valid() -> None:
    earlier, later = new_id(), new_id()
    assert earlier < later
    assert re.fullmatch(UUID, str(uuid.uuid4()))  # an old vault's ids read as before
