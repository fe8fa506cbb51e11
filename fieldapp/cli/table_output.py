"""`record import-table`: the report per row (text or JSON) and the exit code.

Exit codes: 0 every row imported (or, with --dry-run, would be); 2 a row, the mapping or the
file is bad, and nothing was imported.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fieldapp.cli.common import print_json
from fieldapp.cli.json_input import read_json_object
from fieldapp.cli.messages import problem_sentence, problem_text
from fieldapp.errors import Problem

if TYPE_CHECKING:
    from fieldapp.services.session import Session
    from fieldapp.services.table_import import ImportPlan


def run_import_table(session: Session, args: argparse.Namespace) -> int:
    from fieldapp.services.table_import import import_table, plan_import, read_table
    mapping = read_json_object(args.mapping) if args.mapping is not None else None
    plan = plan_import(session, read_table(Path(args.file)), mapping)
    ids: list[str] = []
    if not args.dry_run and not plan.problems:
        ids = import_table(session, plan)
    if args.json:
        print_json(_as_json(plan, ids, args.dry_run))
    elif args.dry_run:
        _print_dry_run(plan)
    elif plan.problems:
        for problem in plan.problems:
            print(f"fieldapp: {problem_sentence(problem, 'row')}", file=sys.stderr)
        print(f"fieldapp: {_bad_rows(plan)} of {len(plan.rows)} rows are invalid; nothing was"
              " imported", file=sys.stderr)
    else:
        for record_id in ids:
            print(record_id)
    return 2 if plan.problems else 0


def _bad_rows(plan: ImportPlan) -> int:
    return sum(1 for report in plan.rows if report.problems)


def _print_dry_run(plan: ImportPlan) -> None:
    for report in plan.rows:
        if report.preview is not None:
            r = report.preview
            print(f"row {report.row}: would create: {r.get('title', '')} "
                  f"({r.get('occurred_on', '')}, {r.get('region', '')}, "
                  f"{r.get('threat_type', '')})")
        for problem in report.problems:
            print(problem_sentence(problem, "row"))
    if plan.ignored:
        print(f"columns not read: {', '.join(plan.ignored)}")
    bad = _bad_rows(plan)
    print(f"{len(plan.rows) - bad} row(s) would be imported, {bad} invalid; nothing was"
          " changed")


def _problem_json(problem: Problem) -> dict[str, Any]:
    params = {k: v for k, v in problem.params.items() if k != "record_field"}
    return {"column": problem.field, "field": problem.params.get("record_field", problem.field),
            "code": problem.code, "message": problem_text(problem),
            "value": params.get("value"), "allowed": params.get("allowed")}


def _as_json(plan: ImportPlan, ids: list[str], dry_run: bool) -> dict[str, Any]:
    rows: list[dict[str, Any]] = []
    new_ids = iter(ids)
    for report in plan.rows:
        if report.problems:
            rows.append({"row": report.row, "ok": False,
                         "problems": [_problem_json(p) for p in report.problems]})
        elif ids:
            rows.append({"row": report.row, "ok": True, "id": next(new_ids)})
        else:
            rows.append({"row": report.row, "ok": True, "record": report.preview})
    bad = _bad_rows(plan)
    return {"file": plan.file, "dry_run": dry_run, "columns": plan.columns,
            "ignored_columns": plan.ignored, "valid": len(plan.rows) - bad, "invalid": bad,
            "imported": len(ids), "ids": ids, "rows": rows}
