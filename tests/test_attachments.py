"""Evidence files: the original's hash is kept, images lose every kind of metadata."""

from __future__ import annotations

import hashlib
import io
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from photos import (
    EXIF_IFD,
    EXPECTED_REMOVALS,
    EXTENSIONS,
    GPS_IFD,
    TIFF_METADATA_TAGS,
    photo,
    picture,
)
from PIL import Image, ImageChops, ImageStat, PngImagePlugin
from support import FULL_RECORD

from fieldapp.errors import NotFound
from fieldapp.services import attachments, records
from fieldapp.services.session import Session
from fieldapp.store import attachments as attachment_store
from fieldapp.store.attachments import AttachmentInfo

MEDIA_TYPES = {"JPEG": "image/jpeg", "PNG": "image/png", "TIFF": "image/tiff",
               "WEBP": "image/webp"}
# Byte patterns that only metadata blocks contain.
METADATA_SIGNATURES = (b"Exif\x00\x00", b"http://ns.adobe.com/xap", b"Photoshop 3.0", b"8BIM",
                       b"adobe:ns:meta", b"eXIf", b"tEXt", b"zTXt", b"iTXt")


@pytest.fixture
def record_id(session: Session) -> str:
    return records.add_record(session, FULL_RECORD)


def attach(session: Session, record_id: str, name: str, data: bytes) -> tuple[AttachmentInfo,
                                                                              bytes]:
    info = attachments.attach_bytes(session, record_id, name, data)
    return info, attachments.attachment_data(session, info.id)


def read_back(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


@pytest.mark.parametrize("fmt", list(EXPECTED_REMOVALS))
def test_a_photo_is_stored_without_any_metadata(
    session: Session, record_id: str, canary: Callable[[str], str], fmt: str
) -> None:
    secret = canary(fmt)
    original = photo(fmt, secret)
    assert original.count(secret.encode()) >= 4  # the test photo really carries it
    _, stored = attach(session, record_id, f"IMG_0001.{EXTENSIONS[fmt]}", original)

    assert secret.encode() not in stored
    for signature in METADATA_SIGNATURES:
        assert signature not in stored, signature
    image = read_back(stored)
    assert image.format == fmt
    # A TIFF's own structure (size, strips) lives in the same tags as EXIF; nothing else may.
    assert len(image.getexif()) == 0 or fmt == "TIFF"
    assert not set(TIFF_METADATA_TAGS) & set(image.getexif())
    assert image.getexif().get_ifd(GPS_IFD) == {}
    assert image.getexif().get_ifd(EXIF_IFD) == {}
    assert not {"exif", "xmp", "XML:com.adobe.xmp", "comment", "photoshop"} & set(image.info)
    texts = [k for k, v in image.info.items() if isinstance(v, str | bytes)]
    assert texts in ([], ["compression"]), texts  # a TIFF names its compression, nothing else
    if fmt == "JPEG":
        assert [marker for marker, _ in image.applist if marker != "APP0"] == []
    if fmt == "TIFF":
        assert not set(TIFF_METADATA_TAGS) & set(image.tag_v2)


@pytest.mark.parametrize("fmt", list(EXPECTED_REMOVALS))
def test_the_user_is_told_what_was_removed_and_the_original_hash_is_kept(
    session: Session, record_id: str, canary: Callable[[str], str], fmt: str
) -> None:
    original = photo(fmt, canary(fmt))
    info, stored = attach(session, record_id, f"IMG_0001.{EXTENSIONS[fmt]}", original)
    message = attachments.describe_removal(info).lower()
    assert message.startswith("removed:")
    for word in EXPECTED_REMOVALS[fmt]:
        assert word in message, (word, message)
    assert info.metadata_warning is None
    assert info.original_sha256 == hashlib.sha256(original).hexdigest()
    assert info.stored_sha256 == hashlib.sha256(stored).hexdigest()
    assert info.size == len(stored)
    assert info.media_type == MEDIA_TYPES[fmt]
    assert info.filename == f"IMG_0001.{EXTENSIONS[fmt]}"
    listed = attachments.list_attachments(session, record_id)
    assert listed == [info]


@pytest.mark.parametrize("fmt", list(EXPECTED_REMOVALS))
def test_the_pictures_pixels_survive(
    session: Session, record_id: str, canary: Callable[[str], str], fmt: str
) -> None:
    _, stored = attach(session, record_id, f"a.{EXTENSIONS[fmt]}", photo(fmt, canary(fmt)))
    image = read_back(stored).convert("RGB")
    assert image.size == picture().size
    difference = ImageChops.difference(image, picture())
    if fmt in ("PNG", "TIFF"):
        assert difference.getbbox() is None  # lossless: every pixel identical
    else:
        # Lossy re-encoding at quality 95: colours stay, edges blur a little.
        assert max(ImageStat.Stat(difference).mean) < 12
        for x, y in ((12, 8), (36, 8), (12, 24), (36, 24)):
            assert all(abs(a - b) <= 12 for a, b in zip(
                image.getpixel((x, y)), picture().getpixel((x, y)), strict=True
            ))


def test_a_sideways_photo_is_stored_upright(
    session: Session, record_id: str, canary: Callable[[str], str]
) -> None:
    # Orientation 6: the camera was turned; viewers rotate 90° clockwise to show it.
    original = photo("JPEG", canary("o"), orientation=6, image=picture((48, 32)))
    info, stored = attach(session, record_id, "portrait.jpg", original)
    upright = read_back(stored)
    assert upright.size == (32, 48)
    assert "exif" in attachments.describe_removal(info).lower()
    # The top-left quarter of the upright picture is the sensor's bottom-left (blue).
    red, _, blue = upright.convert("RGB").getpixel((4, 4))
    assert blue > 150 and red < 100


def test_an_image_without_metadata_is_still_re_encoded_and_says_so(
    session: Session, record_id: str
) -> None:
    buffer = io.BytesIO()
    picture().save(buffer, "PNG")
    info, stored = attach(session, record_id, "plain.png", buffer.getvalue())
    assert info.metadata_removed == ()
    assert attachments.describe_removal(info) == (
        "The image carried no metadata; it was re-encoded anyway."
    )
    assert read_back(stored).size == picture().size


def test_a_palette_png_with_transparency_keeps_its_look(
    session: Session, record_id: str, canary: Callable[[str], str]
) -> None:
    image = picture().convert("P", palette=Image.Palette.ADAPTIVE, colors=4)
    image.info["transparency"] = 0
    buffer = io.BytesIO()
    info_chunk = PngImagePlugin.PngInfo()
    info_chunk.add_text("Author", canary("author"))
    image.save(buffer, "PNG", pnginfo=info_chunk, transparency=0)
    original = buffer.getvalue()
    _, stored = attach(session, record_id, "scan.png", original)
    assert canary("author").encode() not in stored
    assert read_back(stored).convert("RGBA").tobytes() == read_back(original).convert(
        "RGBA"
    ).tobytes()


@pytest.mark.parametrize(
    ("name", "media_type"),
    [("statement.txt", "text/plain"), ("court.pdf", "application/pdf"),
     ("recording", "application/octet-stream"), ("fake.jpg", "image/jpeg")],
)
def test_other_files_are_stored_as_they_are_with_a_warning(
    session: Session, record_id: str, canary: Callable[[str], str], name: str, media_type: str
) -> None:
    original = f"%PDF-1.4 author {canary('author')}\n".encode() + bytes(range(256))
    info, stored = attach(session, record_id, name, original)
    assert stored == original
    assert info.original_sha256 == info.stored_sha256 == hashlib.sha256(original).hexdigest()
    assert info.media_type == media_type
    assert info.metadata_removed == ()
    message = attachments.describe_removal(info)
    assert message.startswith("Warning:")
    assert "not removed" in message


def test_the_filename_keeps_no_folder(session: Session, record_id: str) -> None:
    info, _ = attach(session, record_id, "/home/observer/Secret cases/note.txt", b"x")
    assert info.filename == "note.txt"


def test_nothing_can_be_attached_to_a_missing_or_deleted_record(
    session: Session, record_id: str
) -> None:
    with pytest.raises(NotFound):
        attachments.attach_bytes(session, "0" * 36, "a.txt", b"x")
    records.delete_record(session, record_id)
    with pytest.raises(NotFound) as caught:
        attachments.attach_bytes(session, record_id, "a.txt", b"x")
    assert (caught.value.code, caught.value.params) == ("record_deleted", {"record_id": record_id})
    assert session.conn.execute("SELECT count(*) FROM attachments").fetchone()[0] == 0


def test_a_large_video_streams_into_the_vault_in_chunks_with_its_hash_and_progress(
    session: Session, record_id: str, tmp_path: Path
) -> None:
    video = os.urandom(attachment_store.CHUNK * 5 + 777)  # over the progress threshold
    path = tmp_path / "detention.mp4"
    path.write_bytes(video)
    heard: list[tuple[int, int]] = []
    info = attachments.attach_file(session, record_id, path,
                                   progress=lambda done, total: heard.append((done, total)))
    digest = hashlib.sha256(video).hexdigest()
    assert (info.size, info.original_sha256, info.stored_sha256) == (len(video), digest, digest)
    assert info.media_type == "video/mp4" and info.metadata_warning  # kept as it is, and said
    assert heard == [(n, 6) for n in range(1, 7)]
    pieces = list(attachments.attachment_chunks(session, info.id))
    assert [len(p) for p in pieces] == [attachment_store.CHUNK] * 5 + [777]
    assert b"".join(pieces) == video


def test_a_photo_chosen_from_disk_is_still_read_whole_and_scrubbed(
    session: Session, record_id: str, tmp_path: Path
) -> None:
    path = tmp_path / "scene.jpg"
    path.write_bytes(photo("JPEG", "gpssecret"))
    assert attachments.read_image(path) == path.read_bytes()
    info = attachments.attach_file(session, record_id, path)
    assert "gps" in info.metadata_removed
    assert b"gpssecret" not in attachments.attachment_data(session, info.id)
    (tmp_path / "notes.txt").write_bytes(b"not a picture")
    assert attachments.read_image(tmp_path / "notes.txt") is None
