"""The dashboard computes the report in the worker, draws it, and a bar opens its records."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from fieldapp.services import cases, records
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


def test_the_cases_page_shows_cases_recourses_and_articles_with_their_units(
    qtbot, office, field_app
):
    [(case_id, reference)] = cases.add_cases(office, [
        {"title": "Miners' leader prosecuted", "opened_on": "2021-03",
         "persons": [{"alias": "Serik T.", "gender": "man"},
                     {"alias": "Aliya K.", "gender": "woman"}]}])
    records.add_records(office, [
        # Names no victim: the case's two persons stand for them.
        {**BASE, "title": "Leader detained", "threat_type": "detention", "case": reference,
         "legal_articles": ["cc_174", "cc_274"], "outcome": "release_from_custody",
         "outcome_on": "2021-06-01"},
        {**BASE, "title": "Leader charged", "threat_type": "criminal_charge",
         "occurred_on": "2021-04-10", "case": case_id, "legal_articles": ["cc_274"]},
    ])
    window = field_app.window
    field_app.open_window(office)
    window.open_dashboard()
    dashboard = window.dashboard
    with qtbot.waitSignal(dashboard.computed, timeout=20_000) as done:
        pass
    report = done.args[0]
    assert (report["cases"], report["recourses"], report["recourse_persons"]) == (1, 2, 2)
    shown = dashboard.case_figures.text()
    assert "<b>1</b> cases (distinct cases, merged ones once)" in shown
    assert "<b>2</b> recourses (positive outcomes dated in the period)" in shown
    assert "<b>2</b> persons with a recourse (distinct persons)" in shown
    assert [dashboard.pages.tabText(i) for i in range(2)] == ["Threats", "Cases and recourses"]
    recourses = dashboard.charts["recourses_by_type"]
    assert recourses.chart().title() == "Recourses by type (recourses)"
    assert sorted(recourses.codes) == ["other_positive", "release_from_custody"]
    articles = dashboard.charts["by_legal_article"]
    assert articles.chart().title() == "Threats by legal article (threat-articles)"
    assert articles.codes == ["cc_174", "cc_274"]  # drawn bottom-up: the largest on top
    bars = articles.chart().series()[0].barSets()[0]
    assert [bars.at(i) for i in range(bars.count())] == [1, 2]
    axis = articles.chart().axes(Qt.Orientation.Vertical)[0]
    assert axis.categories()[1].startswith("CC art. 274")
    # A bar of a case chart opens nothing: the record list cannot filter by article.
    before = window.model.total
    bars.clicked.emit(1)
    assert window.model.total == before
    field_app.languages.set_language("ru")  # the window's Language menu
    axis = dashboard.charts["by_legal_article"].chart().axes(Qt.Orientation.Vertical)[0]
    assert axis.categories()[1].startswith("УК ст. 274")
    assert dashboard.pages.tabText(1) == "Дела и позитивные результаты"


def test_the_dashboard_opened_again_shows_the_last_figures_at_once(qtbot, office, field_app):
    window = field_app.window
    field_app.open_window(office)
    window.open_dashboard()
    with qtbot.waitSignal(window.dashboard.computed, timeout=20_000):
        pass
    window.dashboard.close()
    window.open_dashboard()
    again = window.dashboard
    # Before the worker's new figures arrive, the last ones are drawn.
    assert "<b>3</b> threats (distinct records)" in again.figures.text()
    with qtbot.waitSignal(again.computed, timeout=20_000):
        pass
    assert "<b>3</b> threats (distinct records)" in again.figures.text()
