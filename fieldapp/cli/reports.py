"""The `report` command: the figures for a period as JSON (internal, or published with small
cells withheld), CSV tables, or a publication (PDF, DOCX) with the coordinator's texts."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fieldapp.cli.common import Commands, print_json
from fieldapp.cli.messages import with_report_flags
from fieldapp.domain.taxonomy import LANGUAGES
from fieldapp.errors import FieldappError, InvalidInput, Problem

if TYPE_CHECKING:
    from fieldapp.services.session import Session

#: The smallest count shown in what is published (PDF, DOCX, CSV, --json --publish).
DEFAULT_MIN_CELL = 3


def add_report(commands: Commands) -> None:
    report = commands.add_parser(
        "report", help="the figures for a period: JSON, CSV tables, or a PDF or DOCX bulletin")
    output = report.add_mutually_exclusive_group(required=True)
    output.add_argument("--json", action="store_true", help="print the figures as one object")
    output.add_argument("--csv", type=Path, metavar="DIR",
                        help="write one CSV table per figure (small cells withheld)")
    output.add_argument("--pdf", type=Path, metavar="FILE", help="write the bulletin as a PDF")
    output.add_argument("--docx", type=Path, metavar="FILE",
                        help="write the bulletin as an editable DOCX")
    report.add_argument("--period", metavar="PERIOD",
                        help="a year, half-year, quarter or month: 2024, 2024-H2, 2024-Q1,"
                             " 2024-03 (instead of --from/--to)")
    report.add_argument("--from", dest="date_from", metavar="DATE",
                        help="first month of the period (YYYY-MM or YYYY-MM-DD)")
    report.add_argument("--to", dest="date_to", metavar="DATE", help="last month of the period")
    report.add_argument("--compare", action="store_true",
                        help="add the period of equal length just before, and the change")
    report.add_argument("--region", metavar="CODE",
                        help="one region (its historical names included)")
    report.add_argument("--sector", metavar="CODE")
    report.add_argument("--observer", metavar="NAME_OR_FP",
                        help="records first written by this peer (name or fingerprint)")
    report.add_argument("--publish", action="store_true",
                        help="with --json: the figures as published, small cells withheld")
    report.add_argument("--min-cell", type=_min_cell, metavar="K",
                        help=f"withhold counts below K (default {DEFAULT_MIN_CELL} for what is"
                             " published, 1 for --json)")
    report.add_argument("--lang", choices=LANGUAGES, help="the bulletin's language")
    report.add_argument("--draft", metavar="NAME",
                        help="the bulletin's texts and highlights, saved under this name")
    report.set_defaults(handler=cmd_report)


def _min_cell(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a whole number, not {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    if value > 1_000_000:
        raise argparse.ArgumentTypeError("must be at most 1000000")
    return value


def _check_options(args: argparse.Namespace) -> None:
    """Each option used only with the outputs it is for."""
    document = args.pdf is not None or args.docx is not None
    if not document:
        extra = [name for name, value in (("--lang", args.lang), ("--draft", args.draft))
                 if value is not None]
        if extra:
            raise InvalidInput([Problem(extra[0], "pdf_only")])
    elif args.lang is None:
        raise InvalidInput([Problem("--lang", "bulletin_language", allowed=", ".join(LANGUAGES))])
    if args.publish and not args.json:
        raise InvalidInput([Problem("--publish", "json_only")])


def _min_cell_for(args: argparse.Namespace) -> int | None:
    """The threshold to withhold below; None: the internal figures, nothing withheld."""
    if args.json and not args.publish:
        return args.min_cell  # --json --min-cell K publishes with K
    return DEFAULT_MIN_CELL if args.min_cell is None else args.min_cell


def cmd_report(session: Session, args: argparse.Namespace) -> int:
    from fieldapp.services import reporting
    _check_options(args)
    try:
        filters = reporting.filters_for(args.date_from, args.date_to, args.period,
                                        args.region, args.sector, args.observer)
        draft = (reporting.draft_named(session, args.draft) if args.draft is not None
                 else None)
        figures = reporting.report(session, filters, args.compare)
    except InvalidInput as error:
        raise with_report_flags(error) from None
    min_cell = _min_cell_for(args)
    if args.json:
        print_json(figures if min_cell is None
                   else reporting.published(session, figures, min_cell))
        return 0
    assert min_cell is not None  # noqa: S101 - every output but --json publishes
    return _write(session, args, figures, min_cell, draft)


def _write(session: Session, args: argparse.Namespace, figures: dict[str, Any],
           min_cell: int, draft: Any) -> int:
    from fieldapp.services import reporting
    target = args.csv or args.pdf or args.docx
    try:
        if args.csv is not None:
            for path in reporting.write_csv_tables(session, figures, args.csv, min_cell):
                print(path)
        else:
            fmt = "pdf" if args.pdf is not None else "docx"
            reporting.write_document(session, figures, target, fmt, args.lang, min_cell, draft)
            print(target)
    except OSError as error:
        raise FieldappError("cannot_write", path=str(target),
                            detail=error.strerror or str(error)) from None
    return 0
