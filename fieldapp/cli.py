"""The command line: the same services as the window, for scripts and terminals.

Exit codes: 0 success; 1 operational failure; 2 invalid input or usage.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import platformdirs

from fieldapp import cli_exchange, cli_reports, cli_safety
from fieldapp.cli_messages import problem_sentence, sentence
from fieldapp.errors import FieldappError, InvalidInput, Problem
from fieldapp.json_input import read_json_object, read_json_records
from fieldapp.passphrase_input import (
    current_passphrase,
    new_passphrase,
    source_key_passphrase,
)
from fieldapp.services import attachments, records, redaction
from fieldapp.services.session import (
    Session,
    change_passphrase,
    create_vault,
    unlock,
    verify_audit,
)
from fieldapp.services.sources import create_source_key, set_office_source_recipient
from fieldapp.store.records import RecordQuery

ENV_VAULT = "FIELDAPP_VAULT"


def default_vault_dir() -> Path:
    if os.environ.get(ENV_VAULT):
        return Path(os.environ[ENV_VAULT])
    return platformdirs.user_data_path("fieldapp", appauthor=False) / "vault"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="fieldapp", description="Document threats to human-rights defenders."
    )
    parser.add_argument("--vault", type=Path, help=f"vault directory (env {ENV_VAULT})")
    parser.add_argument("--passphrase-file", metavar="FILE",
                        help="read the passphrase from FILE's first line ('-' for stdin)")
    parser.add_argument(
        "--demo", action="store_true", help="open the app on a throwaway demo vault"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    init = commands.add_parser("init", help="create a new vault")
    init.add_argument("--role", required=True, choices=["observer", "office"])
    init.add_argument("--name", required=True)
    init.add_argument("--source-key", type=Path, metavar="FILE",
                      help="office: also create the source key in FILE (keep it apart)")
    init.add_argument("--source-passphrase-file", metavar="FILE")
    init.set_defaults(handler=cmd_init, needs_session=False)

    record = commands.add_parser("record", help="add, list, show, edit or delete records")
    record_commands = record.add_subparsers(dest="record_command", metavar="ACTION", required=True)
    add = record_commands.add_parser("add", help="add records from a JSON file ('-' for stdin)")
    add.add_argument("file")
    add.set_defaults(handler=cmd_record_add)
    listing = record_commands.add_parser("list", help="list records, optionally searching")
    listing.add_argument("--json", action="store_true")
    listing.add_argument("--query", default="")
    listing.set_defaults(handler=cmd_record_list)
    show = record_commands.add_parser("show", help="show one record")
    show.add_argument("id")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=cmd_record_show)
    edit = record_commands.add_parser("edit", help="replace the fields given in a JSON file")
    edit.add_argument("id")
    edit.add_argument("file")
    edit.set_defaults(handler=cmd_record_edit)
    delete = record_commands.add_parser("delete", help="delete a record (a tombstone version)")
    delete.add_argument("id")
    delete.set_defaults(handler=cmd_record_delete)

    attach = commands.add_parser("attach", help="attach an evidence file to a record")
    attach.add_argument("id")
    attach.add_argument("file", type=Path)
    attach.add_argument("--redact", action="append", default=[], type=_region,
                        metavar="X,Y,W,H[:blur|black]",
                        help="hide an area of the image, in pixels of the upright picture;"
                             " repeat for more areas (blur unless :black)")
    attach.add_argument("--keep-original", action="store_true",
                        help="also keep the unredacted original, encrypted in this vault"
                             " (it is never exported)")
    attach.set_defaults(handler=cmd_attach)

    passwd = commands.add_parser("passwd", help="change the vault passphrase")
    passwd.add_argument("--new-passphrase-file", metavar="FILE")
    passwd.set_defaults(handler=cmd_passwd)

    audit = commands.add_parser("audit", help="check the audit log")
    audit_commands = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    verify = audit_commands.add_parser("verify", help="check the audit log's hash chain")
    verify.set_defaults(handler=cmd_audit_verify)
    cli_exchange.add_commands(commands, audit_commands)
    cli_safety.add_commands(commands)
    cli_reports.add_commands(commands)
    return parser


# --- commands -------------------------------------------------------------------------

def cmd_init(args: argparse.Namespace) -> int:
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


def cmd_record_add(session: Session, args: argparse.Namespace) -> int:
    for record_id in records.add_records(session, read_json_records(args.file)):
        print(record_id)
    return 0


def cmd_record_list(session: Session, args: argparse.Namespace) -> int:
    summaries = records.list_records(session, RecordQuery(text=args.query))
    if args.json:
        shown = [records.show_record(session, s.id, with_sources=False) for s in summaries]
        print(json.dumps(shown, ensure_ascii=False, indent=2))
        return 0
    for s in summaries:
        print(f"{s.id}\t{s.occurred_on}\t{s.region}\t{s.threat_type}\t{s.title}")
    return 0


def cmd_record_show(session: Session, args: argparse.Namespace) -> int:
    shown = records.show_record(session, records.resolve_id(session, args.id))
    if args.json:
        print(json.dumps(shown, ensure_ascii=False, indent=2))
        return 0
    for key, value in shown.items():
        if key == "sources":
            value = f"{value['count']} sealed for the office" if value["count"] else "none"
        elif isinstance(value, list):
            value = json.dumps(value, ensure_ascii=False)
        print(f"{key}: {'' if value is None else value}")
    return 0


def cmd_record_edit(session: Session, args: argparse.Namespace) -> int:
    record_id = records.resolve_id(session, args.id)
    print(records.edit_record(session, record_id, read_json_object(args.file)))
    return 0


def cmd_record_delete(session: Session, args: argparse.Namespace) -> int:
    record_id = records.resolve_id(session, args.id)
    records.delete_record(session, record_id)
    print(f"deleted {record_id}")
    return 0


def cmd_attach(session: Session, args: argparse.Namespace) -> int:
    record_id = records.resolve_id(session, args.id)
    info = attachments.attach_file(session, record_id, args.file, args.redact,
                                   args.keep_original)
    print(info.id)
    print(attachments.describe_removal(info))
    if args.redact:
        print(f"redacted: {len(args.redact)} area(s) hidden in the stored image")
    original = attachments.kept_original(session, info.id)
    if original is not None:
        print(f"unredacted original kept, encrypted: {original.id}"
              f" (SHA-256 as captured {original.original_sha256})")
    return 0


def _region(text: str) -> redaction.Region:
    try:
        return redaction.parse_region(text)
    except (ValueError, FieldappError) as error:
        raise argparse.ArgumentTypeError(sentence(error)) from None


def cmd_passwd(session: Session, args: argparse.Namespace) -> int:
    change_passphrase(session, new_passphrase(args.new_passphrase_file))
    print("passphrase changed")
    return 0


def cmd_audit_verify(session: Session, args: argparse.Namespace) -> int:
    count, problems = verify_audit(session)
    if problems:
        for problem in problems:
            print(f"audit log damaged: {problem}", file=sys.stderr)
        return 1
    print(f"audit log intact: {count} entries")
    return 0


# --- entry point ------------------------------------------------------------------------

def main(argv: Sequence[str] | None = None) -> int:
    os.umask(0o077)
    args = build_parser().parse_args(argv)
    args.vault = args.vault or default_vault_dir()
    if args.demo or args.command is None:
        # Qt is loaded only for the window, so scripts and servers never need it.
        gui: Any = importlib.import_module("fieldapp.ui.app")
        return int(gui.run(vault_dir=args.vault, demo=args.demo))
    try:
        if _stdin_used_twice(args):
            raise InvalidInput([Problem("input", "stdin_twice")])
        if not getattr(args, "needs_session", True):
            return int(args.handler(args))
        return _with_session(args, args.handler)
    except InvalidInput as error:
        for problem in error.problems:
            print(f"fieldapp: {problem_sentence(problem)}", file=sys.stderr)
        return error.exit_code
    except FieldappError as error:
        print(f"fieldapp: {sentence(error)}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print("fieldapp: interrupted; nothing was changed", file=sys.stderr)
        return 130


def _stdin_used_twice(args: argparse.Namespace) -> bool:
    return args.passphrase_file == "-" and getattr(args, "file", None) == "-"  # noqa: S105


def _with_session(args: argparse.Namespace, handler: Callable[..., int]) -> int:
    session = unlock(args.vault, current_passphrase(args.passphrase_file))
    try:
        return int(handler(session, args))
    finally:
        session.lock()

if __name__ == "__main__":
    sys.exit(main())
