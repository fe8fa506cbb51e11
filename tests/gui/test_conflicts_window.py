"""The conflict view as a coordinator meets it: the common earlier version beside both sides,
the differing fields marked, and a version of the record combined field by field."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from fieldapp.services import export, importing, records
from fieldapp.services.session import Session, create_vault
from fieldapp.store.keyfile import KDF_FLOOR
from fieldapp.ui.conflicts_dialog import ConflictView
from tests.gui.conftest import PASSPHRASE, enrolled_observer, shown_rows

RECORD = {"title": "Strike leader detained", "occurred_on": "2023-06-01", "region": "mangystau",
          "locality": "Zhanaozen", "threat_type": "detention", "sectors": ["oil"]}



@pytest.fixture
def conflict(tmp_path: Path):  # type: ignore[no-untyped-def]
    """An office and an observer that both edited one record: (office, record id)."""
    office = create_vault(tmp_path / "office", "office", "Central office", PASSPHRASE,
                          params=KDF_FLOOR)
    observer = enrolled_observer(office, tmp_path / "observer", "Aktau observer")
    (record_id,) = records.add_records(observer, [RECORD])
    for changes in (None, {"title": "Leader detained overnight", "locality": "Aktau"}):
        if changes:
            records.edit_record(office, record_id, {"title": "Leader held by police",
                                                    "locality": "Zhetybai"})
            records.edit_record(observer, record_id, changes)
        made = export.export_bundle(observer, tmp_path)
        assert made is not None
        importing.import_bundle(office, made.path)
    yield office, record_id
    office.lock()
    observer.lock()


def open_view(qtbot, office: Session) -> ConflictView:  # type: ignore[no-untyped-def]
    view = ConflictView(office, "en")
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_the_earlier_version_is_shown_and_the_differing_fields_marked(qtbot, conflict):
    office, _ = conflict
    view = open_view(qtbot, office)
    model = view.fields_model
    header = model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
    assert header.startswith("Earlier common version")
    rows = {model.headerData(r, Qt.Orientation.Vertical, Qt.ItemDataRole.DisplayRole): cells
            for r, cells in enumerate(shown_rows(view.table))}
    assert rows["≠ Title"][0] == "Strike leader detained"
    assert set(rows["≠ Title"][1:]) == {"Leader held by police", "Leader detained overnight"}
    assert rows["≠ Locality"][0] == "Zhanaozen"
    assert len(set(rows["Region"])) == 1  # the same everywhere: not marked
    marked = [r for r in range(model.rowCount()) if model.differs[r]]
    assert [view.field_label(view.row_fields[r]) for r in marked] == ["Title", "Locality"]
    # Marked rows are coloured; the later side's cell is the one ticked at first.
    title = model.index(0, 1)
    assert title.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert model.index(0, 2).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert model.index(0, 0).data(Qt.ItemDataRole.CheckStateRole) is None  # not a side
    background = model.index(0, 2).data(Qt.ItemDataRole.BackgroundRole)
    assert background.color() == QColor("#fff3c4")
    region = view.row_fields.index("region")
    assert model.index(region, 1).data(Qt.ItemDataRole.BackgroundRole) is None


def test_choosing_a_field_from_each_side_saves_exactly_that(qtbot, conflict):
    office, record_id = conflict
    view = open_view(qtbot, office)
    model = view.fields_model
    title_row, locality_row = view.row_fields.index("title"), view.row_fields.index("locality")
    left, right = model.index(title_row, 1).data(), model.index(title_row, 2).data()
    right_locality = model.index(locality_row, 2).data()
    # The title from the right-hand version (a click on its cell), the locality from the left.
    cell = view.table.visualRect(model.index(title_row, 2)).center()
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert model.index(title_row, 2).data(Qt.ItemDataRole.CheckStateRole) == (
        Qt.CheckState.Checked)
    assert model.index(title_row, 1).data(Qt.ItemDataRole.CheckStateRole) == (
        Qt.CheckState.Unchecked)
    assert model.setData(model.index(locality_row, 1), Qt.CheckState.Checked.value,
                         Qt.ItemDataRole.CheckStateRole)
    left_locality = model.index(locality_row, 1).data()
    with qtbot.waitSignal(view.resolved):
        view.combine_button.click()
    assert shown_rows(view.list) == []
    shown = records.show_record(office, record_id)
    assert (shown["title"], shown["locality"]) == (right, left_locality)
    assert left != right and left_locality != right_locality
    assert shown["region"] == RECORD["region"]
    assert "new version" in view.status.text()
