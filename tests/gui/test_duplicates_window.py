"""The duplicates view as a coordinator meets it: who reported each record, how far apart
the dates are in words, and either record opened from the pair."""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldapp.services import export, importing, records
from fieldapp.services.session import Session, create_vault
from fieldapp.store.keyfile import KDF_FLOOR
from fieldapp.ui.duplicates_dialog import DuplicatesDialog
from tests.gui.conftest import PASSPHRASE, enrolled_observer, shown_rows

RECORD = {"title": "Union leader Serik detained at the plant gate", "occurred_on": "2023-06-01",
          "region": "mangystau", "threat_type": "detention", "sectors": ["oil"],
          "victims": [{"alias": "Serik T.", "gender": "man"}]}



@pytest.fixture
def office_and_observers(tmp_path: Path):  # type: ignore[no-untyped-def]
    office = create_vault(tmp_path / "office", "office", "Central office", PASSPHRASE,
                          params=KDF_FLOOR)
    observers = [enrolled_observer(office, tmp_path / name, name)
                 for name in ("Aktau observer", "Zhanaozen observer")]
    yield office, observers
    for session in (office, *observers):
        session.lock()


def deliver(office: Session, observer: Session, out: Path) -> None:
    made = export.export_bundle(observer, out)
    assert made is not None
    assert importing.import_bundle(office, made.path).status == "accepted"


def open_dialog(qtbot, office: Session) -> DuplicatesDialog:  # type: ignore[no-untyped-def]
    dialog = DuplicatesDialog(office, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_pair_names_both_observers_and_says_how_many_days_apart(
    qtbot, office_and_observers, tmp_path
):
    office, (aktau, zhanaozen) = office_and_observers
    records.add_records(aktau, [RECORD])
    records.add_records(zhanaozen, [{**RECORD, "occurred_on": "2023-06-04",
                                     "title": "Serik detained by police at the plant"}])
    deliver(office, aktau, tmp_path)
    deliver(office, zhanaozen, tmp_path)
    dialog = open_dialog(qtbot, office)
    [row] = shown_rows(dialog.table)
    assert sorted(row[1].split("\n")) == ["Aktau observer", "Zhanaozen observer"]
    assert row[3] == "3 days apart"
    assert row[4] == "one shared person"


def test_either_record_opens_from_the_pair_and_this_vault_is_named(
    qtbot, office_and_observers, tmp_path
):
    office, (aktau, _) = office_and_observers
    [mine] = records.add_records(office, [{**RECORD, "title": "Serik detained, office note"}])
    [theirs] = records.add_records(aktau, [RECORD])
    deliver(office, aktau, tmp_path)
    dialog = open_dialog(qtbot, office)
    assert not dialog.open_buttons[0].isEnabled()  # nothing chosen yet: nothing to open
    [row] = shown_rows(dialog.table)
    assert row[3] == "same day"
    names = row[1].split("\n")
    assert sorted(names) == ["Aktau observer", "this vault"]
    dialog.table.selectRow(0)
    titles = row[0].split("\n")
    for side in (0, 1):
        button = dialog.open_buttons[side]
        assert button.isEnabled() and button.text() == f"Open the record from {names[side]}"
        button.click()
        opened = dialog.record_dialog
        assert opened is not None
        qtbot.waitExposed(opened)
        assert titles[side] in opened.view.toPlainText()
        assert opened.windowTitle() == f"Record: {titles[side]}"
    assert {dialog.selected_pair().first, dialog.selected_pair().second} == {mine, theirs}
