"""Per-vault safety settings kept outside the vault, because they are needed before unlock.

One small JSON file in the user's configuration directory, keyed by the vault's absolute
path. It holds the auto-lock and wipe settings and the count of wrong passphrases in a
row: never a record, a name or anything else from inside the vault. A vault whose settings
are all at their defaults has no entry at all.
"""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from fieldapp.app_paths import config_dir
from fieldapp.store.keyfile import write_atomic
from fieldapp.store.vault import secure_mkdir

SETTINGS_FILE = "vault-settings.json"
_FORMAT = 1


@dataclass(frozen=True)
class VaultSettings:
    auto_lock_minutes: float = 5.0  # 0 turns the idle lock off
    lock_when_inactive: bool = False  # also lock when another application comes to the front
    wipe_after: int = 0  # wrong passphrases in a row that delete the vault; 0 is off
    failures: int = 0  # wrong passphrases in a row so far (counted only while wipe_after > 0)

    @property
    def auto_lock_ms(self) -> int:
        return round(self.auto_lock_minutes * 60_000)


def _number(value: Any, default: float, kind: type) -> Any:
    """A non-negative finite number of the given kind, or the default for anything else."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return default
    if not math.isfinite(value) or value < 0:
        return default
    return kind(value)


def _from_json(entry: Any) -> VaultSettings:
    if not isinstance(entry, dict):
        return VaultSettings()
    default = VaultSettings()
    inactive = entry.get("lock_when_inactive")
    return VaultSettings(
        auto_lock_minutes=_number(entry.get("auto_lock_minutes"), default.auto_lock_minutes,
                                  float),
        lock_when_inactive=inactive if isinstance(inactive, bool) else False,
        wipe_after=_number(entry.get("wipe_after"), default.wipe_after, int),
        failures=_number(entry.get("failures"), default.failures, int),
    )


class VaultSettingsFile:
    """Reads and writes the settings file; a missing or unreadable file means defaults."""

    def __init__(self, path: Path) -> None:
        self.path = path

    @classmethod
    def default(cls) -> VaultSettingsFile:
        return cls(config_dir() / SETTINGS_FILE)

    @staticmethod
    def key(vault_dir: Path) -> str:
        return str(vault_dir.resolve())

    def _read(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        vaults = data.get("vaults") if isinstance(data, dict) else None
        return vaults if isinstance(vaults, dict) else {}

    def _write(self, vaults: dict[str, Any]) -> None:
        if not vaults and not self.path.exists():
            return
        secure_mkdir(self.path.parent)
        text = json.dumps({"format": _FORMAT, "vaults": vaults}, indent=2, sort_keys=True)
        write_atomic(self.path, (text + "\n").encode("utf-8"))

    def load(self, vault_dir: Path) -> VaultSettings:
        return _from_json(self._read().get(self.key(vault_dir)))

    def save(self, vault_dir: Path, settings: VaultSettings) -> None:
        vaults = self._read()
        if settings == VaultSettings():
            if vaults.pop(self.key(vault_dir), None) is None:
                return
        else:
            vaults[self.key(vault_dir)] = asdict(settings)
        self._write(vaults)

    def update(self, vault_dir: Path, **changes: Any) -> VaultSettings:
        settings = replace(self.load(vault_dir), **changes)
        self.save(vault_dir, settings)
        return settings

    def forget(self, vault_dir: Path) -> None:
        """Drop everything about a vault (after it was deleted)."""
        vaults = self._read()
        if vaults.pop(self.key(vault_dir), None) is not None:
            self._write(vaults)
