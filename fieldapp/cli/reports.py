"""The `report` command: the figures for a period as JSON, CSV tables or a PDF bulletin."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from fieldapp.cli.common import Commands, print_json
from fieldapp.cli.messages import with_report_flags
from fieldapp.domain.taxonomy import LANGUAGES
from fieldapp.errors import FieldappError, InvalidInput, Problem

if TYPE_CHECKING:
    from fieldapp.services.session import Session

DEFAULT_MIN_CELL = 3


def add_report(commands: Commands) -> None:
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
    from fieldapp.services import reporting
    from fieldapp.services.reporting import ReportFilters
    _check_pdf_options(args)
    filters = ReportFilters(args.date_from, args.date_to, args.region, args.sector,
                            args.observer)
    try:
        figures = reporting.report(session, filters)
    except InvalidInput as error:
        raise with_report_flags(error) from None
    if args.json:
        print_json(figures)
        return 0
    target = args.csv if args.csv is not None else args.pdf
    try:
        if args.csv is not None:
            for path in reporting.write_csv_tables(session, figures, args.csv):
                print(path)
        else:
            min_cell = DEFAULT_MIN_CELL if args.min_cell is None else args.min_cell
            reporting.write_pdf_bulletin(session, figures, args.pdf, args.lang, min_cell)
            print(args.pdf)
    except OSError as error:
        raise FieldappError("cannot_write", path=str(target),
                            detail=error.strerror or str(error)) from None
    return 0
