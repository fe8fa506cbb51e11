"""The `case` command: open, list, show, edit, close, reopen, delete and merge cases."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from fieldapp.cli.common import Commands, actions, print_json
from fieldapp.cli.json_input import read_json_object, read_json_records

if TYPE_CHECKING:
    from fieldapp.services.session import Session

CASE_HELP = "an id, a unique start of one, or a reference such as PAV-2024-007"


def add_case(commands: Commands) -> None:
    case = commands.add_parser("case", help="follow a matter over time: its stages are records")
    case_commands = actions(case, "case_command")
    add = case_commands.add_parser(
        "add", help="open cases from a JSON file ('-' for stdin): title, summary, persons,"
                    " optional reference")
    add.add_argument("file")
    add.set_defaults(handler=cmd_case_add)
    listing = case_commands.add_parser("list", help="list the cases")
    listing.add_argument("--json", action="store_true")
    listing.add_argument("--query", default="", help="keep cases whose reference or title"
                                                     " holds this text")
    listing.set_defaults(handler=cmd_case_list)
    show = case_commands.add_parser("show", help="show a case and its stages")
    show.add_argument("case", metavar="ID|REFERENCE", help=CASE_HELP)
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=cmd_case_show)
    edit = case_commands.add_parser("edit", help="replace the fields given in a JSON file")
    edit.add_argument("case", metavar="ID|REFERENCE", help=CASE_HELP)
    edit.add_argument("file")
    edit.set_defaults(handler=cmd_case_edit)
    close = case_commands.add_parser("close", help="close a case on a date")
    close.add_argument("case", metavar="ID|REFERENCE", help=CASE_HELP)
    close.add_argument("--on", required=True, metavar="DATE", help="YYYY-MM-DD or YYYY-MM")
    close.set_defaults(handler=cmd_case_close)
    reopen = case_commands.add_parser("reopen", help="open a closed case again")
    reopen.add_argument("case", metavar="ID|REFERENCE", help=CASE_HELP)
    reopen.set_defaults(handler=cmd_case_reopen)
    delete = case_commands.add_parser("delete", help="delete a case that has no stages")
    delete.add_argument("case", metavar="ID|REFERENCE", help=CASE_HELP)
    delete.set_defaults(handler=cmd_case_delete)
    merge = case_commands.add_parser(
        "merge", help="office: two cases are one matter (both references lead to it)")
    merge.add_argument("first", metavar="ID|REFERENCE", help=CASE_HELP)
    merge.add_argument("second", metavar="ID|REFERENCE", help=CASE_HELP)
    merge.set_defaults(handler=cmd_case_merge)


def cmd_case_add(session: Session, args: argparse.Namespace) -> int:
    from fieldapp.services import cases as service
    for case_id, reference in service.add_cases(session, read_json_records(args.file)):
        print(f"{case_id} {reference}")
    return 0


def cmd_case_list(session: Session, args: argparse.Namespace) -> int:
    from fieldapp.services import case_views
    listed = case_views.list_cases(session, args.query)
    if args.json:
        print_json(listed)
        return 0
    for case in listed:
        span = f"{case['first_on'] or ''}..{case['last_on'] or ''}"
        title = "(purged: the office holds it)" if case["stub"] else case["title"]
        print(f"{case['id']}\t{case['reference']}\t{case['status']}\t{case['stages']}"
              f"\t{span}\t{title}")
    return 0


def cmd_case_show(session: Session, args: argparse.Namespace) -> int:
    from fieldapp.services import case_views
    from fieldapp.services import cases as service
    shown = case_views.show_case(session, service.resolve_case(session, args.case))
    if args.json:
        print_json(shown)
        return 0
    for key, value in shown.items():
        if key != "events":
            print(f"{key}: {_plain(value)}")
    print(f"events: {len(shown['events'])}")
    for event in shown["events"]:
        articles = ",".join(event["legal_articles"])
        outcome = f" -> {event['outcome']} {event['outcome_on'] or ''}" if event["outcome"] else ""
        print(f"  {event['occurred_on']}\t{event['threat_type']}\t{articles}\t{event['id']}"
              f"{outcome}")
    return 0


def _plain(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | dict | bool):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def cmd_case_edit(session: Session, args: argparse.Namespace) -> int:
    from fieldapp.services import cases as service
    case_id = service.resolve_case(session, args.case)
    print(service.edit_case(session, case_id, read_json_object(args.file)))
    return 0


def cmd_case_close(session: Session, args: argparse.Namespace) -> int:
    from fieldapp.services import cases as service
    case_id = service.resolve_case(session, args.case)
    print(service.close_case(session, case_id, args.on))
    return 0


def cmd_case_reopen(session: Session, args: argparse.Namespace) -> int:
    from fieldapp.services import cases as service
    case_id = service.resolve_case(session, args.case)
    print(service.reopen_case(session, case_id))
    return 0


def cmd_case_delete(session: Session, args: argparse.Namespace) -> int:
    from fieldapp.services import cases as service
    case_id = service.resolve_case(session, args.case)
    service.delete_case(session, case_id)
    print(f"deleted {case_id}")
    return 0


def cmd_case_merge(session: Session, args: argparse.Namespace) -> int:
    from fieldapp.services import case_views
    from fieldapp.services import cases as service
    first = service.resolve_case(session, args.first)
    second = service.resolve_case(session, args.second)
    group = service.merge_cases(session, first, second)
    print(f"{group} {case_views.show_case(session, group)['reference']}")
    return 0
