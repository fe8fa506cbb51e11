"""The dashboard reads well: a short bar's count is readable, ticks are round, an empty year
shows, a cut chart says so, a language switch relabels the bars; and it leads to
publication: Export tables writes the CSV tables, Make bulletin opens the composer."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from fieldapp.domain.taxonomy import load_default
from fieldapp.reports.statistics import KEYS
from fieldapp.services import records
from fieldapp.ui.dashboard import Dashboard
from fieldapp.ui.dashboard_charts import round_step
from fieldapp.ui.publication_composer import PublicationComposer
from fieldapp.ui.tasks import TaskRunner
from tests.gui.conftest import ScriptedPrompts

TAXONOMY = load_default()
TYPES = list(TAXONOMY["threat_type"].codes())[:23]


def figures() -> dict[str, Any]:
    report: dict[str, Any] = {key: {} for key in KEYS}
    report.update(period={"from": None, "to": None}, threats=150, persons=9, resolved=1,
                  cases=0, recourses=0, recourse_persons=0)
    # Threats in 2019 and 2021 but none in 2020: more than two years, so drawn by year.
    report["by_month"] = {"2019-02": 40, "2019-07": 3, "2021-05": 1}
    report["by_sector"] = {"coal": 137, "trade_unions": 1}
    report["by_type"] = {code: n + 1 for n, code in enumerate(TYPES)}
    return report


@pytest.fixture
def dashboard(qtbot) -> Iterator[Dashboard]:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    board = Dashboard(TAXONOMY, "en", runner, lambda _filters: figures())
    qtbot.addWidget(board)
    board.resize(1300, 900)
    board.show()
    with qtbot.waitSignal(board.computed, timeout=20_000):
        board.refresh()
    yield board
    runner.shutdown()


def test_a_short_bars_count_is_written_beyond_it_a_long_ones_inside(dashboard) -> None:  # type: ignore[no-untyped-def]
    chart = dashboard.charts["by_sector"]
    short, long = chart.codes.index("trade_unions"), chart.codes.index("coal")
    assert chart.value_labels[short].text() == "1"
    # The figure of the bar of 1 starts beyond the bar's end, in the text colour.
    assert chart.value_labels[short].pos().x() > chart.bar_end(short).x()
    assert not chart.label_inside(short)
    assert chart.value_labels[short].brush().color().lightness() < 60
    # The long bar keeps its figure inside, white on the dark bar.
    assert chart.label_inside(long)
    assert chart.value_labels[long].brush().color().lightness() > 200


def test_ticks_are_round(dashboard) -> None:  # type: ignore[no-untyped-def]
    axis = dashboard.charts["by_sector"].chart().axes(Qt.Orientation.Horizontal)[0]
    step = axis.tickInterval()
    assert step in (1, 2, 5, 10, 20, 50, 100)
    assert axis.min() == 0 and axis.max() % step == 0 and axis.max() >= 137
    assert [round_step(n) for n in (1, 4, 7, 37, 137, 4200)] == [1, 1, 2, 10, 50, 1000]


def test_a_year_without_threats_shows_as_zero(dashboard) -> None:  # type: ignore[no-untyped-def]
    chart = dashboard.charts["by_month"]
    assert chart.chart().title() == "By year (threat-months)"
    years = dict(zip(chart.codes, chart.counts, strict=True))
    assert years == {"2019": 43, "2020": 0, "2021": 1}
    axis = chart.chart().axes(Qt.Orientation.Vertical)[0]
    assert sorted(axis.categories()) == ["2019", "2020", "2021"]
    assert chart.value_labels[chart.codes.index("2020")].text() == "0"


def test_a_cut_chart_says_how_much_it_shows(dashboard) -> None:  # type: ignore[no-untyped-def]
    chart = dashboard.charts["by_type"]
    assert len(chart.codes) == 15
    assert chart.note == "top 15 of 23"
    assert "top 15 of 23" in chart.chart().title()
    assert "top" not in dashboard.charts["by_sector"].chart().title()


def test_an_empty_period_says_so_on_each_chart(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    empty: dict[str, Any] = {key: {} for key in KEYS}
    try:
        board = Dashboard(TAXONOMY, "en", runner, lambda _filters: empty)
        qtbot.addWidget(board)
        with qtbot.waitSignal(board.computed, timeout=20_000):
            board.refresh()
        assert all(chart.note == "Nothing was counted in this period"
                   for chart in board.charts.values())
        assert not board.publish.isVisibleTo(board)  # no window's composer to lead to
    finally:
        runner.shutdown()


# -- in the window, with a vault -----------------------------------------------------------------

BASE = {"occurred_on": "2021-03-02", "region": "karaganda", "threat_type": "dismissal",
        "sectors": ["coal"]}


class TablePrompts(ScriptedPrompts):
    def __init__(self) -> None:
        super().__init__()
        self.tables_folder: Path | None = None

    def choose_tables_folder(self, parent: QWidget) -> Path | None:
        return self.tables_folder


@pytest.fixture
def prompts() -> TablePrompts:
    return TablePrompts()


def opened(qtbot, office, field_app) -> Dashboard:  # type: ignore[no-untyped-def]
    records.add_records(office, [{**BASE, "title": f"Miner {n} dismissed"} for n in range(4)]
                        + [{**BASE, "title": "Union searched", "threat_type": "search"}])
    field_app.open_window(office)
    field_app.window.open_dashboard()
    dashboard = field_app.window.dashboard
    with qtbot.waitSignal(dashboard.computed, timeout=20_000):
        pass
    return dashboard


def test_switching_to_russian_relabels_the_charts(qtbot, office, field_app) -> None:  # type: ignore[no-untyped-def]
    dashboard = opened(qtbot, office, field_app)
    axis = dashboard.charts["by_type"].chart().axes(Qt.Orientation.Vertical)[0]
    assert "Dismissal from work" in axis.categories()
    field_app.languages.set_language("ru")
    chart = dashboard.charts["by_type"].chart()
    assert chart.title() == "По видам угроз (угрозы)"
    assert "Увольнение с работы" in chart.axes(Qt.Orientation.Vertical)[0].categories()
    months = dashboard.charts["by_month"].chart().axes(Qt.Orientation.Vertical)[0]
    assert months.categories() == ["мар. 2021"]


def test_export_tables_writes_them_into_the_chosen_folder(
    qtbot, office, field_app, prompts, tmp_path  # type: ignore[no-untyped-def]
) -> None:
    dashboard = opened(qtbot, office, field_app)
    prompts.tables_folder = tmp_path / "tables"
    steps: list[int] = []
    dashboard.publish.progress.valueChanged.connect(steps.append)
    dashboard.publish.export_button.click()
    qtbot.waitUntil(lambda: bool(prompts.infos), timeout=20_000)
    summary = prompts.tables_folder / "summary.csv"
    assert summary.exists()
    assert "threats" in summary.read_text(encoding="utf-8")
    assert prompts.infos == [f"The tables were written to {prompts.tables_folder}."]
    assert steps[-1] == 2 and not dashboard.publish.progress.isVisible()
    assert dashboard.publish.export_button.isEnabled()


def test_export_tables_cancelled_writes_nothing(qtbot, office, field_app, prompts) -> None:  # type: ignore[no-untyped-def]
    dashboard = opened(qtbot, office, field_app)
    dashboard.publish.export_button.click()
    assert prompts.infos == [] and dashboard.publish.export_button.isEnabled()


def test_make_bulletin_opens_the_composer(qtbot, office, field_app) -> None:  # type: ignore[no-untyped-def]
    dashboard = opened(qtbot, office, field_app)
    assert dashboard.publish.bulletin_button.text() == "Make bulletin…"
    dashboard.publish.bulletin_button.click()
    composer = field_app.window.publication.dialog
    assert isinstance(composer, PublicationComposer) and composer.isVisible()
    composer.discard()
