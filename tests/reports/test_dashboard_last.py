"""A dashboard opened again shows the whole vault's last figures at once, and replaces them
when the worker has computed them anew."""

from __future__ import annotations

import threading
from typing import Any

from fieldapp.domain.taxonomy import load_default
from fieldapp.reports.statistics import KEYS
from fieldapp.ui.dashboard import Dashboard
from fieldapp.ui.tasks import TaskRunner


def figures(threats: int) -> dict[str, Any]:
    report: dict[str, Any] = {key: {} for key in KEYS}
    report.update(period={"from": None, "to": None}, threats=threats, persons=0,
                  resolved=0, cases=0, recourses=0, recourse_persons=0)
    return report


def test_the_last_figures_show_before_the_new_ones_arrive(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    release = threading.Event()

    def compute(filters: dict[str, str | None]) -> dict[str, Any]:
        release.wait(10)  # the worker is still computing while the window is looked at
        return figures(7 if not any(filters.values()) else 2)

    try:
        first = Dashboard(load_default(), "en", runner, compute)
        qtbot.addWidget(first)
        assert first.last_report is None
        with qtbot.waitSignal(first.computed, timeout=20_000):
            first.refresh()
            release.set()
        assert first.last_report is not None
        first.date_from.setText("2021-01")
        with qtbot.waitSignal(first.computed, timeout=20_000):
            first.refresh()
        assert "<b>2</b> threats" in first.figures.text()
        assert first.last_report["threats"] == 7  # a filtered view is not the vault's

        release.clear()
        again = Dashboard(load_default(), "en", runner, compute, last=first.last_report)
        qtbot.addWidget(again)
        again.refresh()
        assert "<b>7</b> threats" in again.figures.text()
        assert again.busy.isVisibleTo(again)
        with qtbot.waitSignal(again.computed, timeout=20_000):
            release.set()
        assert not again.busy.isVisibleTo(again)
    finally:
        release.set()
        runner.shutdown()
