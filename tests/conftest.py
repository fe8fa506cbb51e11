"""Shared fixtures: fast KDF parameters, an unlocked observer vault, canaries."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from support import PASSPHRASE, SOURCE_PASSPHRASE, enrol, make_office

from fieldapp.services.session import Session, create_vault
from fieldapp.store import keyfile


@pytest.fixture
def fast_params() -> keyfile.KdfParams:
    """The KDF floor itself: valid for a vault, and no calibration run in tests."""
    return keyfile.KDF_FLOOR


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


__all__ = ["SOURCE_PASSPHRASE"]  # the source key's passphrase, defined in support


@pytest.fixture
def office_with_source_key(tmp_path: Path) -> Iterator[tuple[Session, Path]]:
    """An office vault and the path of its source key file (passphrase SOURCE_PASSPHRASE)."""
    key = tmp_path / "usb" / "source.key"
    office = make_office(tmp_path / "office", key)
    try:
        yield office, key
    finally:
        if not office.vault.is_locked:
            office.lock()


@pytest.fixture
def bare_observer(vault_dir: Path, fast_params: keyfile.KdfParams) -> Iterator[Session]:
    """A freshly created observer vault that has not enrolled any office yet."""
    created = create_vault(vault_dir, "observer", "Test Observer", PASSPHRASE, fast_params)
    try:
        yield created
    finally:
        if not created.vault.is_locked:
            created.lock()


@pytest.fixture
def session(
    bare_observer: Session, office_with_source_key: tuple[Session, Path]
) -> Session:
    """An unlocked observer vault that has enrolled its office (so it can seal sources)."""
    office, _ = office_with_source_key
    enrol(bare_observer, office)
    return bare_observer


@pytest.fixture
def canary() -> Callable[[str], str]:
    """canary(label) -> a unique lowercase token that no file on this machine already holds.

    Letters and digits only, so full-text search sees one word and case folding
    cannot hide it from a byte scan. Every token of one test shares canary("").
    """
    run = uuid.uuid4().hex[:16]

    def make(label: str = "") -> str:
        return f"cnry{run}{label.lower()}"

    return make


@pytest.fixture(autouse=True)
def private_config_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The per-vault settings file (auto-lock, wipe, wrong-passphrase count) lives under the
    user's config directory: point it, here and in the CLI processes tests start, at tmp."""
    config = tmp_path / "xdg-config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    return config
