"""Attaching an image from the window: mark areas to hide, see the result, attach or cancel."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageStat
from PySide6.QtCore import QPoint, Qt

from fieldapp.services import attachments, records
from fieldapp.services.redaction import Region
from fieldapp.services.session import Session
from fieldapp.ui.app import FieldApp
from fieldapp.ui.redaction_dialog import RedactionDialog, scaled
from tests.gui.conftest import ScriptedPrompts, shown_rows
from tests.gui.test_window import RECORD, open_unlocked

RED, BLUE = (220, 30, 30), (30, 40, 210)


def red_blue() -> Image.Image:
    """Red left half, blue right half, with a checkerboard in the middle of the red."""
    image = Image.new("RGB", (400, 240), RED)
    image.paste(BLUE, (200, 0, 400, 240))
    for y in range(80, 160, 4):
        for x in range(40, 160, 4):
            if (x + y) // 4 % 2:
                image.paste((255, 255, 255), (x, y, x + 4, y + 4))
    return image


@pytest.fixture
def photo(tmp_path: Path) -> Path:
    path = tmp_path / "crowd.png"
    exif = Image.Exif()
    exif[0x010F] = "CameraMaker"
    exif.get_ifd(0x8825)[2] = (43.0, 15.0, 0.0)  # a GPS position
    buffer = io.BytesIO()
    red_blue().save(buffer, "PNG", exif=exif)
    path.write_bytes(buffer.getvalue())
    return path


def open_dialog(qtbot, field_app: FieldApp, observer: Session,  # type: ignore[no-untyped-def]
                prompts: ScriptedPrompts, path: Path) -> RedactionDialog:
    records.add_records(observer, [RECORD])
    observer.lock()
    prompts.attachment = path
    open_unlocked(qtbot, field_app)
    field_app.window.table.selectRow(0)
    panel = field_app.window.attachments
    with qtbot.waitSignal(panel.redaction_opened, timeout=20_000) as opened:
        panel.add_button.click()
    dialog = opened.args[0]
    assert isinstance(dialog, RedactionDialog)
    qtbot.waitExposed(dialog)
    return dialog


def widget_point(dialog: RedactionDialog, x: int, y: int) -> QPoint:
    """The widget pixel nearest to image pixel (x, y)."""
    left, top, _, _ = dialog.canvas.fit().target
    scale = dialog.canvas.fit().scale
    return QPoint(round(left + x * scale), round(top + y * scale))


def drag(qtbot, dialog: RedactionDialog, start: QPoint, end: QPoint) -> None:  # type: ignore[no-untyped-def]
    canvas = dialog.canvas
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=start)
    middle = QPoint((start.x() + end.x()) // 2, (start.y() + end.y()) // 2)
    qtbot.mouseMove(canvas, middle)
    qtbot.mouseMove(canvas, end)
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=end)


def stored_images(session: Session) -> list[tuple[str, Image.Image]]:
    result = []
    record_id = records.list_records(session, records.RecordQuery())[0].id
    for info in attachments.list_attachments(session, record_id):
        image = Image.open(io.BytesIO(attachments.attachment_data(session, info.id)))
        image.load()
        result.append((info.role, image))
    return result


def box(region: Region) -> tuple[int, int, int, int]:
    return region.x, region.y, region.x + region.width, region.y + region.height


def test_a_dragged_area_is_blacked_out_in_the_stored_image(
    qtbot, observer, field_app, prompts, photo
):
    dialog = open_dialog(qtbot, field_app, observer, prompts, photo)
    assert not dialog.keep_original.isChecked() and not dialog.keep_original.isEnabled()
    dialog.mode.setCurrentIndex(1)  # black box
    drag(qtbot, dialog, widget_point(dialog, 220, 40), widget_point(dialog, 340, 120))
    [region] = dialog.regions()
    assert region.mode == "black"
    # The area is what the drag covered, in the full image's pixels, to within a widget pixel.
    slack = 1 / dialog.canvas.fit().scale + 1
    for got, wanted in zip(box(region), (220, 40, 340, 120), strict=True):
        assert abs(got - wanted) <= slack
    assert dialog.keep_original.isEnabled()
    # The live result shows the area black.
    preview = dialog.result_view.pixmap().toImage()
    small = scaled(region, (400, 240), (preview.width(), preview.height()))
    centre = preview.pixelColor(small.x + small.width // 2, small.y + small.height // 2)
    assert (centre.red(), centre.green(), centre.blue()) == (0, 0, 0)

    panel = field_app.window.attachments
    with qtbot.waitSignal(panel.attached, timeout=20_000):
        dialog.attach_button.click()
    [(role, stored)] = stored_images(field_app.session)
    assert role == "redacted"
    stored = stored.convert("RGB")
    found = stored.crop(box(region)).getcolors()
    assert found is not None and {colour for _, colour in found} == {(0, 0, 0)}
    outside = red_blue()
    outside.paste((0, 0, 0), box(region))
    assert ImageChops.difference(stored, outside).getbbox() is None
    assert stored.getexif().get_ifd(0x8825) == {}
    [row] = shown_rows(panel.list)
    assert "Redacted copy" in " ".join(row)
    assert "GPS location" in panel.result.text()
    assert field_app.window.attachments.redaction_dialog is None


def test_blur_by_default_and_the_original_kept_on_request(
    qtbot, observer, field_app, prompts, photo
):
    dialog = open_dialog(qtbot, field_app, observer, prompts, photo)
    drag(qtbot, dialog, widget_point(dialog, 40, 80), widget_point(dialog, 160, 160))
    drag(qtbot, dialog, widget_point(dialog, 250, 10), widget_point(dialog, 300, 60))
    qtbot.mouseClick(dialog.canvas, Qt.MouseButton.LeftButton,
                     pos=widget_point(dialog, 300, 200))  # a click marks nothing
    assert [r.mode for r in dialog.regions()] == ["blur", "blur"]
    dialog.remove_last.click()
    checkered = dialog.regions()[0]
    dialog.keep_original.setChecked(True)
    panel = field_app.window.attachments
    with qtbot.waitSignal(panel.attached, timeout=20_000):
        dialog.attach_button.click()
    (role, copy), (original_role, original) = stored_images(field_app.session)
    assert (role, original_role) == ("redacted", "original")
    pattern = box(checkered)
    assert max(ImageStat.Stat(original.convert("RGB").crop(pattern)).var) > 3000
    assert max(ImageStat.Stat(copy.convert("RGB").crop(pattern)).var) < 200
    assert ImageChops.difference(original.convert("RGB"), red_blue()).getbbox() is None
    assert "Unredacted original" in " ".join(shown_rows(panel.list)[1])
    assert "kept, encrypted" in panel.result.text()


def test_cancel_stores_nothing(qtbot, observer, field_app, prompts, photo):
    dialog = open_dialog(qtbot, field_app, observer, prompts, photo)
    drag(qtbot, dialog, widget_point(dialog, 10, 10), widget_point(dialog, 100, 100))
    dialog.buttons.button(dialog.buttons.StandardButton.Cancel).click()
    panel = field_app.window.attachments
    assert not field_app.runner.busy
    assert stored_images(field_app.session) == []
    assert shown_rows(panel.list) == []
    assert panel.result.text() == "Nothing was attached."
    assert panel.add_button.isEnabled()


def test_locking_closes_the_dialog_and_stores_nothing(qtbot, observer, field_app, prompts,
                                                      photo, vault_dir):
    dialog = open_dialog(qtbot, field_app, observer, prompts, photo)
    drag(qtbot, dialog, widget_point(dialog, 10, 10), widget_point(dialog, 100, 100))
    field_app.lock()
    assert not dialog.isVisible()
    assert field_app.window.attachments.redaction_dialog is None
    unlock = field_app.dialog
    unlock.passphrase.setText("seven quiet river stones")
    with qtbot.waitSignal(unlock.accepted, timeout=20_000):
        unlock.buttons.button(unlock.buttons.StandardButton.Ok).click()
    assert stored_images(field_app.session) == []


def test_a_file_that_is_not_an_image_skips_the_dialog(
    qtbot, observer, field_app, prompts, tmp_path
):
    records.add_records(observer, [RECORD])
    observer.lock()
    prompts.attachment = tmp_path / "statement.txt"
    prompts.attachment.write_text("I saw it.\n")
    open_unlocked(qtbot, field_app)
    field_app.window.table.selectRow(0)
    panel = field_app.window.attachments
    with qtbot.assertNotEmitted(panel.redaction_opened), \
            qtbot.waitSignal(panel.attached, timeout=20_000):
        panel.add_button.click()
    assert "NOT removed" in " ".join(shown_rows(panel.list)[0])


def test_scaled_regions_cover_the_same_part_of_a_smaller_copy() -> None:
    assert scaled(Region(0, 0, 4000, 3000), (4000, 3000), (900, 675)) == Region(0, 0, 900, 675)
    assert scaled(Region(1001, 10, 3, 3), (4000, 3000), (900, 675)) == Region(225, 2, 1, 1)
    tiny = scaled(Region(7, 7, 1, 1, "black"), (4000, 3000), (400, 300))
    assert (tiny.width, tiny.height, tiny.mode) == (1, 1, "black")
