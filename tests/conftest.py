"""Shared fixtures: fast KDF parameters, an unlocked observer vault, canaries."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from support import PASSPHRASE

from fieldapp.services.session import Session, create_vault
from fieldapp.store import keyfile


@pytest.fixture
def fast_params() -> keyfile.KdfParams:
    """The KDF floor itself: valid for a vault, and no calibration run in tests."""
    return keyfile.KDF_FLOOR


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def session(vault_dir: Path, fast_params: keyfile.KdfParams) -> Iterator[Session]:
    """A freshly created, unlocked observer vault."""
    created = create_vault(vault_dir, "observer", "Test Observer", PASSPHRASE, fast_params)
    try:
        yield created
    finally:
        if not created.vault.is_locked:
            created.lock()


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
