"""What travels between vaults: export a bundle, import bundles, inspect one unopened."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fieldapp.cli.common import Commands, actions, print_json, unlocked
from fieldapp.cli.messages import with_reasons, worded_inside
from fieldapp.cli.progress import mib_progress

if TYPE_CHECKING:
    from fieldapp.services import importing
    from fieldapp.services.session import Session


def add_export(commands: Commands) -> None:
    out = commands.add_parser("export", help="write new versions into a bundle for the office")
    out.add_argument("--out", type=Path, required=True, metavar="DIR")
    out.add_argument("--all", action="store_true", help="everything, not only what is new")
    out.set_defaults(handler=cmd_export)


def add_import(commands: Commands) -> None:
    imp = commands.add_parser("import", help="verify and merge bundles")
    imp.add_argument("bundles", type=Path, nargs="+", metavar="BUNDLE")
    imp.add_argument("--json", action="store_true")
    imp.set_defaults(handler=cmd_import)


def add_bundle(commands: Commands) -> None:
    bundle = commands.add_parser("bundle", help="look at a bundle without importing it")
    bundle_commands = actions(bundle, "bundle_command")
    inspect = bundle_commands.add_parser("inspect", help="what the bundle shows")
    inspect.add_argument("file", type=Path)
    inspect.add_argument("--json", action="store_true")
    inspect.add_argument("--outer-only", action="store_true",
                         help="do not open the vault: show only what anyone can see")
    # The outside needs no vault; cmd_bundle_inspect opens one itself when there is one.
    inspect.set_defaults(handler=cmd_bundle_inspect, needs_session=False)


def cmd_export(session: Session, args: argparse.Namespace) -> int:
    from fieldapp.services import export, export_pending
    abandoned = export_pending.clear_interrupted_export(session)
    if abandoned is not None:
        print(f"fieldapp: an earlier export was interrupted; its files were removed and"
              f" bundle number {abandoned} was never sent (the office will list it as not"
              f" received)", file=sys.stderr)
    result = export.export_bundle(session, args.out, everything=args.all,
                                  progress=mib_progress("evidence written"))
    if result is None:
        print("nothing new to export; no bundle was written")
        return 0
    print(result.path)
    return 0


def cmd_import(session: Session, args: argparse.Namespace) -> int:
    from fieldapp.services import importing
    reports = with_reasons(importing.import_bundles(session, args.bundles))
    if args.json:
        print(importing.report_json(reports))
    else:
        for report in reports:
            print(describe(report))
    return 1 if any(r.status == "rejected" for r in reports) else 0


def describe(report: importing.ImportReport) -> str:
    """One line on what the import of one bundle did."""
    if report.status == "accepted" and report.kind == "roster":
        return f"{report.file}: roster version {report.sequence} from {report.sender} accepted"
    if report.status == "accepted" and report.kind == "receipt":
        text = (f"{report.file}: receipt from {report.sender}: {report.updated} version(s)"
                " confirmed delivered")
        if report.purged:
            text += f"; {report.purged} record(s) purged"
        if report.reason:  # the receipt was applied; what came after it failed
            text += f"; {report.reason}"
        return text
    if report.status == "rejected":
        return f"{report.file}: rejected at the {report.check} check: {report.reason}"
    if report.status == "duplicate":
        return f"{report.file}: already imported; nothing changed"
    text = (f"{report.file}: accepted from {report.sender} (bundle {report.sequence}):"
            f" {report.new} new, {report.updated} updated, {report.unchanged} unchanged,"
            f" {report.in_conflict} in conflict")
    if report.cases:
        text += f"; {report.cases} case(s) new or changed"
    if report.missing_sequences:
        gaps = ", ".join(str(n) for n in report.missing_sequences)
        text += f"; bundles not yet received from this observer: {gaps}"
    return text


def cmd_bundle_inspect(args: argparse.Namespace) -> int:
    """Anyone sees the outside; inside a vault (when there is one) we also try to open it."""
    from fieldapp.services import inspection
    from fieldapp.services.session import vault_exists
    shown: dict[str, Any] = inspection.inspect_outer(args.file)
    if not args.outer_only and vault_exists(args.vault):
        with unlocked(args) as session:
            shown["inside"] = worded_inside(inspection.inspect_inside(session, args.file))
    if args.json:
        print_json(shown)
        return 0
    print(f"{shown['file']}: {shown['format']}, {shown['size']} bytes,"
          f" {shown['stanzas']} recipient stanzas ({', '.join(shown['stanza_types'])})")
    inside = shown.get("inside")
    if inside is None:
        print("no vault opened: sender and contents stay hidden")
    elif not inside["opened"]:
        print(f"this vault cannot open it: {inside['reason']}")
    else:
        name = inside["signer_name"] or "unknown signer"
        print(f"signed by {name} ({inside['signer']}), {inside['signer_standing']}")
        manifest = inside["manifest"]
        for key in ("kind", "bundle_id", "sequence", "created_at", "recipient", "versions",
                    "attachments"):
            print(f"  {key}: {manifest.get(key)}")
    return 0
