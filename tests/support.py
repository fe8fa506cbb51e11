"""Helpers and sample data shared by the tests (imported as `support`)."""

from __future__ import annotations

import copy
import hashlib
import os
import struct
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from fieldapp.errors import FieldappError, InvalidInput
from fieldapp.services import peers
from fieldapp.services.session import Session, create_vault
from fieldapp.services.sources import create_source_key, set_office_source_recipient
from fieldapp.store import keyfile
from sync.card import parse_card

PASSPHRASE = "correct horse battery staple"
OTHER_PASSPHRASE = "another long passphrase"
# The passphrase of every office source key the tests make (it is not the vault's).
SOURCE_PASSPHRASE = "source key passphrase"

# A complete, valid record using every field of the JSON contract.
FULL_RECORD: dict[str, Any] = {
    "title": "Journalist detained after publishing land report",
    "occurred_on": "2021-03-14",
    "occurred_until": "2021-04",
    "region": "almaty_region",
    "locality": "Talgar",
    "threat_type": "detention",
    "sectors": ["land", "information"],
    "perpetrators": [
        {"kind": "state", "body": "police", "name": "District police department"},
        {"kind": "company", "body": None, "name": "Agro Holding LLP"},
    ],
    "victims": [{"alias": "Reporter A", "gender": "woman", "category": "journalist"}],
    "description": "Detained for 48 hours after an article on land sales.",
    "outcome": "release_from_custody",
    "sources": [{"name": "Informant N", "contact": "+7 700 000 0000", "note": "met in person"}],
}

# The smallest record the contract accepts.
MINIMAL_RECORD: dict[str, Any] = {
    "title": "Summons to the police",
    "occurred_on": "2022-05",
    "region": "astana",
    "threat_type": "police_summons",
    "sectors": ["trade_unions"],
}


def full_record(**changes: Any) -> dict[str, Any]:
    """A deep copy of FULL_RECORD with some fields replaced."""
    record = copy.deepcopy(FULL_RECORD)
    record.update(changes)
    return record


def make_office(
    directory: Path, source_key: Path | None, name: str = "Test Office"
) -> Session:
    """An unlocked office vault at the KDF floor; with `source_key`, its source key is made
    in that file (under SOURCE_PASSPHRASE) and its recipient goes into the office's card."""
    office = create_vault(directory, "office", name, PASSPHRASE, keyfile.KDF_FLOOR)
    if source_key is not None:
        recipient = create_source_key(source_key, SOURCE_PASSPHRASE, keyfile.KDF_FLOOR)
        set_office_source_recipient(office, recipient)
    return office


def enrol(session: Session, peer: Session) -> None:
    """`session` enrols `peer`, as `peers add CARD --fingerprint FP` does: the card goes
    through its text form, and the fingerprint is checked."""
    card = parse_card(peers.own_card(peer).to_text().encode())
    peers.add_peer(session, card, card.fingerprint)


def dump_database(conn: Any) -> bytes:
    """Every value in every table of an open vault database (full-text shadow tables too),
    as bytes: what anyone who unlocks the vault can read. The SQLCipher connection has no
    iterdump, so this reads each table as iterdump would."""
    names = [row[0] for row in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    assert names, "no tables: is this the vault's connection?"
    parts: list[bytes] = []
    for name in names:
        quoted = '"' + name.replace('"', '""') + '"'
        for row in conn.execute(f"SELECT * FROM {quoted}"):  # noqa: S608 (names from sqlite_master)
            for value in row:
                if isinstance(value, bytes):
                    parts.append(value)
                elif value is not None:
                    parts.append(str(value).encode("utf-8"))
    return b"\n".join(parts)


def file_digests(directory: Path) -> dict[str, str]:
    """Every file under directory, by relative path, with the SHA-256 of its bytes."""
    return {
        str(path.relative_to(directory)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(directory.rglob("*"))
        if path.is_file()
    }


def run_cli(
    *args: str | os.PathLike[str],
    vault: Path | None = None,
    passphrase: str | None = PASSPHRASE,
    stdin: str | None = None,
    env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run `python -m fieldapp [--vault DIR] ARGS...` in a fresh process, as a script would."""
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("FIELDAPP_")}
    full_env["QT_QPA_PLATFORM"] = "offscreen"
    if passphrase is not None:
        full_env["FIELDAPP_PASSPHRASE"] = passphrase
    full_env.update(env or {})
    command = [sys.executable, "-m", "fieldapp"]
    if vault is not None:
        command += ["--vault", str(vault)]
    command += [str(a) for a in args]
    return subprocess.run(
        command,
        input=stdin if stdin is not None else "",
        capture_output=True,
        text=True,
        env=full_env,
        timeout=120,
        check=False,
    )


# Offsets of the three KDF parameters in the header (after magic and version).
PARAM_OFFSETS = {"memory_kib": 9, "iterations": 13, "lanes": 17}


def with_checksum(body: bytes) -> bytes:
    """Recompute the plain checksum, as someone editing the file on purpose would."""
    return body + hashlib.sha256(body).digest()


def set_param(data: bytes, name: str, value: int) -> bytes:
    """The key file with one KDF parameter changed and a checksum that matches again."""
    offset = PARAM_OFFSETS[name]
    body = bytearray(data[: -keyfile.CHECKSUM_LEN])
    body[offset : offset + 4] = struct.pack(">I", value)
    return with_checksum(bytes(body))


@contextmanager
def raises_code(
    kind: type[FieldappError], code: str, **params: Any
) -> Iterator[pytest.ExceptionInfo[FieldappError]]:
    """pytest.raises for a fieldapp error with this code (and exactly these params, if any)."""
    with pytest.raises(kind) as caught:
        yield caught
    assert caught.value.code == code, caught.value
    if params:
        assert caught.value.params == params, caught.value


@contextmanager
def raises_problem(
    field: str, code: str, **params: Any
) -> Iterator[pytest.ExceptionInfo[InvalidInput]]:
    """pytest.raises for InvalidInput with one problem: this field and code (and params)."""
    with pytest.raises(InvalidInput) as caught:
        yield caught
    assert [(p.field, p.code) for p in caught.value.problems] == [(field, code)], caught.value
    if params:
        assert caught.value.problems[0].params == params, caught.value

