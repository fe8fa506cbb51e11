"""The record table over a long list: the first page paints before the count, which follows
in the status bar; scrolling continues page after page; a search lists the best hits first."""

from __future__ import annotations

from PySide6.QtCore import Qt

from fieldapp.services import records
from fieldapp.services.session import Session
from fieldapp.ui.record_model import PAGE_SIZE
from tests.gui.test_window import RECORD, open_unlocked

MANY = PAGE_SIZE * 2 + 3


def test_a_long_list_paints_its_first_page_and_the_count_follows(
    qtbot, observer: Session, field_app
) -> None:
    records.add_records(observer, [{**RECORD, "title": f"Case {n}",
                                    "occurred_on": f"20{10 + n % 10}-05-02"}
                                   for n in range(MANY)])
    observer.lock()
    open_unlocked(qtbot, field_app)
    window = field_app.window
    # The rows are there as soon as the vault opens; the count is not taken yet.
    assert window.model.rowCount() == PAGE_SIZE and window.model.known_total is None
    with qtbot.waitSignal(window.model.total_known, timeout=5_000) as counted:
        pass
    assert counted.args == [MANY]
    assert window.count_label.text() == f"{MANY} records"

    # Scrolling fetches the rest page by page, newest first, each record once.
    while window.proxy.canFetchMore(window.proxy.index(-1, -1)):
        window.proxy.fetchMore(window.proxy.index(-1, -1))
    dates = [window.model.index(row, 0).data() for row in range(window.model.rowCount())]
    assert len(dates) == MANY and dates == sorted(dates, reverse=True)
    ids = [window.model.record_id(row) for row in range(MANY)]
    assert len(set(ids)) == MANY


def test_a_search_lists_the_best_match_first_and_a_header_sorts_the_hits(
    qtbot, observer: Session, field_app
) -> None:
    best, other, _ = records.add_records(observer, [
        {**RECORD, "title": "Strike at the smelter", "description": "The strike went on.",
         "occurred_on": "2019-01-01"},
        {**RECORD, "title": "Summons after a long meeting", "description":
         "Questions about many things, a strike among them, and much else besides.",
         "occurred_on": "2024-01-01"},
        {**RECORD, "title": "Nothing of the kind", "occurred_on": "2023-01-01"},
    ])
    observer.lock()
    open_unlocked(qtbot, field_app)
    window = field_app.window
    assert window.model.record_id(0) != best  # by date, newest first
    window.filters.search.setText("strike")
    with qtbot.waitSignal(window.filters.changed, timeout=2_000):
        pass
    assert [window.model.record_id(r) for r in range(window.model.rowCount())] == [best, other]
    assert window.count_label.text() == "2 records"
    window.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert [window.model.record_id(r) for r in range(window.model.rowCount())] == [other, best]
