"""The evidence panel: what each file is, a photo opened inside the app, a copy saved out."""

from __future__ import annotations

import io
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QWidget
from support import MINIMAL_RECORD, enrol

from fieldapp.services import attachments, export, importing, records
from fieldapp.services.session import Session, create_vault
from fieldapp.store.keyfile import KDF_FLOOR
from fieldapp.ui.attachments_panel import AttachmentsPanel
from fieldapp.ui.evidence_model import AttachmentsModel
from fieldapp.ui.evidence_viewer import EvidenceViewer
from fieldapp.ui.tasks import TaskRunner
from tests.gui.conftest import PASSPHRASE, ScriptedPrompts, shown_rows

RED, GREEN = (220, 40, 30), (30, 160, 60)


class CopyPrompts(ScriptedPrompts):
    """Says yes (or no) to the warning and names where the copy goes, noting the order."""

    def __init__(self, target: Path | None) -> None:
        super().__init__()
        self.target = target
        self.warn_answer = True
        self.asked: list[str] = []

    def confirm_unencrypted_copy(self, parent: QWidget, filename: str) -> bool:
        self.asked.append(f"warned {filename}")
        return self.warn_answer

    def save_attachment(self, parent: QWidget, filename: str) -> Path | None:
        self.asked.append(f"where {filename}")
        return self.target


def png(size: tuple[int, int]) -> bytes:
    """Red left half, green right half, with a GPS position in its EXIF."""
    image = Image.new("RGB", size, RED)
    image.paste(GREEN, (size[0] // 2, 0, size[0], size[1]))
    exif = Image.Exif()
    exif[0x010F] = "CameraMaker"
    exif.get_ifd(0x8825)[2] = (43.0, 15.0, 0.0)
    buffer = io.BytesIO()
    image.save(buffer, "PNG", exif=exif)
    return buffer.getvalue()


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.shutdown()


@pytest.fixture
def copy_prompts(tmp_path: Path) -> CopyPrompts:
    return CopyPrompts(tmp_path / "copy.png")


def make_panel(qtbot, runner: TaskRunner, prompts: ScriptedPrompts,  # type: ignore[no-untyped-def]
               session: Session, record_id: str) -> AttachmentsPanel:
    panel = AttachmentsPanel(runner, lambda parent: None, prompts)
    qtbot.addWidget(panel)
    panel.resize(700, 300)
    panel.show()
    panel.show_record(session, record_id)
    return panel


@pytest.fixture
def photo_record(observer: Session) -> tuple[str, attachments.AttachmentInfo]:
    record_id = records.add_record(observer, MINIMAL_RECORD)
    info = attachments.attach_bytes(observer, record_id, "crowd at the court.png",
                                    png((1600, 1200)))
    return record_id, info


def open_viewer(qtbot, panel: AttachmentsPanel) -> EvidenceViewer:  # type: ignore[no-untyped-def]
    rect = panel.list.visualRect(panel.list.model().index(0, 0))
    # The press the double-click follows (a view opens only the item the press was on).
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(panel.viewer_opened, timeout=10_000) as opened:
        qtbot.mouseDClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    viewer = opened.args[0]
    assert isinstance(viewer, EvidenceViewer)
    qtbot.waitUntil(lambda: not viewer.picture.pixmap().isNull(), timeout=10_000)
    return viewer


def test_the_panel_shows_kind_size_and_what_was_removed(
    qtbot, runner, copy_prompts, observer, photo_record
) -> None:
    record_id, info = photo_record
    attachments.attach_bytes(observer, record_id, "statement.pdf", b"%PDF-1.4 not much")
    panel = make_panel(qtbot, runner, copy_prompts, observer, record_id)
    photo, statement = shown_rows(panel.list)
    assert photo[:3] == ["crowd at the court.png", "Photo",
                         f"{info.size / 1024:.1f} KB"]
    assert "GPS location" in photo[3] and "EXIF" in photo[3]
    assert statement == ["statement.pdf", "Document", "17 B",
                         "Metadata NOT removed: this file type is stored as it is."]
    tooltip = panel.list.model().index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "crowd at the court.png" in tooltip and info.original_sha256 in tooltip
    # Nothing chosen: nothing to view or save; a PDF can be saved, not viewed.
    assert not panel.view_button.isEnabled() and not panel.save_button.isEnabled()
    panel.list.selectRow(1)
    assert panel.save_button.isEnabled() and not panel.view_button.isEnabled()
    panel.list.selectRow(0)
    assert panel.view_button.isEnabled()


def test_sizes_are_written_the_way_the_language_writes_numbers() -> None:
    model = AttachmentsModel()
    try:
        QLocale.setDefault(QLocale("ru"))
        assert model.size_text(1536) == "1,5 KB"
        assert model.size_text(5 * 1024 * 1024) == "5,0 MB"
    finally:
        QLocale.setDefault(QLocale("en"))
    assert model.size_text(1536) == "1.5 KB"
    assert model.size_text(1023) == "1,023 B"


def test_double_click_opens_the_photo_in_the_app_without_a_temporary_file(
    qtbot, runner, copy_prompts, observer, photo_record, tmp_path, monkeypatch
) -> None:
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))  # Qt's temporary folder
    monkeypatch.setattr(tempfile, "tempdir", str(temp))  # Python's
    record_id, _ = photo_record
    panel = make_panel(qtbot, runner, copy_prompts, observer, record_id)
    viewer = open_viewer(qtbot, panel)
    assert viewer.isVisible()
    assert viewer.windowTitle() == "Evidence: crowd at the court.png"
    # Fitted: the whole picture inside the window, smaller than its 1600 x 1200 pixels.
    shown = viewer.picture.pixmap()
    room = viewer.area.viewport().size()
    assert shown.width() <= room.width() and shown.height() <= room.height()
    assert viewer.scale < 1
    viewer.actual_button.click()
    image = viewer.picture.pixmap().toImage()
    assert (image.width(), image.height()) == (1600, 1200)
    left, right = image.pixelColor(10, 600), image.pixelColor(1590, 600)
    assert (left.red(), left.green(), left.blue()) == RED
    assert (right.red(), right.green(), right.blue()) == GREEN
    viewer.zoom_in_button.click()
    assert viewer.scale == pytest.approx(1.25)
    assert "1600 × 1200 pixels, shown at 125 %" in viewer.status.text()
    assert list(temp.rglob("*")) == []
    # Locking (the panel is emptied) takes the decrypted picture away.
    panel.show_record(None, None)
    assert panel.viewer is None and not viewer.isVisible()


def test_a_copy_is_saved_after_the_warning_with_the_exact_bytes(
    qtbot, runner, copy_prompts, observer, photo_record
) -> None:
    record_id, info = photo_record
    panel = make_panel(qtbot, runner, copy_prompts, observer, record_id)
    panel.list.selectRow(0)
    copy_prompts.warn_answer = False
    panel.save_button.click()
    assert copy_prompts.asked == ["warned crowd at the court.png"]
    assert copy_prompts.target is not None and not copy_prompts.target.exists()

    copy_prompts.warn_answer = True
    with qtbot.waitSignal(panel.saved, timeout=10_000):
        panel.save_button.click()
    assert copy_prompts.asked[1:] == ["warned crowd at the court.png",
                                      "where crowd at the court.png"]
    assert copy_prompts.target.read_bytes() == attachments.attachment_data(observer, info.id)
    assert "Saved an unencrypted copy to" in panel.result.text()


def test_a_copy_can_be_saved_from_the_viewer(
    qtbot, runner, copy_prompts, observer, photo_record
) -> None:
    record_id, info = photo_record
    panel = make_panel(qtbot, runner, copy_prompts, observer, record_id)
    viewer = open_viewer(qtbot, panel)
    with qtbot.waitSignal(panel.saved, timeout=10_000):
        viewer.save_button.click()
    assert copy_prompts.asked[0] == "warned crowd at the court.png"
    assert copy_prompts.target is not None
    assert copy_prompts.target.read_bytes() == attachments.attachment_data(observer, info.id)


def test_the_office_sees_the_evidence_that_arrived_in_a_bundle(
    qtbot, runner, copy_prompts, observer, photo_record, tmp_path
) -> None:
    office = create_vault(tmp_path / "office", "office", "Office", PASSPHRASE, KDF_FLOOR)
    try:
        enrol(observer, office)
        enrol(office, observer)
        usb = tmp_path / "usb"
        usb.mkdir()
        sent = export.export_bundle(observer, usb)
        assert sent is not None
        assert importing.import_bundle(office, sent.path).status == "accepted"
        record_id, info = photo_record
        panel = make_panel(qtbot, runner, copy_prompts, office, record_id)
        [row] = shown_rows(panel.list)
        assert row[:2] == ["crowd at the court.png", "Photo"]
        assert "GPS location" in row[3]
        viewer = open_viewer(qtbot, panel)
        assert viewer.info.id == info.id
        panel.show_record(None, None)
    finally:
        office.lock()


def test_enter_opens_the_photo_and_escape_closes_it(
    qtbot, runner, copy_prompts, observer, photo_record
) -> None:
    record_id, _ = photo_record
    panel = make_panel(qtbot, runner, copy_prompts, observer, record_id)
    panel.list.setFocus()
    panel.list.selectRow(0)
    with qtbot.waitSignal(panel.viewer_opened, timeout=10_000) as opened:
        qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    viewer = opened.args[0]
    qtbot.waitUntil(lambda: not viewer.picture.pixmap().isNull(), timeout=10_000)
    qtbot.keyClick(viewer, Qt.Key.Key_Escape)
    assert not viewer.isVisible()
    # Deleted with its picture once the event loop is back; the panel lets go of it.
    qtbot.waitUntil(lambda: panel.viewer is None, timeout=10_000)
