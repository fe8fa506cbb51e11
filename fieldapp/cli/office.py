"""The office's review of what arrived (conflicts, duplicates) and its answers to observers."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from fieldapp.cli.common import Commands, actions, print_json
from fieldapp.cli.json_input import read_json_object

if TYPE_CHECKING:
    from fieldapp.services.session import Session


def add_conflicts(commands: Commands) -> None:
    conflict = commands.add_parser("conflicts", help="records edited on both sides")
    conflict_commands = actions(conflict, "conflicts_command")
    listing = conflict_commands.add_parser("list", help="records in conflict")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=cmd_conflicts_list)
    resolve = conflict_commands.add_parser("resolve", help="choose or edit the result")
    resolve.add_argument("id")
    choice = resolve.add_mutually_exclusive_group(required=True)
    choice.add_argument("--take", metavar="VERSION")
    choice.add_argument("--edit", metavar="FILE")
    resolve.set_defaults(handler=cmd_conflicts_resolve)


def add_duplicates(commands: Commands) -> None:
    dups = commands.add_parser("duplicates", help="possible duplicates: list, link, dismiss")
    dups.add_argument("--json", action="store_true")
    dups.set_defaults(handler=cmd_duplicates_list)
    # Without an ACTION, `duplicates` lists; so unlike the others its ACTION is optional.
    dup_commands = dups.add_subparsers(dest="duplicates_command", metavar="ACTION")
    link = dup_commands.add_parser("link", help="two records describe one incident (counted once)")
    dismiss = dup_commands.add_parser("dismiss", help="two records are different incidents")
    for parser, handler in ((link, cmd_duplicates_link), (dismiss, cmd_duplicates_dismiss)):
        parser.add_argument("first", metavar="ID1")
        parser.add_argument("second", metavar="ID2")
        parser.set_defaults(handler=handler)


def add_roster(commands: Commands) -> None:
    roster_cmd = commands.add_parser("roster", help="the office's signed roster for observers")
    roster_commands = actions(roster_cmd, "roster_command")
    publish = roster_commands.add_parser("publish", help="one roster bundle per observer")
    publish.add_argument("--out", type=Path, required=True, metavar="DIR")
    publish.set_defaults(handler=cmd_roster_publish)


def add_receipts(commands: Commands) -> None:
    receipts_cmd = commands.add_parser("receipts", help="office: receipts for observers")
    receipts_cmd.add_argument("--out", type=Path, required=True, metavar="DIR")
    receipts_cmd.set_defaults(handler=cmd_receipts)


def cmd_conflicts_list(session: Session, args: argparse.Namespace) -> int:
    from fieldapp.services import conflicts
    found = conflicts.list_conflicts(session)
    if args.json:
        print_json([c.as_dict() for c in found])
        return 0
    for item in found:
        sides = "; ".join(
            f"{s.version.id} by {s.author_name}" + (" (deleted)" if s.record is None else "")
            for s in item.sides)
        print(f"{item.record_id}\tshown: {item.sides[0].version.id}\t{sides}")
    return 0


def cmd_conflicts_resolve(session: Session, args: argparse.Namespace) -> int:
    from fieldapp.services import conflicts
    from fieldapp.services.records import resolve_id
    record_id = resolve_id(session, args.id)
    edit = read_json_object(args.edit) if args.edit else None
    print(conflicts.resolve(session, record_id, take=args.take, edit=edit))
    return 0


def cmd_duplicates_list(session: Session, args: argparse.Namespace) -> int:
    from fieldapp.services import duplicates
    found = duplicates.find_duplicates(session)
    if args.json:
        print_json([c.as_dict() for c in found])
        return 0
    if not found:
        print("no possible duplicates to review")
    for c in found:
        why = [f"{c.shared_victims} shared victim(s)"] if c.shared_victims else []
        why.append(f"text similarity {c.text_similarity:.2f}")
        print(f"{c.first}\t{c.second}\t{c.region}\t{c.threat_type}\t"
              f"{c.days_apart} day(s) apart\t{', '.join(why)}")
    return 0


def cmd_duplicates_link(session: Session, args: argparse.Namespace) -> int:
    from fieldapp.services import duplicates
    from fieldapp.services.records import resolve_id
    first, second = resolve_id(session, args.first), resolve_id(session, args.second)
    duplicates.link_pair(session, first, second)
    print(f"linked {first} and {second} as one incident: statistics count it once")
    return 0


def cmd_duplicates_dismiss(session: Session, args: argparse.Namespace) -> int:
    from fieldapp.services import duplicates
    from fieldapp.services.records import resolve_id
    first, second = resolve_id(session, args.first), resolve_id(session, args.second)
    duplicates.dismiss_pair(session, first, second)
    print(f"dismissed: {first} and {second} are different incidents")
    return 0


def cmd_roster_publish(session: Session, args: argparse.Namespace) -> int:
    from fieldapp.services import roster
    for path in roster.publish_roster(session, args.out):
        print(path)
    return 0


def cmd_receipts(session: Session, args: argparse.Namespace) -> int:
    from fieldapp.services import receipts
    written = receipts.write_receipts(session, args.out)
    if not written:
        print("no observer has new versions to confirm; no receipt was written")
    for item in written:
        print(f"{item.path}\t{item.observer}\t{item.versions} version(s)")
    return 0
