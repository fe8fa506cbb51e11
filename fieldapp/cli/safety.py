"""A laptop in danger carries less: `purge` drops what the office holds, `panic` everything."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from fieldapp.cli.common import Commands
from fieldapp.errors import InvalidInput, Problem

if TYPE_CHECKING:
    from fieldapp.services.session import Session


def add_purge(commands: Commands) -> None:
    purge_cmd = commands.add_parser("purge", help="observer: drop what the office holds")
    purge_cmd.add_argument("--delivered", action="store_true",
                           help="purge every record whose current version was delivered")
    purge_cmd.add_argument("--auto", choices=["on", "off"],
                           help="purge automatically whenever a receipt arrives")
    purge_cmd.set_defaults(handler=cmd_purge)


def add_panic(commands: Commands) -> None:
    panic = commands.add_parser(
        "panic", help="overwrite and delete the vault now (no passphrase needed)")
    panic.add_argument("--yes", action="store_true",
                       help="really do it: there is no undo and no confirmation")
    # No session: deleting the vault must never wait for its passphrase.
    panic.set_defaults(handler=cmd_panic, needs_session=False)


def cmd_purge(session: Session, args: argparse.Namespace) -> int:
    from fieldapp.services import purge
    if not args.delivered and args.auto is None:
        raise InvalidInput([Problem("purge", "purge_what")])
    if args.auto is not None:
        purge.set_auto_purge(session, args.auto == "on")
        print(f"automatic purge on receipt: {args.auto}")
    if args.delivered:
        from fieldapp.services import case_views

        def stubs() -> int:
            return sum(1 for case in case_views.list_cases(session) if case["stub"])

        before = stubs()
        count = purge.purge_delivered(session)
        print(f"purged {count} delivered record(s)")
        if (kept := stubs() - before) > 0:
            print(f"{kept} delivered case(s) kept as stubs: reference, status and dates only")
    return 0


def cmd_panic(args: argparse.Namespace) -> int:
    if not args.yes:
        print(f"fieldapp: panic would overwrite and delete the vault in {args.vault} (its key"
              " file first, then its database), and nothing could bring it back; run"
              " 'fieldapp panic --yes' to do it", file=sys.stderr)
        return 2
    from fieldapp.services.panic import quick_delete
    from fieldapp.services.session import VaultSettingsFile
    if not quick_delete(args.vault, VaultSettingsFile.default()):
        print(f"fieldapp: no vault in {args.vault}; nothing was deleted", file=sys.stderr)
        return 1
    print(f"vault in {args.vault} overwritten and deleted")
    return 0
