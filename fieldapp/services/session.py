"""An unlocked vault with what every use case needs: identity, vocabulary, transactions."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path

from fieldapp.domain.taxonomy import Taxonomy, load_default
from fieldapp.errors import BadPassphrase, InvalidInput, Problem, VaultError
from fieldapp.services import panic
from fieldapp.store import audit, database
from fieldapp.store.clock import utc_now
from fieldapp.store.database import Connection
from fieldapp.store.identity import ROLES, Identity, create_identity, load_identity
from fieldapp.store.keyfile import KdfParams
from fieldapp.store.vault import Vault, vault_exists
from fieldapp.store.vault_lock import Holder as VaultHolder
from fieldapp.store.vault_settings import VaultSettings, VaultSettingsFile

# What the faces need to know of a vault before it is unlocked.
__all__ = ["Session", "VaultHolder", "VaultSettings", "VaultSettingsFile", "change_passphrase",
           "check_new_passphrase", "create_vault", "unlock", "vault_exists", "verify_audit"]

MIN_PASSPHRASE_LENGTH = 8


def check_new_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise InvalidInput([Problem("passphrase", "too_short", minimum=MIN_PASSPHRASE_LENGTH)])


@dataclass
class Session:
    vault: Vault
    identity: Identity
    taxonomy: Taxonomy

    @property
    def conn(self) -> Connection:
        return self.vault.conn

    def transaction(self) -> AbstractContextManager[Connection]:
        """All or nothing: everything done inside commits together or not at all."""
        return database.transaction(self.conn)

    def log(self, conn: Connection, action: str, target: str = "") -> None:
        audit.append(conn, utc_now(), self.identity.fingerprint, action, target)

    def lock(self) -> None:
        self.vault.lock()


def create_vault(
    directory: Path,
    role: str,
    name: str,
    passphrase: str,
    params: KdfParams | None = None,
    taxonomy: Taxonomy | None = None,
) -> Session:
    """Create a vault with a fresh identity; refuses to touch an existing one."""
    if role not in ROLES:
        raise VaultError("unknown_role", role=role)
    if not name.strip():
        raise VaultError("vault_needs_name")
    check_new_passphrase(passphrase)
    vault = Vault.create(directory, passphrase, params)
    with database.transaction(vault.conn) as conn:
        identity = create_identity(conn, role, name.strip(), utc_now())
        audit.append(conn, utc_now(), identity.fingerprint, "vault.create", role)
    return Session(vault, identity, taxonomy or load_default())


def unlock(
    directory: Path,
    passphrase: str,
    taxonomy: Taxonomy | None = None,
    settings: VaultSettingsFile | None = None,
    on_wait: Callable[[VaultHolder], None] | None = None,
) -> Session:
    """Open the vault. Wrong passphrases in a row are counted here, for the window and the
    command line alike, and wipe the vault at the limit its settings give (VaultWiped).
    Only a wrong passphrase counts: a damaged key file or a vault in use never does.
    While another program has the vault open, on_wait is called once (VaultHolder: its
    process id) and the open waits a few seconds before VaultError("vault_in_use")."""
    settings = settings or VaultSettingsFile.default()
    try:
        vault = Vault.open(directory, passphrase, on_wait)
    except BadPassphrase:
        panic.wrong_passphrase(directory, settings)
        raise
    panic.right_passphrase(directory, settings)
    return Session(vault, load_identity(vault.conn), taxonomy or load_default())


def change_passphrase(
    session: Session,
    new_passphrase: str,
    params: KdfParams | None = None,
    current_passphrase: str | None = None,
) -> None:
    """Rewrap the vault key; with current_passphrase, check it first (the window asks)."""
    check_new_passphrase(new_passphrase)
    if current_passphrase is not None:
        session.vault.check_passphrase(current_passphrase)
    session.vault.change_passphrase(new_passphrase, params)
    with session.transaction() as conn:
        session.log(conn, "vault.passphrase_changed")


def verify_audit(session: Session) -> tuple[int, list[str]]:
    """(number of entries, problems); no problems means the chain is intact."""
    return len(audit.entries(session.conn)), audit.verify(session.conn)
