"""CLI commands for the office's figures (`report`) and the review of possible duplicates."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from fieldapp.cli_messages import with_report_flags
from fieldapp.domain.taxonomy import LANGUAGES
from fieldapp.errors import FieldappError, InvalidInput, Problem
from fieldapp.reports.bulletin import write_bulletin
from fieldapp.reports.csv_tables import write_tables
from fieldapp.reports.statistics import ReportFilters, compute_report
from fieldapp.services import duplicates
from fieldapp.services.records import resolve_id
from fieldapp.services.session import Session

DEFAULT_MIN_CELL = 3


def add_commands(commands: Any) -> None:
    report = commands.add_parser(
        "report", help="the figures for a period: JSON, CSV tables or a PDF bulletin")
    output = report.add_mutually_exclusive_group(required=True)
    output.add_argument("--json", action="store_true", help="print the figures as one object")
    output.add_argument("--csv", type=Path, metavar="DIR", help="write one CSV table per figure")
    output.add_argument("--pdf", type=Path, metavar="FILE", help="write the bulletin as a PDF")
    report.add_argument("--from", dest="date_from", metavar="DATE",
                        help="first month of the period (YYYY-MM or YYYY-MM-DD)")
    report.add_argument("--to", dest="date_to", metavar="DATE", help="last month of the period")
    report.add_argument("--region", metavar="CODE",
                        help="one region (its historical names included)")
    report.add_argument("--sector", metavar="CODE")
    report.add_argument("--observer", metavar="NAME_OR_FP",
                        help="records first written by this peer (name or fingerprint)")
    report.add_argument("--lang", choices=LANGUAGES, help="the bulletin's language (with --pdf)")
    report.add_argument("--min-cell", type=_min_cell, metavar="K",
                        help=f"bulletin: show counts below K as '<K' (default {DEFAULT_MIN_CELL})")
    report.set_defaults(handler=cmd_report)

    dups = commands.add_parser("duplicates", help="possible duplicates: list, link, dismiss")
    dups.add_argument("--json", action="store_true")
    dups.set_defaults(handler=cmd_duplicates_list)
    actions = dups.add_subparsers(dest="duplicates_command", metavar="ACTION")
    link = actions.add_parser("link", help="two records describe one incident (counted once)")
    dismiss = actions.add_parser("dismiss", help="two records are different incidents")
    for parser, handler in ((link, cmd_duplicates_link), (dismiss, cmd_duplicates_dismiss)):
        parser.add_argument("first", metavar="ID1")
        parser.add_argument("second", metavar="ID2")
        parser.set_defaults(handler=handler)


def _min_cell(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a whole number, not {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def _check_pdf_options(args: argparse.Namespace) -> None:
    if args.pdf is None:
        extra = [name for name, value in (("--lang", args.lang), ("--min-cell", args.min_cell))
                 if value is not None]
        if extra:
            raise InvalidInput([Problem(extra[0], "pdf_only")])
    elif args.lang is None:
        raise InvalidInput([Problem("--lang", "bulletin_language", allowed=", ".join(LANGUAGES))])


def cmd_report(session: Session, args: argparse.Namespace) -> int:
    _check_pdf_options(args)
    filters = ReportFilters(args.date_from, args.date_to, args.region, args.sector,
                            args.observer)
    try:
        report = compute_report(session, filters)
    except InvalidInput as error:
        raise with_report_flags(error) from None
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return 0
    target = args.csv if args.csv is not None else args.pdf
    try:
        if args.csv is not None:
            for path in write_tables(report, args.csv, session.taxonomy):
                print(path)
        else:
            min_cell = DEFAULT_MIN_CELL if args.min_cell is None else args.min_cell
            write_bulletin(report, args.pdf, args.lang, min_cell, session.taxonomy)
            print(args.pdf)
    except OSError as error:
        raise FieldappError("cannot_write", path=str(target),
                            detail=error.strerror or str(error)) from None
    return 0


def cmd_duplicates_list(session: Session, args: argparse.Namespace) -> int:
    found = duplicates.find_duplicates(session)
    if args.json:
        print(json.dumps([c.as_dict() for c in found], ensure_ascii=False, indent=2))
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
    first, second = resolve_id(session, args.first), resolve_id(session, args.second)
    duplicates.link_pair(session, first, second)
    print(f"linked {first} and {second} as one incident: statistics count it once")
    return 0


def cmd_duplicates_dismiss(session: Session, args: argparse.Namespace) -> int:
    first, second = resolve_id(session, args.first), resolve_id(session, args.second)
    duplicates.dismiss_pair(session, first, second)
    print(f"dismissed: {first} and {second} are different incidents")
    return 0
