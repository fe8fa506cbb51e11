"""Commands for a laptop in danger: `fieldapp panic` deletes the vault without a passphrase."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from fieldapp.services.panic import quick_delete
from fieldapp.store.vault_settings import VaultSettingsFile


def add_commands(commands: Any) -> None:
    panic = commands.add_parser(
        "panic", help="overwrite and delete the vault now (no passphrase needed)")
    panic.add_argument("--yes", action="store_true",
                       help="really do it: there is no undo and no confirmation")
    panic.set_defaults(handler=cmd_panic, needs_session=False)


def cmd_panic(args: argparse.Namespace) -> int:
    if not args.yes:
        print(f"fieldapp: panic would overwrite and delete the vault in {args.vault} (its key"
              " file first, then its database), and nothing could bring it back; run"
              " 'fieldapp panic --yes' to do it", file=sys.stderr)
        return 2
    if not quick_delete(args.vault, VaultSettingsFile.default()):
        print(f"fieldapp: no vault in {args.vault}; nothing was deleted", file=sys.stderr)
        return 1
    print(f"vault in {args.vault} overwritten and deleted")
    return 0
