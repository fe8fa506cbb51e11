"""A redacted photo travels to the office; the unredacted original kept beside it never does."""

from __future__ import annotations

import hashlib
import io

from PIL import Image
from support import MINIMAL_RECORD

from fieldapp.services import attachments, export, importing, records
from fieldapp.services.redaction import Region
from tests.exchange.conftest import World, export_path, open_bundle


def test_only_the_redacted_copy_is_exported(world: World) -> None:
    alice, office = world.alice, world.office
    record_id = records.add_record(alice, MINIMAL_RECORD)
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), (200, 40, 40)).save(buffer, "PNG")
    copy = attachments.attach_bytes(alice, record_id, "car.png", buffer.getvalue(),
                                    [Region(8, 8, 20, 10, "black")], keep_original=True)
    original = attachments.kept_original(alice, copy.id)
    assert original is not None

    path = export_path(alice, world.usb)
    carried = open_bundle(path.read_bytes(), office)
    assert set(carried.attachments) == {copy.stored_sha256}
    assert [line["id"] for line in carried.lines if line["type"] == "attachment"] == [copy.id]
    assert importing.import_bundle(office, path).status == "accepted"
    [received] = attachments.list_attachments(office, record_id)
    assert received.id == copy.id
    data = attachments.attachment_data(office, copy.id)
    assert hashlib.sha256(data).hexdigest() == copy.stored_sha256 != original.stored_sha256
    # The original stays on the observer's side and is never counted as waiting to go.
    assert [a.role for a in attachments.list_attachments(alice, record_id)] == [
        "redacted", "original"]
    assert export.plan_export(alice).attachments == 0
