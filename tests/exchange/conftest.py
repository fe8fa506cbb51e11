"""Fixtures for the exchange tests: an office and observers that enrolled each other through
real identity cards, a byte-for-byte snapshot of a vault, and tools to forge bundles.

Speed: five vaults are created once per run (each at the KDF floor); every test works on
copies of them. A copy is the template's vault.db and vault.key opened with the
template's database key, so no Argon2 runs per test and the copy's passphrase is the
template's (the CLI can unlock it too).

The "unchanged" oracle (vault_digest): checkpoint the WAL into vault.db with
`PRAGMA wal_checkpoint(TRUNCATE)`, then SHA-256 every file of the vault directory except
`vault.db-shm`. Measured: a read-only transaction, or a write transaction rolled back,
leaves vault.db, vault.key and the (empty) -wal byte-identical after the checkpoint,
while the -shm changes even between two checkpoints with nothing in between. The -shm
is SQLite's shared-memory WAL index: rebuilt on open, deleted on close, holding no rows;
test_security_battery checks that this oracle sees a committed write.
"""

from __future__ import annotations

import copy
import hashlib
import io
import json
import os
import shutil
import tarfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from support import PASSPHRASE

from fieldapp.domain.taxonomy import Taxonomy, load_default
from fieldapp.services import export, peers
from fieldapp.services.session import Session, create_vault
from fieldapp.services.sources import create_source_key, set_office_source_recipient
from fieldapp.store import heads
from fieldapp.store import identity as identity_store
from fieldapp.store.database import open_database
from fieldapp.store.identity import load_identity
from fieldapp.store.keyfile import KDF_FLOOR
from fieldapp.store.peers import Peer
from fieldapp.store.vault import DB_FILE, KEY_FILE, Vault, secure_mkdir
from sync import age, bundle, sshsig, ustar
from sync.card import parse_card
from sync.padme import padded_length

SHM_FILE = DB_FILE + "-shm"

# Who is who in every test: the template vaults, by short name.
SOURCE_PASSPHRASE = "source key passphrase"
PEOPLE = {
    "office": ("office", "Almaty office"),
    "alice": ("observer", "Aktobe observer"),
    "bob": ("observer", "Oral observer"),
    "carol": ("observer", "Taraz observer"),  # never enrolled at the office
    "office2": ("office", "Shymkent office"),  # another organisation's office
}


# -- vaults ---------------------------------------------------------------------------------


def db_key_of(session: Session) -> bytes:
    """The open vault's database key (a private attribute: only tests copy vaults)."""
    return bytes(session.vault._db_key)


def checkpoint(session: Session) -> None:
    busy, _, _ = session.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    assert busy == 0, "the WAL could not be checkpointed"


def duplicate(source: Session, dest: Path, taxonomy: Taxonomy | None = None) -> Session:
    """An independent copy of an open vault (same identity, same passphrase), opened."""
    checkpoint(source)
    secure_mkdir(dest)
    for name in (DB_FILE, KEY_FILE):
        shutil.copyfile(source.vault.directory / name, dest / name)
        os.chmod(dest / name, 0o600)
    key = db_key_of(source)
    conn = open_database(dest / DB_FILE, key)
    return Session(Vault(dest, conn, bytearray(key), (dest / KEY_FILE).read_bytes()),
                   load_identity(conn),
                   taxonomy or source.taxonomy)


def vault_digest(session: Session) -> dict[str, str]:
    """SHA-256 of every file of the vault after a WAL checkpoint (see the module doc)."""
    checkpoint(session)
    directory = session.vault.directory
    return {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(directory.iterdir())
        if path.is_file() and path.name != SHM_FILE
    }


def record_heads(session: Session) -> dict[str, tuple[str, int, int]]:
    """record id -> (head version, in conflict, deleted): what a user's lists reflect."""
    rows = session.conn.execute("SELECT id, head, in_conflict, deleted FROM records")
    return {row[0]: (row[1], row[2], row[3]) for row in rows}


def version_count(session: Session) -> int:
    return int(session.conn.execute("SELECT count(*) FROM versions").fetchone()[0])


def heads_of(session: Session, record_id: str) -> list[str]:
    return sorted(v.id for v in heads.state_of(session.conn, record_id).heads)


@dataclass
class Template:
    sessions: dict[str, Session]


@pytest.fixture(scope="session")
def template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Template]:
    """Five vaults created once, never changed; tests use copies."""
    root = tmp_path_factory.mktemp("templates")
    taxonomy = load_default()
    sessions = {
        who: create_vault(root / who, role, name, PASSPHRASE, KDF_FLOOR, taxonomy)
        for who, (role, name) in PEOPLE.items()
    }
    for who, session in sessions.items():
        if session.identity.role == "office":
            # Each office has its source key, so observers can seal sources for it.
            recipient = create_source_key(root / f"{who}-source.key", SOURCE_PASSPHRASE,
                                          KDF_FLOOR)
            set_office_source_recipient(session, recipient)
    yield Template(sessions)
    for session in sessions.values():
        session.lock()


class Lab:
    """Fresh copies of the template vaults for one test (or one module)."""

    def __init__(self, template: Template, root: Path) -> None:
        self._template = template
        self.root = root
        self.opened: dict[str, Session] = {}

    def vault(self, who: str) -> Session:
        """The copy of `who`, made on first use."""
        if who not in self.opened:
            self.opened[who] = duplicate(self._template.sessions[who], self.root / who)
        return self.opened[who]

    def copy_of(self, session: Session, label: str) -> Session:
        """Another independent copy of a vault in its current state."""
        made = duplicate(session, self.root / label)
        self.opened[label] = made
        return made

    def close(self) -> None:
        for session in self.opened.values():
            if not session.vault.is_locked:
                session.lock()


@pytest.fixture
def lab(template: Template, tmp_path: Path) -> Iterator[Lab]:
    made = Lab(template, tmp_path / "vaults")
    yield made
    made.close()


@pytest.fixture(scope="module")
def module_lab(template: Template, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Lab]:
    made = Lab(template, tmp_path_factory.mktemp("module-vaults"))
    yield made
    made.close()


def card_bytes(session: Session) -> bytes:
    """The identity card as the file a user hands over."""
    return peers.own_card(session).to_text().encode("utf-8")


def enrol(host: Session, guest: Session, typed: str | None = "card") -> Peer:
    """`host` enrols `guest` from guest's card; typed="card" types the card's fingerprint."""
    card = parse_card(card_bytes(guest))
    return peers.add_peer(host, card, card.fingerprint if typed == "card" else typed)


def link(office: Session, observer: Session) -> None:
    """Enrolment both ways, as in person: each reads the other's fingerprint."""
    enrol(office, observer)
    enrol(observer, office)


@dataclass
class World:
    office: Session
    alice: Session
    bob: Session
    lab: Lab
    usb: Path  # where observers export to


def make_world(lab: Lab) -> World:
    office, alice, bob = lab.vault("office"), lab.vault("alice"), lab.vault("bob")
    link(office, alice)
    link(office, bob)
    usb = lab.root / "usb"
    usb.mkdir(exist_ok=True)
    return World(office, alice, bob, lab, usb)


@pytest.fixture
def world(lab: Lab) -> World:
    """An office and two observers, enrolled both ways through real cards."""
    return make_world(lab)


def export_path(observer: Session, out: Path, everything: bool = False) -> Path:
    result = export.export_bundle(observer, out, everything=everything)
    assert result is not None, "the export had nothing to send"
    return result.path


# -- reading bundles with independent tools ---------------------------------------------------


@dataclass
class Opened:
    """A bundle taken apart with age (ours, vector-proven) and the standard tarfile."""

    plaintext: bytes
    payload: bytes
    signature: bytes
    manifest: dict[str, Any]
    lines: list[dict[str, Any]]
    attachments: dict[str, bytes] = field(default_factory=dict)  # sha256 hex -> bytes


def _tar_files(data: bytes) -> dict[str, bytes]:
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:") as archive:
        found = {}
        for member in archive.getmembers():
            handle = archive.extractfile(member)
            assert handle is not None
            found[member.name] = handle.read()
        return found


def open_bundle(data: bytes, office: Session) -> Opened:
    plaintext = age.decrypt_bytes(data, [identity_store.age_identity(office.conn)])
    outer = _tar_files(plaintext)
    assert list(outer) == [bundle.PAYLOAD, bundle.SIGNATURE]
    inner = _tar_files(outer[bundle.PAYLOAD])
    lines = [json.loads(line) for line in inner.pop(bundle.RECORDS).splitlines()]
    manifest = json.loads(inner.pop(bundle.MANIFEST))
    atts = {name.removeprefix(bundle.ATTACHMENT_PREFIX): data for name, data in inner.items()}
    return Opened(plaintext, outer[bundle.PAYLOAD], outer[bundle.SIGNATURE], manifest, lines,
                  atts)


# -- forging bundles by hand --------------------------------------------------------------------


def rechecksum(block: bytearray) -> bytes:
    block[148:156] = b" " * 8
    block[148:156] = f"{sum(block):06o}".encode() + b"\0 "
    return bytes(block)


def tar_header(name: str | bytes, length: int, **fields: bytes) -> bytes:
    """A ustar header; `fields` overwrite raw byte ranges by name, checksum recomputed."""
    raw = name if isinstance(name, bytes) else name.encode()
    block = bytearray(ustar.header("x", length))
    block[0:100] = raw.ljust(100, b"\0")[:100]
    offsets = {"mode": 100, "uid": 108, "gid": 116, "size": 124, "mtime": 136, "typeflag": 156,
               "linkname": 157, "magic": 257, "uname": 265, "gname": 297, "devmajor": 329,
               "devminor": 337, "prefix": 345}
    for key, value in fields.items():
        start = offsets[key]
        block[start:start + len(value)] = value
    return rechecksum(block)


def tar_member(name: str | bytes, data: bytes, header: bytes | None = None,
               pad: bytes | None = None) -> bytes:
    head = header if header is not None else tar_header(name, len(data))
    padding = pad if pad is not None else b"\0" * (ustar.padded_size(len(data)) - len(data))
    return head + data + padding


def tar(*members: bytes) -> bytes:
    return b"".join(members) + ustar.END_OF_ARCHIVE


def jsonl(lines: list[Any]) -> bytes:
    return b"".join(bundle.canonical(line) + b"\n" for line in lines)


class Forger:
    """Builds bundles from a real export's contents, changed as a test wishes, signed by a
    real key and encrypted to the office: an attacker who holds an observer's key."""

    def __init__(self, opened: Opened, signer: Ed25519PrivateKey,
                 recipient: age.X25519Recipient) -> None:
        self.manifest = opened.manifest
        self.lines = opened.lines
        self.attachments = opened.attachments
        self.signer = signer
        self.recipient = recipient
        self._counter = 0

    def fresh_manifest(self, **changes: Any) -> dict[str, Any]:
        """The manifest with a new bundle id (so no forged bundle is a replay)."""
        self._counter += 1
        made = dict(self.manifest, bundle_id=str(uuid.uuid4()))
        made.update(changes)
        return made

    def lines_copy(self) -> list[dict[str, Any]]:
        return copy.deepcopy(self.lines)

    def payload(self, manifest: bytes | dict[str, Any] | None = None,
                records: bytes | list[Any] | None = None,
                attachments: dict[str, bytes] | None = None) -> bytes:
        manifest = self.fresh_manifest() if manifest is None else manifest
        records = self.lines if records is None else records
        attachments = self.attachments if attachments is None else attachments
        members = [
            tar_member(bundle.MANIFEST, manifest if isinstance(manifest, bytes)
                       else bundle.canonical(manifest)),
            tar_member(bundle.RECORDS, records if isinstance(records, bytes) else jsonl(records)),
            *(tar_member(bundle.ATTACHMENT_PREFIX + sha, data)
              for sha, data in sorted(attachments.items())),
        ]
        return tar(*members)

    def sign(self, payload: bytes, namespace: str = bundle.NAMESPACE,
             signer: Ed25519PrivateKey | None = None) -> bytes:
        return sshsig.sign(signer or self.signer, payload, namespace)

    @staticmethod
    def plaintext(payload: bytes, signature: bytes, extra: bytes = b"",
                  padding: bytes | None = None) -> bytes:
        archive = tar(tar_member(bundle.PAYLOAD, payload),
                      tar_member(bundle.SIGNATURE, signature), extra)
        if padding is None:
            padding = b"\0" * (padded_length(len(archive)) - len(archive))
        return archive + padding

    def seal(self, plaintext: bytes, recipient: age.X25519Recipient | None = None) -> bytes:
        to = recipient or self.recipient
        return age.encrypt_bytes(plaintext, [to] * bundle.STANZAS)

    def bundle(self, payload: bytes | None = None, *, namespace: str = bundle.NAMESPACE,
               signer: Ed25519PrivateKey | None = None,
               recipient: age.X25519Recipient | None = None, **parts: Any) -> bytes:
        """A complete bundle: payload (or its parts), signed, padded, encrypted."""
        payload = self.payload(**parts) if payload is None else payload
        return self.seal(self.plaintext(payload, self.sign(payload, namespace, signer)),
                         recipient)


def age_header_length(data: bytes) -> int:
    """Bytes of the age header (up to and including the MAC line), before the nonce."""
    return age.read_header(io.BytesIO(data)).length


@pytest.fixture
def stock_binary() -> Any:
    """stock_binary(name) -> path of an installed tool; a visible skip locally, a failure
    under CI=true, where interop coverage must not vanish quietly."""

    def find(name: str) -> str:
        path = shutil.which(name)
        if path is None:
            reason = f"the stock `{name}` binary is not installed (not on PATH)"
            if os.environ.get("CI"):
                pytest.fail(reason)
            pytest.skip(reason)
        return path

    return find
