"""The vault's own identity: role, name, Ed25519 signing key and X25519 age key."""

from __future__ import annotations

import os
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from fieldapp.store.database import Connection
from sync.age import X25519Identity
from sync.sshkeys import fingerprint

ROLES = ("observer", "office")


@dataclass(frozen=True)
class Identity:
    role: str
    name: str
    fingerprint: str
    created_at: str


def create_identity(conn: Connection, role: str, name: str, created_at: str) -> Identity:
    signing_seed = os.urandom(32)
    age_seed = os.urandom(32)
    public = Ed25519PrivateKey.from_private_bytes(signing_seed).public_key()
    identity = Identity(role, name, fingerprint(public), created_at)
    conn.execute(
        "INSERT INTO identity (id, role, name, signing_key, age_key, fingerprint, created_at)"
        " VALUES (1, ?, ?, ?, ?, ?, ?)",
        (role, name, signing_seed, age_seed, identity.fingerprint, created_at),
    )
    return identity


def load_identity(conn: Connection) -> Identity:
    row = conn.execute("SELECT role, name, fingerprint, created_at FROM identity").fetchone()
    if row is None:
        raise LookupError("the vault has no identity")
    return Identity(*row)


def signing_key(conn: Connection) -> Ed25519PrivateKey:
    row = conn.execute("SELECT signing_key FROM identity").fetchone()
    return Ed25519PrivateKey.from_private_bytes(bytes(row[0]))


def age_identity(conn: Connection) -> X25519Identity:
    row = conn.execute("SELECT age_key FROM identity").fetchone()
    return X25519Identity.from_bytes(bytes(row[0]))
