"""The key file: the database key wrapped under the passphrase, and nothing weaker."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from support import PASSPHRASE, set_param, with_checksum

from fieldapp.cli.messages import sentence
from fieldapp.errors import BadPassphrase, KeyFileDamaged, WeakKdfParameters
from fieldapp.store import keyfile
from fieldapp.store.keyfile import KDF_FLOOR, KdfParams

DB_KEY = bytes(range(32))
@pytest.fixture(scope="module")
def key_data() -> bytes:
    return keyfile.wrap_key(DB_KEY, PASSPHRASE, KDF_FLOOR)


def test_the_right_passphrase_unwraps_the_database_key(key_data: bytes) -> None:
    assert bytes(keyfile.unwrap_key(key_data, PASSPHRASE)) == DB_KEY


def test_the_key_file_has_the_documented_shape_and_hides_the_key(key_data: bytes) -> None:
    assert len(key_data) == keyfile.KEY_FILE_LEN == 129
    assert key_data.startswith(b"FLDVKEY\x00")
    assert keyfile.read_params(key_data) == KDF_FLOOR
    assert DB_KEY not in key_data


def test_a_wrong_passphrase_says_only_wrong_passphrase(key_data: bytes) -> None:
    with pytest.raises(BadPassphrase) as caught:
        keyfile.unwrap_key(key_data, PASSPHRASE + " ")
    assert (caught.value.code, caught.value.params) == ("bad_passphrase", {})
    assert sentence(caught.value) == "wrong passphrase"


def test_wrapping_twice_gives_different_files_that_both_open() -> None:
    first = keyfile.wrap_key(DB_KEY, PASSPHRASE, KDF_FLOOR)
    second = keyfile.wrap_key(DB_KEY, PASSPHRASE, KDF_FLOOR)
    assert first != second  # fresh salt and nonce each time
    assert keyfile.unwrap_key(first, PASSPHRASE) == keyfile.unwrap_key(second, PASSPHRASE)


@pytest.mark.parametrize("mask", [0x01, 0x80, 0xFF])
def test_any_changed_byte_is_reported_as_damage_before_the_kdf_runs(
    key_data: bytes, mask: int
) -> None:
    for position in range(len(key_data)):
        damaged = bytearray(key_data)
        damaged[position] ^= mask
        with pytest.raises(KeyFileDamaged) as caught:
            keyfile.unwrap_key(bytes(damaged), PASSPHRASE)
        in_magic = position < len(keyfile.MAGIC)
        expected = "key_file_not_fieldapp" if in_magic else "key_file_modified"
        assert caught.value.code == expected, position


def test_a_truncated_or_extended_key_file_is_damaged(key_data: bytes) -> None:
    for length in range(len(key_data)):
        with pytest.raises(KeyFileDamaged):
            keyfile.read_params(key_data[:length])
    with pytest.raises(KeyFileDamaged):
        keyfile.read_params(key_data + b"\x00")


@pytest.mark.parametrize(
    ("name", "weak"),
    [("memory_kib", 8 * 1024), ("iterations", 1), ("lanes", 1), ("memory_kib", 0)],
)
def test_kdf_parameters_below_the_floor_are_refused_even_with_a_valid_checksum(
    key_data: bytes, name: str, weak: int
) -> None:
    downgraded = set_param(key_data, name, weak)
    with pytest.raises(WeakKdfParameters) as caught:
        keyfile.unwrap_key(downgraded, PASSPHRASE)
    assert caught.value.code == "key_file_weak_kdf"


def test_a_raised_kdf_parameter_with_a_valid_checksum_never_yields_the_key(
    key_data: bytes,
) -> None:
    # The header is the AEAD's associated data: an edited header breaks the tag.
    edited = set_param(key_data, "iterations", KDF_FLOOR.iterations + 1)
    with pytest.raises(BadPassphrase):
        keyfile.unwrap_key(edited, PASSPHRASE)


def test_an_unknown_format_version_is_refused(key_data: bytes) -> None:
    body = bytearray(key_data[: -keyfile.CHECKSUM_LEN])
    body[8] = 2
    with pytest.raises(KeyFileDamaged) as caught:
        keyfile.read_params(with_checksum(bytes(body)))
    assert (caught.value.code, caught.value.params) == ("key_file_version", {"version": 2})


def test_weak_parameters_cannot_be_used_to_write_a_key_file() -> None:
    with pytest.raises(WeakKdfParameters) as caught:
        keyfile.wrap_key(DB_KEY, PASSPHRASE, KdfParams(8 * 1024, 1, 1))
    assert caught.value.code == "kdf_below_floor"


def test_calibration_never_goes_below_the_floor() -> None:
    # Even a machine that wants almost no time gets at least RFC 9106's second option.
    params = keyfile.calibrate(target_seconds=0.0)
    assert not params.is_below(KDF_FLOOR)
    assert params.memory_kib >= 64 * 1024 and params.iterations >= 3 and params.lanes >= 4


def test_write_atomic_leaves_only_the_new_owner_only_file(tmp_path: Path) -> None:
    target = tmp_path / "vault.key"
    target.write_bytes(b"old")
    keyfile.write_atomic(target, b"new contents")
    assert target.read_bytes() == b"new contents"
    assert sorted(os.listdir(tmp_path)) == ["vault.key"]
    fresh = tmp_path / "fresh.key"
    keyfile.write_atomic(fresh, b"x")
    assert fresh.stat().st_mode & 0o777 == 0o600
