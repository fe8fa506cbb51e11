"""Helpers and sample data shared by the tests (imported as `support`)."""

from __future__ import annotations

import copy
import hashlib
import os
import struct
import subprocess
import sys
from pathlib import Path
from typing import Any

from fieldapp.store import keyfile

PASSPHRASE = "correct horse battery staple"
OTHER_PASSPHRASE = "another long passphrase"

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
