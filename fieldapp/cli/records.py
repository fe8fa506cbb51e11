"""The `record` command: add, list, show, edit and delete the vault's records."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

from fieldapp.cli.common import Commands, actions, print_json
from fieldapp.cli.json_input import read_json_object, read_json_records

if TYPE_CHECKING:
    from fieldapp.services.session import Session


def add_record(commands: Commands) -> None:
    record = commands.add_parser("record", help="add, list, show, edit or delete records")
    record_commands = actions(record, "record_command")
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
    table = record_commands.add_parser(
        "import-table", help="add records from a .csv or .xlsx spreadsheet (all or nothing)")
    table.add_argument("file")
    table.add_argument("--mapping", metavar="MAP.json",
                       help="JSON object: record field -> column header")
    table.add_argument("--dry-run", action="store_true",
                       help="check every row and say what would be created; change nothing")
    table.add_argument("--json", action="store_true")
    table.set_defaults(handler=cmd_record_import_table)
    delete = record_commands.add_parser("delete", help="delete a record (a tombstone version)")
    delete.add_argument("id")
    delete.set_defaults(handler=cmd_record_delete)


def cmd_record_add(session: Session, args: argparse.Namespace) -> int:
    from fieldapp.services import records as service
    for record_id in service.add_records(session, read_json_records(args.file)):
        print(record_id)
    return 0


def cmd_record_import_table(session: Session, args: argparse.Namespace) -> int:
    from fieldapp.cli.table_output import run_import_table
    return run_import_table(session, args)


def cmd_record_list(session: Session, args: argparse.Namespace) -> int:
    from fieldapp.services import records as service
    from fieldapp.services.records import RecordQuery
    summaries = service.list_records(session, RecordQuery(text=args.query))
    if args.json:
        print_json([service.show_record(session, s.id, with_sources=False) for s in summaries])
        return 0
    for s in summaries:
        print(f"{s.id}\t{s.occurred_on}\t{s.region}\t{s.threat_type}\t{s.title}")
    return 0


def cmd_record_show(session: Session, args: argparse.Namespace) -> int:
    from fieldapp.services import records as service
    shown = service.show_record(session, service.resolve_id(session, args.id))
    if args.json:
        print_json(shown)
        return 0
    for key, value in shown.items():
        if key == "sources":
            value = f"{value['count']} sealed for the office" if value["count"] else "none"
        elif isinstance(value, list):
            # One line per field: a list stays JSON rather than Python's repr.
            value = json.dumps(value, ensure_ascii=False)
        print(f"{key}: {'' if value is None else value}")
    return 0


def cmd_record_edit(session: Session, args: argparse.Namespace) -> int:
    from fieldapp.services import records as service
    record_id = service.resolve_id(session, args.id)
    print(service.edit_record(session, record_id, read_json_object(args.file)))
    return 0


def cmd_record_delete(session: Session, args: argparse.Namespace) -> int:
    from fieldapp.services import records as service
    record_id = service.resolve_id(session, args.id)
    service.delete_record(session, record_id)
    print(f"deleted {record_id}")
    return 0
