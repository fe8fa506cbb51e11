"""The vault itself: create it, change its passphrase, check its log, give a reviewer its keys."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from fieldapp.cli.common import Commands, actions
from fieldapp.cli.passphrase_input import new_passphrase, source_key_passphrase
from fieldapp.errors import FieldappError, InvalidInput, Problem

if TYPE_CHECKING:
    from fieldapp.services.session import Session


def add_init(commands: Commands) -> None:
    init = commands.add_parser("init", help="create a new vault")
    init.add_argument("--role", required=True, choices=["observer", "office"])
    init.add_argument("--name", required=True)
    init.add_argument("--source-key", type=Path, metavar="FILE",
                      help="office: also create the source key in FILE (keep it apart)")
    init.add_argument("--source-passphrase-file", metavar="FILE")
    init.set_defaults(handler=cmd_init, needs_session=False)


def add_passwd(commands: Commands) -> None:
    passwd = commands.add_parser("passwd", help="change the vault passphrase")
    passwd.add_argument("--new-passphrase-file", metavar="FILE")
    passwd.set_defaults(handler=cmd_passwd)


def add_audit(commands: Commands) -> None:
    audit = commands.add_parser("audit", help="check the audit log")
    audit_commands = actions(audit, "audit_command")
    verify = audit_commands.add_parser("verify", help="check the audit log's hash chain")
    verify.set_defaults(handler=cmd_audit_verify)
    keys = audit_commands.add_parser("keys", help="write the office's keys for a reviewer")
    keys.add_argument("--out", type=Path, required=True, metavar="DIR")
    keys.set_defaults(handler=cmd_audit_keys)


def cmd_init(args: argparse.Namespace) -> int:
    from fieldapp.services.session import create_vault
    from fieldapp.services.sources import create_source_key, set_office_source_recipient
    passphrase = new_passphrase(None, args.passphrase_file)
    if args.source_key is not None and args.role != "office":
        raise InvalidInput([Problem("--source-key", "source_key_office_only")])
    source_passphrase = (source_key_passphrase(args.source_passphrase_file, new=True)
                         if args.source_key is not None else None)
    session = create_vault(args.vault, args.role, args.name, passphrase)
    if args.source_key is not None and source_passphrase is not None:
        try:
            recipient = create_source_key(args.source_key, source_passphrase)
        except FieldappError:
            session.lock()
            raise
        set_office_source_recipient(session, recipient)
        print(f"source key written to {args.source_key}: keep it apart from this computer")
    print(f"created {args.role} vault '{session.identity.name}' in {args.vault}")
    print(f"fingerprint {session.identity.fingerprint}")
    session.lock()
    return 0


def cmd_passwd(session: Session, args: argparse.Namespace) -> int:
    from fieldapp.services.session import change_passphrase
    change_passphrase(session, new_passphrase(args.new_passphrase_file))
    print("passphrase changed")
    return 0


def cmd_audit_verify(session: Session, args: argparse.Namespace) -> int:
    from fieldapp.services.session import verify_audit
    count, problems = verify_audit(session)
    if problems:
        for problem in problems:
            print(f"audit log damaged: {problem}", file=sys.stderr)
        return 1
    print(f"audit log intact: {count} entries")
    return 0


def cmd_audit_keys(session: Session, args: argparse.Namespace) -> int:
    from fieldapp.services import inspection
    written = inspection.write_audit_keys(session, args.out)
    print("WARNING: these files hold the office's private decryption key. Keep them on an"
          " encrypted disk and delete them when the review is over.", file=sys.stderr)
    for path in written:
        print(path)
    return 0
