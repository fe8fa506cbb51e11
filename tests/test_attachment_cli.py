"""`fieldapp attachment list|save|delete`, each in a fresh process, as a script runs them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from photos import photo
from support import MINIMAL_RECORD, PASSPHRASE, run_cli

from fieldapp.services import attachments, records
from fieldapp.services.redaction import Region
from fieldapp.services.session import create_vault, unlock
from fieldapp.store import audit
from fieldapp.store.keyfile import KDF_FLOOR

JSON_KEYS = {"id", "record_id", "filename", "kind", "size", "sha256", "removed", "created_at"}


@pytest.fixture
def vault(tmp_path: Path) -> tuple[Path, str, attachments.AttachmentInfo]:
    """An observer vault with one record and one photo (GPS and camera data removed)."""
    directory = tmp_path / "vault"
    session = create_vault(directory, "observer", "CLI observer", PASSPHRASE, KDF_FLOOR)
    record_id = records.add_record(session, MINIMAL_RECORD)
    info = attachments.attach_bytes(session, record_id, "street.jpg", photo("JPEG", "secret"))
    session.lock()
    return directory, record_id, info


def stored_bytes(directory: Path, attachment_id: str) -> bytes:
    session = unlock(directory, PASSPHRASE)
    try:
        return attachments.attachment_data(session, attachment_id)
    finally:
        session.lock()


def test_list_by_the_end_of_the_record_id(vault) -> None:
    directory, record_id, info = vault
    result = run_cli("attachment", "list", record_id[-8:], vault=directory)
    assert result.returncode == 0, result.stderr
    [line] = result.stdout.splitlines()
    assert line.startswith(f"{info.id}\timage\t{info.size}\tstreet.jpg\tremoved: ")
    assert "gps" in line


def test_list_json_has_the_documented_keys(vault) -> None:
    directory, record_id, info = vault
    result = run_cli("attachment", "list", record_id, "--json", vault=directory)
    assert result.returncode == 0, result.stderr
    [shown] = json.loads(result.stdout)
    assert set(shown) == JSON_KEYS
    assert shown["id"] == info.id and shown["record_id"] == record_id
    assert (shown["filename"], shown["kind"], shown["size"]) == ("street.jpg", "image", info.size)
    assert shown["sha256"] == info.stored_sha256
    assert {"exif", "gps", "xmp"} <= set(shown["removed"])
    assert shown["created_at"] == info.created_at


def test_save_writes_the_exact_bytes_and_never_overwrites(vault, tmp_path: Path) -> None:
    directory, _, info = vault
    target = tmp_path / "copy.jpg"
    result = run_cli("attachment", "save", info.id[:8], target, vault=directory)
    assert result.returncode == 0, result.stderr
    assert "NOT encrypted" in result.stdout
    assert target.read_bytes() == stored_bytes(directory, info.id)
    assert target.stat().st_mode & 0o777 == 0o600

    target.write_bytes(b"the user's own file")
    again = run_cli("attachment", "save", info.id, target, vault=directory)
    assert again.returncode == 1
    assert "already exists; nothing was written" in again.stderr
    assert "Traceback" not in again.stderr
    assert target.read_bytes() == b"the user's own file"


def test_save_into_a_missing_folder_says_so(vault, tmp_path: Path) -> None:
    directory, _, info = vault
    target = tmp_path / "no such folder" / "copy.jpg"
    result = run_cli("attachment", "save", info.id, target, vault=directory)
    assert result.returncode == 1
    assert f"cannot write {target}" in result.stderr
    assert not target.parent.exists()


@pytest.mark.parametrize(("args", "said"), [
    (("list", "abc"), "no record 'abc': give the record id"),
    (("list", "ffffffff"), "no record with id ffffffff"),
    (("save", "abc", "out.jpg"), "no attachment 'abc': give the attachment id"),
    (("save", "ffffffff", "out.jpg"), "no attachment with id ffffffff"),
    (("delete", "ffffffff"), "no attachment with id ffffffff"),
])
def test_bad_ids_are_refused_in_words(vault, tmp_path: Path, args, said) -> None:
    directory = vault[0]
    result = run_cli("attachment", *args, vault=directory)
    assert result.returncode == 1
    assert said in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "out.jpg").exists()


def test_delete_removes_the_file_and_its_kept_original_and_is_logged(vault) -> None:
    directory, record_id, info = vault
    session = unlock(directory, PASSPHRASE)
    copy = attachments.attach_bytes(session, record_id, "face.png", photo("PNG", "x"),
                                    [Region(1, 1, 5, 5, "black")], keep_original=True)
    original = attachments.kept_original(session, copy.id)
    session.lock()
    assert original is not None

    result = run_cli("attachment", "delete", copy.id[-10:], vault=directory)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [f"deleted {copy.id}", f"deleted {original.id}"]
    listed = run_cli("attachment", "list", record_id, "--json", vault=directory)
    assert [a["id"] for a in json.loads(listed.stdout)] == [info.id]
    session = unlock(directory, PASSPHRASE)
    try:
        [entry] = [e for e in audit.entries(session.conn) if e.action == "attachment.delete"]
        assert entry.target == f"{record_id} {copy.id} {original.id}"
        assert session.conn.execute(
            "SELECT count(*) FROM attachment_chunks WHERE attachment_id IN (?, ?)",
            (copy.id, original.id)).fetchone()[0] == 0
    finally:
        session.lock()
    gone = run_cli("attachment", "save", copy.id, directory.parent / "x.png", vault=directory)
    assert gone.returncode == 1 and f"no attachment with id {copy.id}" in gone.stderr
