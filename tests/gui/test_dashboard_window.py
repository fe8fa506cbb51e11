"""The dashboard computes the report in the worker, draws it, and a bar opens its records."""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldapp.services import records
from fieldapp.services.session import create_vault
from fieldapp.store.keyfile import KDF_FLOOR
from tests.gui.conftest import PASSPHRASE, shown_rows

BASE = {"occurred_on": "2021-03-02", "region": "karaganda", "threat_type": "dismissal",
        "sectors": ["coal"]}


@pytest.fixture
def office(tmp_path: Path):  # type: ignore[no-untyped-def]
    session = create_vault(tmp_path / "office", "office", "Central office", PASSPHRASE,
                           params=KDF_FLOOR)
    records.add_records(session, [
        {**BASE, "title": "Miner dismissed", "victims": [{"alias": "Serik T."}]},
        {**BASE, "title": "Second miner dismissed", "occurred_on": "2021-04",
         "victims": [{"alias": "serik t. "}], "outcome": "other_positive"},
        {**BASE, "title": "Union office searched", "threat_type": "search",
         "sectors": ["coal", "trade_unions"], "region": "pavlodar"},
    ])
    yield session
    session.lock()


def test_dashboard_draws_the_report_and_a_bar_opens_its_records(qtbot, office, field_app):
    window = field_app.window
    field_app.open_window(office)
    window.open_dashboard()
    dashboard = window.dashboard
    with qtbot.waitSignal(dashboard.computed, timeout=20_000) as done:
        pass
    report = done.args[0]
    assert report["threats"] == 3 and report["persons"] == 1 and report["resolved"] == 1
    assert "<b>3</b> threats (distinct records)" in dashboard.figures.text()
    sector_chart = dashboard.charts["by_sector"]
    assert sorted(sector_chart.codes) == ["coal", "trade_unions"]
    bars = sector_chart.chart().series()[0].barSets()[0]
    bars.clicked.emit(sector_chart.codes.index("trade_unions"))
    assert window.model.total == 1
    assert window.proxy.index(0, 1).data() == "Union office searched"
    month_chart = dashboard.charts["by_month"]
    month_chart.chart().series()[0].barSets()[0].clicked.emit(month_chart.codes.index("2021-04"))
    assert window.model.total == 1


def test_duplicates_dialog_lists_nothing_for_one_author(qtbot, office, field_app):
    field_app.open_window(office)
    field_app.window.open_duplicates()
    dialog = field_app.window.duplicates_dialog
    assert shown_rows(dialog.table) == []
