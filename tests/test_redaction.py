"""Redaction: marked areas are blacked out or blurred beyond recovery before an image is stored,
and the unredacted original is kept (encrypted, scrubbed, never exported) only when asked."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from photos import photo, picture
from PIL import Image, ImageChops, ImageStat
from support import MINIMAL_RECORD, PASSPHRASE, raises_code, raises_problem, run_cli

from fieldapp.errors import FieldappError
from fieldapp.imaging.redaction import Region, apply_regions, parse_region, preview, redact
from fieldapp.services import attachments, records
from fieldapp.services.session import Session, create_vault, unlock
from fieldapp.store import attachments as attachment_store
from fieldapp.store.keyfile import KDF_FLOOR
from fieldapp.ui.image_fit import ImageFit

RED, BLUE = (220, 30, 30), (30, 40, 210)
BOX = Region(30, 20, 50, 40, "black")


@pytest.fixture
def record_id(session: Session) -> str:
    return records.add_record(session, MINIMAL_RECORD)


def png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def read(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def red_blue(size: tuple[int, int] = (120, 80)) -> Image.Image:
    image = Image.new("RGB", size, RED)
    image.paste(BLUE, (size[0] // 2, 0, size[0], size[1]))
    return image


def checkerboard(size: tuple[int, int] = (120, 80), square: int = 2,
                 phase: int = 0) -> Image.Image:
    image = Image.new("L", size)
    image.putdata([255 * ((x // square + y // square + phase) % 2)
                   for y in range(size[1]) for x in range(size[0])])
    return image.convert("RGB")


def colours(image: Image.Image) -> set[object]:
    found = image.getcolors(maxcolors=image.width * image.height)
    assert found is not None
    return {colour for _, colour in found}


def inside(region: Region) -> tuple[int, int, int, int]:
    return region.x, region.y, region.x + region.width, region.y + region.height


def outside_is_unchanged(before: Image.Image, after: Image.Image, region: Region) -> bool:
    """Every pixel outside the region is identical (the region itself painted over in both)."""
    mask = Image.new("RGB", before.size, (0, 0, 0))
    a, b = before.convert("RGB").copy(), after.convert("RGB").copy()
    a.paste(mask.crop(inside(region)), inside(region))
    b.paste(mask.crop(inside(region)), inside(region))
    return ImageChops.difference(a, b).getbbox() is None


# --- the service -------------------------------------------------------------------------


def test_a_black_box_is_solid_black_and_nothing_else_changes() -> None:
    original = red_blue()
    result = read(redact(png(original), [BOX]))
    assert result.format == "PNG" and result.size == original.size
    patch = result.convert("RGB").crop(inside(BOX))
    assert colours(patch) == {(0, 0, 0)}
    assert outside_is_unchanged(original, result, BOX)


def test_a_blurred_area_loses_its_pattern_and_nothing_else_changes() -> None:
    original = checkerboard()
    region = Region(20, 16, 60, 48, "blur")
    result = read(redact(png(original), [region])).convert("RGB")
    before = ImageStat.Stat(original.crop(inside(region))).var
    after = ImageStat.Stat(result.crop(inside(region))).var
    assert min(before) > 16_000  # black and white squares
    assert max(after) < 50, after  # an even grey: no square can be told apart
    assert outside_is_unchanged(original, result, region)


def test_the_blur_cannot_be_undone_two_different_pictures_give_the_same_result() -> None:
    # A checkerboard and its inverse average alike over every mosaic block: once blurred,
    # nothing in the stored image says which one was there.
    region = Region(16, 16, 48, 48, "blur")
    one = read(redact(png(checkerboard(phase=0)), [region])).crop(inside(region))
    other = read(redact(png(checkerboard(phase=1)), [region])).crop(inside(region))
    assert checkerboard(phase=0).crop(inside(region)) != checkerboard(phase=1).crop(
        inside(region))
    assert one.tobytes() == other.tobytes()


@pytest.mark.parametrize("side", [12, 60, 300])
def test_the_blur_grows_with_the_area(side: int) -> None:
    """Whatever the size of the area, it is reduced to a handful of blocks, then blurred."""
    image = Image.effect_noise((side + 20, side + 20), 80).convert("RGB")
    region = Region(10, 10, side, side, "blur")
    before = image.crop(inside(region))
    after = apply_regions(image, [region]).crop(inside(region))
    # Neighbouring pixels differ far less than in the noise: no fine detail is left.
    assert max(neighbour_difference(before)) > 60
    assert max(neighbour_difference(after)) < 6, neighbour_difference(after)


def neighbour_difference(patch: Image.Image) -> list[float]:
    width, height = patch.size
    return ImageStat.Stat(ImageChops.difference(patch.crop((1, 0, width, height)),
                                                patch.crop((0, 0, width - 1, height)))).mean


def test_regions_are_in_the_upright_pictures_pixels(canary: Callable[[str], str]) -> None:
    # Orientation 6: stored sideways, shown turned 90° clockwise (48×32 on the sensor).
    sideways = photo("JPEG", canary("o"), orientation=6, image=picture((48, 32)))
    shown = preview(sideways)
    assert shown is not None and shown.size == (32, 48)
    red, _, blue = shown.image.getpixel((6, 6))  # what the user saw top left: blue
    assert blue > 150 and red < 100
    region = Region(0, 0, 16, 16, "black")  # that top-left quarter of the upright picture
    result = read(redact(sideways, [region])).convert("RGB")
    assert result.size == (32, 48)
    assert max(result.getpixel((6, 6))) < 40  # blacked out where the user saw it
    red, green, blue = result.getpixel((26, 6))  # its neighbour, top right, still red
    assert red > 150 and green < 100 and blue < 100
    red, green, blue = result.getpixel((6, 30))  # and below it, yellow
    assert red > 150 and green > 150 and blue < 120


def test_an_area_reaching_past_the_edge_is_clipped_and_one_outside_is_refused() -> None:
    original = red_blue()
    result = read(redact(png(original), [Region(100, 60, 500, 500, "black")]))
    assert colours(result.convert("RGB").crop((100, 60, 120, 80))) == {(0, 0, 0)}
    width, height = original.size
    with raises_problem("region", "region_outside", region="200,10,10,10:blur", width=width,
                        height=height):
        redact(png(original), [Region(200, 10, 10, 10)])
    for bad, code in ((Region(0, 0, 0, 10), "region_empty"), (Region(0, 0, 10, -1), "region_empty"),
                      (Region(0, 0, 5, 5, "pink"), "region_mode")):
        with raises_problem("region", code, region=f"{bad.x},{bad.y},{bad.width},{bad.height}"
                                                   f":{bad.mode}"):
            redact(png(original), [bad])


def test_only_images_can_be_redacted() -> None:
    with raises_problem("file", "not_redactable"):
        redact(b"%PDF-1.4 not a picture", [BOX])


def test_the_redacted_image_keeps_no_metadata(canary: Callable[[str], str]) -> None:
    secret = canary("meta")
    for fmt in ("JPEG", "PNG", "WEBP", "TIFF"):
        stored = redact(photo(fmt, secret), [Region(2, 2, 10, 10, "blur")])
        assert secret.encode() not in stored, fmt
        assert b"Exif\x00\x00" not in stored and b"http://ns.adobe.com/xap" not in stored
        image = read(stored)
        assert image.format == fmt
        assert image.getexif().get_ifd(0x8825) == {}  # no GPS


def test_parse_region() -> None:
    assert parse_region("10,20,30,40") == Region(10, 20, 30, 40, "blur")
    assert parse_region(" 1, 2 ,3,4:BLACK") == Region(1, 2, 3, 4, "black")
    for bad in ("1,2,3", "1,2,3,4:pink", "a,b,c,d", "1,2,3,4,5"):
        with raises_code(FieldappError, "region_syntax", text=bad):
            parse_region(bad)
    with raises_problem("region", "region_empty", region="1,2,0,4:blur"):
        parse_region("1,2,0,4")


def test_a_preview_is_upright_small_and_knows_the_full_size(
    canary: Callable[[str], str]
) -> None:
    big = photo("JPEG", canary("p"), orientation=6, image=picture((3000, 2000)))
    shown = preview(big, longest=600)
    assert shown is not None
    assert shown.size == (2000, 3000)
    assert shown.image.size == (400, 600)
    assert preview(b"just text") is None


# --- attaching -----------------------------------------------------------------------------


def test_the_stored_attachment_is_the_redacted_image_and_no_original_is_kept(
    session: Session, record_id: str, canary: Callable[[str], str]
) -> None:
    captured = photo("PNG", canary("gps"), image=red_blue())
    info = attachments.attach_bytes(session, record_id, "crowd.png", captured, [BOX])
    [listed] = attachments.list_attachments(session, record_id)
    assert listed == info and info.role == "redacted" and info.original_of is None
    stored = attachments.attachment_data(session, info.id)
    assert colours(read(stored).convert("RGB").crop(inside(BOX))) == {(0, 0, 0)}
    assert info.original_sha256 == hashlib.sha256(captured).hexdigest()
    assert info.stored_sha256 == hashlib.sha256(stored).hexdigest()
    assert "gps" in info.metadata_removed
    assert canary("gps").encode() not in stored
    assert attachments.kept_original(session, info.id) is None
    # The unredacted pixels are nowhere in the vault's tables.
    rows = session.conn.execute("SELECT data FROM attachment_chunks").fetchall()
    assert [bytes(r[0]) for r in rows] == [stored]


def test_keep_original_stores_both_with_their_hashes(
    session: Session, record_id: str, canary: Callable[[str], str]
) -> None:
    secret = canary("plate")
    captured = photo("PNG", secret, image=red_blue())
    info = attachments.attach_bytes(session, record_id, "car.png", captured, [BOX],
                                    keep_original=True)
    listed = attachments.list_attachments(session, record_id)
    assert [a.role for a in listed] == ["redacted", "original"]
    copy, original = listed
    assert copy == info
    assert original.original_of == copy.id
    assert attachments.kept_original(session, copy.id) == original
    captured_hash = hashlib.sha256(captured).hexdigest()
    assert copy.original_sha256 == original.original_sha256 == captured_hash
    for attachment in listed:
        data = attachments.attachment_data(session, attachment.id)
        assert hashlib.sha256(data).hexdigest() == attachment.stored_sha256
        assert attachment.size == len(data)
        assert secret.encode() not in data  # the original is scrubbed as well
        assert len(read(data).getexif()) == 0
    kept = read(attachments.attachment_data(session, original.id)).convert("RGB")
    assert ImageChops.difference(kept, red_blue()).getbbox() is None  # every pixel as taken
    assert copy.stored_sha256 != original.stored_sha256
    log = [row[0] for row in session.conn.execute("SELECT action FROM audit_log")]
    assert log[-2:] == ["attachment.add", "attachment.keep_original"]


def test_keeping_an_original_needs_something_redacted_and_bad_input_stores_nothing(
    session: Session, record_id: str
) -> None:
    with raises_problem("keep_original", "keep_original_needs_regions"):
        attachments.attach_bytes(session, record_id, "a.png", png(red_blue()),
                                 keep_original=True)
    with raises_problem("file", "not_redactable"):
        attachments.attach_bytes(session, record_id, "a.pdf", b"%PDF-1.4", [BOX])
    with raises_problem("region", "region_outside"):
        attachments.attach_bytes(session, record_id, "a.png", png(red_blue()),
                                 [Region(500, 500, 5, 5)], keep_original=True)
    assert session.conn.execute("SELECT count(*) FROM attachments").fetchone()[0] == 0


def test_an_original_is_never_exported_and_goes_with_its_copy(
    session: Session, record_id: str
) -> None:
    plain = attachments.attach_bytes(session, record_id, "doc.txt", b"statement")
    copy = attachments.attach_bytes(session, record_id, "car.png", png(red_blue()), [BOX],
                                    keep_original=True)
    for everything in (True, False):
        exported = attachment_store.for_export(session.conn, everything)
        assert sorted(a.id for a in exported) == sorted([plain.id, copy.id])
    # Removing the copy (a purge) removes the original kept for it.
    with session.transaction() as conn:
        conn.execute("DELETE FROM attachments WHERE id = ?", (copy.id,))
    assert [a.id for a in attachments.list_attachments(session, record_id)] == [plain.id]


def test_the_command_line_redacts_and_keeps_the_original_on_request(
    tmp_path: Path
) -> None:
    vault = tmp_path / "vault"
    session = create_vault(vault, "observer", "CLI observer", PASSPHRASE, KDF_FLOOR)
    record_id = records.add_record(session, MINIMAL_RECORD)
    session.lock()
    picture_file = tmp_path / "crowd.png"
    picture_file.write_bytes(png(red_blue()))

    result = run_cli("attach", record_id, picture_file, "--redact", "30,20,50,40:black",
                     "--redact", "50,0,20,10", "--keep-original", vault=vault)
    assert (result.returncode, result.stderr) == (0, "")
    lines = result.stdout.splitlines()
    assert lines[2] == "redacted: 2 area(s) hidden in the stored image"
    assert lines[3].startswith("unredacted original kept, encrypted: ")

    bad = run_cli("attach", record_id, picture_file, "--redact", "1,2,3", vault=vault)
    assert bad.returncode == 2 and "X,Y,WIDTH,HEIGHT" in bad.stderr

    session = unlock(vault, PASSPHRASE)
    try:
        copy, original = attachments.list_attachments(session, record_id)
        assert copy.id == lines[0] and original.id in lines[3]
        stored = read(attachments.attachment_data(session, copy.id)).convert("RGB")
        assert colours(stored.crop(inside(BOX))) == {(0, 0, 0)}
        seam = (50, 0, 70, 10)  # blurred across the red-blue edge
        assert stored.crop(seam).tobytes() != red_blue().crop(seam).tobytes()
        assert (copy.role, original.role) == ("redacted", "original")
    finally:
        session.lock()


# --- the window's scaling: widget points to image pixels -----------------------------------


def test_the_fitted_image_fills_the_widget_exactly_and_is_centred() -> None:
    fit = ImageFit((4000, 3000), (640, 400))
    assert fit.scale == Fraction(2, 15)
    left, top, width, height = fit.target
    assert (width, height) == (Fraction(1600, 3), 400)
    assert (left, top) == (Fraction(160, 3), 0)
    assert fit.to_image(left, 0) == (0, 0)
    assert fit.to_image(640 - left, 400) == (4000, 3000)
    assert fit.to_image(left + 1, 1) == (Fraction(15, 2), Fraction(15, 2))
    assert fit.to_image(-50, 900) == (0, 3000)  # held inside the image
    assert fit.to_widget(Region(0, 0, 4000, 3000)) == (160 / 3, 0.0, 1600 / 3, 400.0)
    assert fit.region((0, 0), (640, 400), "blur") == Region(0, 0, 4000, 3000, "blur")
    # A small picture is enlarged: one image pixel is 10 widget pixels.
    small = ImageFit((48, 32), (480, 400))
    assert small.scale == 10 and small.target == (0, 40, 480, 320)
    assert small.region((15, 45), (34.5, 60), "black") == Region(1, 0, 3, 2, "black")


@given(
    image=st.tuples(st.integers(1, 6000), st.integers(1, 6000)),
    widget=st.tuples(st.integers(1, 2000), st.integers(1, 2000)),
    data=st.data(),
)
def test_a_drag_covers_exactly_the_pixels_under_it(
    image: tuple[int, int], widget: tuple[int, int], data: st.DataObject
) -> None:
    fit = ImageFit(image, widget)
    x0 = data.draw(st.integers(0, image[0] - 1))
    y0 = data.draw(st.integers(0, image[1] - 1))
    x1 = data.draw(st.integers(x0 + 1, image[0]))
    y1 = data.draw(st.integers(y0 + 1, image[1]))
    left, top, _, _ = fit.target
    # Dragging from one pixel corner to another gives exactly those pixels, either way round.
    corner = (left + x0 * fit.scale, top + y0 * fit.scale)
    other = (left + x1 * fit.scale, top + y1 * fit.scale)
    expected = Region(x0, y0, x1 - x0, y1 - y0, "blur")
    assert fit.region(corner, other, "blur") == expected
    assert fit.region(other, corner, "blur") == expected
    # Anywhere inside a pixel counts that whole pixel in.
    inner = (left + (x0 + Fraction(1, 3)) * fit.scale, top + (y0 + Fraction(1, 2)) * fit.scale)
    covered = fit.region(inner, other, "blur")
    assert covered == expected
