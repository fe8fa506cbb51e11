"""CLI commands for identities, peers, bundles, conflicts and audit keys."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from fieldapp.cli_messages import with_reasons, worded_inside
from fieldapp.errors import FieldappError, InvalidInput, Problem
from fieldapp.json_input import read_json_object
from fieldapp.passphrase_input import current_passphrase, source_key_passphrase
from fieldapp.services import (
    conflicts,
    export,
    importing,
    inspection,
    peers,
    purge,
    receipts,
    roster,
    sources,
)
from fieldapp.services.records import resolve_id
from fieldapp.services.session import Session, unlock
from fieldapp.store.vault import vault_exists
from sync.sshkeys import openssh_public_line

_Commands = Any  # argparse's private _SubParsersAction


def add_commands(commands: _Commands, audit_commands: _Commands) -> None:
    identity = commands.add_parser("identity", help="this vault's identity card")
    identity_commands = identity.add_subparsers(dest="identity_command", metavar="ACTION",
                                                required=True)
    show = identity_commands.add_parser("show", help="name, role, fingerprint, safety code, keys")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=cmd_identity_show)
    card = identity_commands.add_parser("export", help="write the identity card to FILE")
    card.add_argument("file", type=Path)
    card.set_defaults(handler=cmd_identity_export)

    peer = commands.add_parser("peers", help="enrol, list and revoke peers")
    peer_commands = peer.add_subparsers(dest="peers_command", metavar="ACTION", required=True)
    add = peer_commands.add_parser("add", help="enrol the owner of an identity card")
    add.add_argument("card", type=Path)
    add.add_argument("--fingerprint", metavar="FP",
                     help="the fingerprint (or safety code) the peer read out to you")
    add.set_defaults(handler=cmd_peers_add)
    listing = peer_commands.add_parser("list", help="enrolled peers")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=cmd_peers_list)
    revoke = peer_commands.add_parser("revoke", help="refuse a peer's bundles from now on")
    revoke.add_argument("name")
    revoke.set_defaults(handler=cmd_peers_revoke)

    out = commands.add_parser("export", help="write new versions into a bundle for the office")
    out.add_argument("--out", type=Path, required=True, metavar="DIR")
    out.add_argument("--all", action="store_true", help="everything, not only what is new")
    out.set_defaults(handler=cmd_export)

    imp = commands.add_parser("import", help="verify and merge bundles")
    imp.add_argument("bundles", type=Path, nargs="+", metavar="BUNDLE")
    imp.add_argument("--json", action="store_true")
    imp.set_defaults(handler=cmd_import)

    conflict = commands.add_parser("conflicts", help="records edited on both sides")
    conflict_commands = conflict.add_subparsers(dest="conflicts_command", metavar="ACTION",
                                                required=True)
    clist = conflict_commands.add_parser("list", help="records in conflict")
    clist.add_argument("--json", action="store_true")
    clist.set_defaults(handler=cmd_conflicts_list)
    resolve = conflict_commands.add_parser("resolve", help="choose or edit the result")
    resolve.add_argument("id")
    choice = resolve.add_mutually_exclusive_group(required=True)
    choice.add_argument("--take", metavar="VERSION")
    choice.add_argument("--edit", metavar="FILE")
    resolve.set_defaults(handler=cmd_conflicts_resolve)

    bundle_cmd = commands.add_parser("bundle", help="look at a bundle without importing it")
    bundle_commands = bundle_cmd.add_subparsers(dest="bundle_command", metavar="ACTION",
                                                required=True)
    inspect = bundle_commands.add_parser("inspect", help="what the bundle shows")
    inspect.add_argument("file", type=Path)
    inspect.add_argument("--json", action="store_true")
    inspect.add_argument("--outer-only", action="store_true",
                         help="do not open the vault: show only what anyone can see")
    inspect.set_defaults(handler=cmd_bundle_inspect, needs_session=False)

    roster = commands.add_parser("roster", help="the office's signed roster for observers")
    roster_commands = roster.add_subparsers(dest="roster_command", metavar="ACTION",
                                            required=True)
    publish = roster_commands.add_parser("publish", help="one roster bundle per observer")
    publish.add_argument("--out", type=Path, required=True, metavar="DIR")
    publish.set_defaults(handler=cmd_roster_publish)

    sources = commands.add_parser("sources", help="the office's source key")
    source_commands = sources.add_subparsers(dest="sources_command", metavar="ACTION",
                                             required=True)
    new_key = source_commands.add_parser("new-key", help="office: create a source key in FILE")
    new_key.add_argument("file", type=Path)
    new_key.add_argument("--source-passphrase-file", metavar="FILE")
    new_key.set_defaults(handler=cmd_sources_new_key)
    show_sources = source_commands.add_parser("show", help="office: unseal one record's sources")
    show_sources.add_argument("id")
    show_sources.add_argument("--source-key", type=Path, required=True, metavar="FILE")
    show_sources.add_argument("--source-passphrase-file", metavar="FILE")
    show_sources.add_argument("--json", action="store_true")
    show_sources.set_defaults(handler=cmd_sources_show)

    receipts_cmd = commands.add_parser("receipts", help="office: receipts for observers")
    receipts_cmd.add_argument("--out", type=Path, required=True, metavar="DIR")
    receipts_cmd.set_defaults(handler=cmd_receipts)

    purge_cmd = commands.add_parser("purge", help="observer: drop what the office holds")
    purge_cmd.add_argument("--delivered", action="store_true",
                           help="purge every record whose current version was delivered")
    purge_cmd.add_argument("--auto", choices=["on", "off"],
                           help="purge automatically whenever a receipt arrives")
    purge_cmd.set_defaults(handler=cmd_purge)

    keys = audit_commands.add_parser("keys", help="write the office's keys for a reviewer")
    keys.add_argument("--out", type=Path, required=True, metavar="DIR")
    keys.set_defaults(handler=cmd_audit_keys)


def cmd_identity_show(session: Session, args: argparse.Namespace) -> int:
    card = peers.own_card(session)
    shown = {"name": card.name, "role": card.role, "fingerprint": card.fingerprint,
             "safety_code": card.safety_code,
             "signing_key": openssh_public_line(card.signing_key),
             "age_recipient": card.age_recipient.to_string()}
    if args.json:
        print(json.dumps(shown, ensure_ascii=False, indent=2))
    else:
        for key, value in shown.items():
            print(f"{key.replace('_', ' ')}: {value}")
    return 0


def cmd_identity_export(session: Session, args: argparse.Namespace) -> int:
    card = peers.export_card(session, args.file)
    print(f"wrote the identity card of {card.name} to {args.file}")
    print(f"fingerprint {card.fingerprint}; safety code {card.safety_code}")
    return 0


def cmd_peers_add(session: Session, args: argparse.Namespace) -> int:
    card = peers.read_card(args.card)
    peer = peers.add_peer(session, card, args.fingerprint)
    print(f"enrolled {peer.role} {peer.name} ({peer.fingerprint})")
    if args.fingerprint is None:
        print(f"warning: the fingerprint was not checked; compare the safety code"
              f" {card.safety_code} with {peer.name} in person", file=sys.stderr)
    return 0


def cmd_peers_list(session: Session, args: argparse.Namespace) -> int:
    found = peers.list_peers(session)
    if args.json:
        print(json.dumps([p.__dict__ for p in found], ensure_ascii=False, indent=2))
        return 0
    for peer in found:
        standing = f"revoked {peer.revoked_at}" if peer.revoked else "enrolled"
        print(f"{peer.name}\t{peer.role}\t{peer.fingerprint}\t{standing}")
    return 0


def cmd_peers_revoke(session: Session, args: argparse.Namespace) -> int:
    peer = peers.revoke_peer(session, args.name)
    print(f"revoked {peer.name} ({peer.fingerprint}) at {peer.revoked_at}")
    return 0


def cmd_export(session: Session, args: argparse.Namespace) -> int:
    result = export.export_bundle(session, args.out, everything=args.all)
    if result is None:
        print("nothing new to export; no bundle was written")
        return 0
    print(result.path)
    return 0


def cmd_import(session: Session, args: argparse.Namespace) -> int:
    reports = with_reasons(importing.import_bundles(session, args.bundles))
    if args.json:
        print(importing.report_json(reports))
    else:
        for report in reports:
            print(describe(report))
    return 1 if any(r.status == "rejected" for r in reports) else 0


def describe(report: importing.ImportReport) -> str:
    if report.status == "accepted" and report.kind == "roster":
        return f"{report.file}: roster version {report.sequence} from {report.sender} accepted"
    if report.status == "accepted" and report.kind == "receipt":
        text = (f"{report.file}: receipt from {report.sender}: {report.updated} version(s)"
                " confirmed delivered")
        if report.purged:
            text += f"; {report.purged} record(s) purged"
        return text
    if report.status == "rejected":
        return f"{report.file}: rejected at the {report.check} check: {report.reason}"
    if report.status == "duplicate":
        return f"{report.file}: already imported; nothing changed"
    text = (f"{report.file}: accepted from {report.sender} (bundle {report.sequence}):"
            f" {report.new} new, {report.updated} updated, {report.unchanged} unchanged,"
            f" {report.in_conflict} in conflict")
    if report.missing_sequences:
        gaps = ", ".join(str(n) for n in report.missing_sequences)
        text += f"; bundles not yet received from this observer: {gaps}"
    return text


def cmd_conflicts_list(session: Session, args: argparse.Namespace) -> int:
    found = conflicts.list_conflicts(session)
    if args.json:
        print(json.dumps([c.as_dict() for c in found], ensure_ascii=False, indent=2))
        return 0
    for item in found:
        sides = "; ".join(
            f"{s.version.id} by {s.author_name}" + (" (deleted)" if s.record is None else "")
            for s in item.sides)
        print(f"{item.record_id}\tshown: {item.sides[0].version.id}\t{sides}")
    return 0


def cmd_conflicts_resolve(session: Session, args: argparse.Namespace) -> int:
    record_id = resolve_id(session, args.id)
    edit = read_json_object(args.edit) if args.edit else None
    print(conflicts.resolve(session, record_id, take=args.take, edit=edit))
    return 0


def cmd_bundle_inspect(args: argparse.Namespace) -> int:
    """Anyone sees the outside; inside a vault (when there is one) we also try to open it."""
    shown: dict[str, Any] = inspection.inspect_outer(args.file)
    if not args.outer_only and vault_exists(args.vault):
        session = unlock(args.vault, current_passphrase(args.passphrase_file))
        try:
            shown["inside"] = worded_inside(inspection.inspect_inside(session, args.file))
        finally:
            session.lock()
    if args.json:
        print(json.dumps(shown, ensure_ascii=False, indent=2))
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


def cmd_roster_publish(session: Session, args: argparse.Namespace) -> int:
    for path in roster.publish_roster(session, args.out):
        print(path)
    return 0


def cmd_sources_new_key(session: Session, args: argparse.Namespace) -> int:
    if session.identity.role != "office":
        raise FieldappError("office_only_source_key")
    passphrase = source_key_passphrase(args.source_passphrase_file, new=True)
    recipient = sources.create_source_key(args.file, passphrase)
    sources.set_office_source_recipient(session, recipient)
    print(f"source key written to {args.file}; give observers your new identity card"
          " (fieldapp identity export) so they seal for it")
    return 0


def cmd_sources_show(session: Session, args: argparse.Namespace) -> int:
    record_id = resolve_id(session, args.id)
    passphrase = source_key_passphrase(args.source_passphrase_file, new=False)
    found = sources.show_sources(session, record_id, args.source_key, passphrase)
    if args.json:
        print(json.dumps(found, ensure_ascii=False, indent=2))
        return 0
    for item in found:
        print("\t".join(item.get(k, "") for k in ("name", "contact", "note")))
    return 0


def cmd_receipts(session: Session, args: argparse.Namespace) -> int:
    written = receipts.write_receipts(session, args.out)
    if not written:
        print("no observer has new versions to confirm; no receipt was written")
    for item in written:
        print(f"{item.path}\t{item.observer}\t{item.versions} version(s)")
    return 0


def cmd_purge(session: Session, args: argparse.Namespace) -> int:
    if not args.delivered and args.auto is None:
        raise InvalidInput([Problem("purge", "purge_what")])
    if args.auto is not None:
        purge.set_auto_purge(session, args.auto == "on")
        print(f"automatic purge on receipt: {args.auto}")
    if args.delivered:
        count = purge.purge_delivered(session)
        print(f"purged {count} delivered record(s)")
    return 0


def cmd_audit_keys(session: Session, args: argparse.Namespace) -> int:
    written = inspection.write_audit_keys(session, args.out)
    print("WARNING: these files hold the office's private decryption key. Keep them on an"
          " encrypted disk and delete them when the review is over.", file=sys.stderr)
    for path in written:
        print(path)
    return 0

