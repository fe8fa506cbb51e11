"""The record table at 200,000 records against the same table at 1,000, and a search's
first page against the full-text match alone.

Run on demand: pytest tests/bench/test_open_large_vault.py -s. The 200,000-record vault is
built once (about two minutes) and kept under ~/.cache/fieldapp-bench/open_large_vault/,
keyed by the schema version and the generator, so later runs only open it; never in CI.
Anchors are measured in the same run: the 1,000-record vault for opening the table (rows
available, then the first paint), and the plain FTS5 match of the same words on the same
vault for a search. Each figure is the median of several runs.
"""

from __future__ import annotations

import os
import shutil
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from fieldapp.services.demo import generate_records
from fieldapp.services.records import add_records
from fieldapp.services.session import Session, create_vault, unlock
from fieldapp.store import database
from fieldapp.store.keyfile import KDF_FLOOR
from fieldapp.store.records import RecordQuery, fts_expression
from fieldapp.ui.record_model import PAGE_SIZE, RecordSortProxy, RecordTableModel
from tests.bench.measure import median_seconds, peak_rss_mib

LARGE = 200_000
SMALL = 1_000
GENERATOR = 1  # raise when filled_vault changes, so the cached vault is rebuilt
PASSPHRASE = "bench passphrase"
# "union" is in 69,300 of the 200,000 generated records: about the 70,000.
SEARCH = "union"


def filled_vault(directory: Path, count: int) -> Session:
    session = create_vault(directory, "observer", "bench", PASSPHRASE, params=KDF_FLOOR)
    template = generate_records(2_000, with_sources=False)
    for start in range(0, count, 5_000):
        batch = [template[(start + i) % len(template)] for i in range(min(5_000, count - start))]
        add_records(session, batch)
    session.lock()
    return unlock(directory, PASSPHRASE)


def cached_vault(count: int) -> Session:
    """The large vault, built once per schema version and generator."""
    root = Path.home() / ".cache" / "fieldapp-bench" / "open_large_vault"
    key = f"{count}-schema{len(database.migration_scripts())}-generator{GENERATOR}"
    directory = root / key
    if not (directory / "vault.db").exists():
        shutil.rmtree(root, ignore_errors=True)  # older keys are of no further use
        root.mkdir(parents=True)
        filled_vault(root / "building", count).lock()
        (root / "building").rename(directory)
    return unlock(directory, PASSPHRASE)




def test_table_paints_as_fast_on_200k_as_on_1k_and_search_follows_the_match(
    qapp, tmp_path: Path
) -> None:
    large = cached_vault(LARGE)
    small = filled_vault(tmp_path / "small", SMALL)
    model = RecordTableModel()
    proxy = RecordSortProxy()
    proxy.setSourceModel(model)
    view = QTableView()
    view.setModel(proxy)
    view.resize(1200, 800)
    view.show()

    def rows_available(session: Session) -> Callable[[], object]:
        return lambda: model.set_session(session)

    def first_paint(session: Session) -> Callable[[], object]:
        # grab() paints the visible rows now, before the event loop could run the deferred
        # count (repaint() paints nothing on the offscreen platform).
        return lambda: (model.set_session(session), view.viewport().grab())

    def count_arrives(session: Session) -> Callable[[], object]:
        model.set_session(session)
        return lambda: (model.reload(), model.total)

    model.set_session(small)
    view.viewport().grab()  # the first paint of a process sets up fonts: not measured
    results = {}
    for name, make in (("rows available", rows_available), ("first paint", first_paint),
                       ("count (after the paint)", count_arrives)):
        baseline = median_seconds(make(small), repeat=7)
        measured = median_seconds(make(large), repeat=7)
        results[name] = (baseline, measured)
    for name, (baseline, measured) in results.items():
        print(f"\n{name}: {SMALL:,} records {baseline * 1000:.1f} ms, {LARGE:,} records"
              f" {measured * 1000:.1f} ms, ratio {measured / baseline:.2f}x")

    model.set_session(large)
    expression = fts_expression(SEARCH)
    matches = large.conn.execute(
        "SELECT count(*) FROM record_search WHERE record_search MATCH ?", (expression,)
    ).fetchone()[0]

    def match_alone() -> object:
        return large.conn.execute(
            "SELECT count(*) FROM record_search WHERE record_search MATCH ?", (expression,)
        ).fetchone()

    def search_first_page() -> object:
        model.set_query(RecordQuery())
        started = time.perf_counter()
        model.set_query(RecordQuery(text=SEARCH))
        view.viewport().grab()
        return time.perf_counter() - started

    def hits_by_date() -> object:
        model.sort(0, Qt.SortOrder.DescendingOrder)
        return view.viewport().grab()

    anchor = median_seconds(match_alone, repeat=7)
    searched = statistics.median(search_first_page() for _ in range(7))
    by_date = median_seconds(hits_by_date, repeat=7)
    print(f"search matching {matches:,} of {LARGE:,}: match alone {anchor * 1000:.1f} ms,"
          f" first page ranked and painted {searched * 1000:.1f} ms,"
          f" ratio {searched / anchor:.2f}x; the hits sorted by date {by_date * 1000:.1f} ms,"
          f" ratio {by_date / anchor:.2f}x; full count {model.total:,}")
    print(f"peak RSS {peak_rss_mib()} MiB")

    assert model.rowCount() == PAGE_SIZE and model.total == matches
    paint_small, paint_large = results["first paint"]
    # The goal is 1.2x; the hard limit leaves room for this shared machine's noise.
    if paint_large / paint_small > 2:
        pytest.fail(f"first paint grew {paint_large / paint_small:.1f}x with 200x the records")
    large.lock()
    small.lock()
