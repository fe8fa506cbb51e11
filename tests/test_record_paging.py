"""The record list a page at a time: keyset pages in every order, ranked search, counts."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from support import MINIMAL_RECORD, PASSPHRASE

from fieldapp.services import records
from fieldapp.services.session import Session, create_vault
from fieldapp.store import record_list
from fieldapp.store.keyfile import KDF_FLOOR
from fieldapp.store.records import SORTABLE, PageKey, RecordQuery

REGIONS = ("astana", "almaty", "pavlodar")


@pytest.fixture(scope="module")
def listed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Session]:
    """47 records with many equal sort values (three regions, four dates, repeated titles),
    so pages must break ties by id; two of them are deleted."""
    session = create_vault(tmp_path_factory.mktemp("paging") / "vault", "observer", "Pages",
                           PASSPHRASE, KDF_FLOOR)
    ids = records.add_records(session, [
        {**MINIMAL_RECORD, "title": f"Summons {n % 5}", "region": REGIONS[n % 3],
         "occurred_on": f"2022-0{1 + n % 4}", "description": "union" if n % 2 else "other"}
        for n in range(47)])
    for record_id in ids[:2]:
        records.delete_record(session, record_id)
    yield session
    session.lock()


def every_page(session: Session, query: RecordQuery, size: int) -> list[str]:
    shown: list[str] = []
    after: PageKey | None = None
    while True:
        rows, after = records.page_records(session, query, size, after)
        assert len(rows) <= size
        shown.extend(row.id for row in rows)
        if after is None:
            return shown


@pytest.mark.parametrize("column", SORTABLE)
@pytest.mark.parametrize("descending", [True, False])
def test_pages_in_any_order_show_each_listed_record_once_in_that_order(
    listed: Session, column: str, descending: bool
) -> None:
    query = RecordQuery(order_by=column, descending=descending)
    whole = records.list_records(listed, query)
    assert len(whole) == 45  # the deleted two are not listed
    keys = [(getattr(row, column), row.id) for row in whole]
    assert keys == sorted(keys, reverse=descending)
    for size in (1, 7, 45, 100):
        assert every_page(listed, query, size) == [row.id for row in whole]


def test_pages_keep_to_the_filters_and_the_count_agrees(listed: Session) -> None:
    query = RecordQuery(regions=["pavlodar"], order_by="title")
    shown = every_page(listed, query, 4)
    assert shown and len(shown) == len(set(shown)) == records.count_records(listed, query)
    assert all(records.show_record(listed, record_id)["region"] == "pavlodar"
               for record_id in shown)


def test_every_page_is_read_from_an_index_never_by_skipping_rows(listed: Session) -> None:
    for column in SORTABLE:
        for after in (None, PageKey("2022", "x")):
            plan = explain(listed, RecordQuery(order_by=column), after)
            assert f"records_list_by_{column}" in plan and "TEMP B-TREE" not in plan
            assert "OFFSET" not in plan


def explain(session: Session, query: RecordQuery, after: PageKey | None) -> str:
    """The query plan of the page query the store runs (captured from its own SQL)."""
    statements: list[str] = []
    session.conn.set_trace_callback(statements.append)
    try:
        record_list.page(session.conn, query, 3, after)
    finally:
        session.conn.set_trace_callback(None)
    (sql,) = [s for s in statements if s.lstrip().startswith("SELECT")]
    return " ".join(str(row[-1]) for row in session.conn.execute("EXPLAIN QUERY PLAN " + sql))


def test_search_pages_are_ranked_best_first_and_cover_every_hit(tmp_path) -> None:
    session = create_vault(tmp_path / "vault", "observer", "Rank", PASSPHRASE, KDF_FLOOR)
    try:
        weak, strong, *others = records.add_records(session, [
            {**MINIMAL_RECORD, "title": "Summons about a long story", "description":
             "A strike was mentioned once among many other words about the weather " * 3},
            {**MINIMAL_RECORD, "title": "Strike", "description": "Strike, strike."},
            *({**MINIMAL_RECORD, "title": f"Strike notice {n}"} for n in range(9)),
            {**MINIMAL_RECORD, "title": "Nothing to find"},
        ])
        ranked = RecordQuery(text="strike", order_by="rank")
        shown = every_page(session, ranked, 3)
        assert shown[0] == strong and shown[-1] == weak
        assert set(shown) == {weak, strong, *others[:9]} and len(shown) == 11
        assert records.count_records(session, ranked) == 11
        # A deleted hit leaves the pages; a filter still applies to ranked hits.
        records.delete_record(session, strong)
        assert strong not in every_page(session, ranked, 2)
        assert records.count_records(session, ranked) == 10
        assert records.count_records(session, RecordQuery(text="strike", regions=["astana"])) == 10
        assert every_page(session, RecordQuery(text="strike", order_by="rank",
                                               regions=["almaty"]), 2) == []
    finally:
        session.lock()
