"""An unlocked vault with what every use case needs: identity, vocabulary, transactions."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path

from fieldapp.domain.record import has_control
from fieldapp.domain.taxonomy import Taxonomy, load_default
from fieldapp.errors import BadPassphrase, FieldappError, InvalidInput, Problem, VaultError
from fieldapp.services import panic
from fieldapp.store import audit, database, meta, vocabulary
from fieldapp.store import purge as purge_store
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


# A vault's name is shown on its identity card and in its peers' lists.
MAX_NAME = 200


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
    # The name travels on the identity card; peers refuse a card that carries controls.
    if has_control(name):
        raise InvalidInput([Problem("name", "control_character")])
    if len(name) > MAX_NAME:
        raise InvalidInput([Problem("name", "too_long", length=len(name), limit=MAX_NAME)])
    check_new_passphrase(passphrase)
    vault = Vault.create(directory, passphrase, params)
    with database.transaction(vault.conn) as conn:
        identity = create_identity(conn, role, name.strip(), utc_now())
        audit.append(conn, utc_now(), identity.fingerprint, "vault.create", role)
        meta.put(conn, meta.KEY_FILE_ID, vault.key_file_id)
        vocabulary.store(conn, taxonomy or load_default(), 1)
    return Session(vault, identity, vocabulary.load(vault.conn))


def _vocabulary(vault: Vault, seed: Taxonomy | None) -> Taxonomy:
    """The vault's vocabulary; a vault made before it held one (migration 0016) is seeded
    from the installed files first, as version 1."""
    if not vocabulary.is_seeded(vault.conn):
        with database.transaction(vault.conn) as conn:
            vocabulary.store(conn, seed or load_default(), 1)
    return vocabulary.load(vault.conn)


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
    try:
        session = Session(vault, load_identity(vault.conn), _vocabulary(vault, taxonomy))
    except BaseException:
        vault.lock()
        raise
    try:
        _finish_interrupted_work(session)
    except BaseException:
        session.lock()
        raise
    return session


def _finish_interrupted_work(session: Session) -> None:
    """What a process killed at the wrong moment left undone: a passphrase change the audit
    log never heard of, and a purge whose freed pages were never rewritten."""
    recorded = meta.get(session.conn, meta.KEY_FILE_ID)
    current = session.vault.key_file_id
    if recorded != current:
        try:
            with session.transaction() as conn:
                if recorded is not None:  # None: a vault from before the file was tracked
                    session.log(conn, "vault.passphrase_changed", "noticed_at_unlock")
                meta.put(conn, meta.KEY_FILE_ID, current)
        except FieldappError as error:
            # A full disk must not lock the user out; the entry is written once it has room.
            if error.code != "disk_full":
                raise
    if purge_store.scrub_pending(session.conn):
        try:
            purge_store.reclaim_pages(session.conn)
        except Exception as error:
            # A disk still too full: the vault opens anyway; the mark stays for next time.
            if not database.is_disk_full(error):
                raise


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
    # Killed before this commits, the next unlock sees a key file the log never recorded
    # and writes the entry then (_finish_interrupted_work).
    try:
        with session.transaction() as conn:
            session.log(conn, "vault.passphrase_changed")
            meta.put(conn, meta.KEY_FILE_ID, session.vault.key_file_id)
    except FieldappError as error:
        # The new passphrase is already in force: a disk too full for the entry must not
        # say otherwise. The next unlock with room writes it.
        if error.code != "disk_full":
            raise


def verify_audit(session: Session) -> tuple[int, list[str]]:
    """(number of entries, problems); no problems means the chain is intact."""
    return len(audit.entries(session.conn)), audit.verify(session.conn)
