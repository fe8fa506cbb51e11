"""Who is who: this vault's identity card, its enrolled peers, and the office's source key."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from fieldapp.cli.common import Commands, actions, print_json
from fieldapp.cli.passphrase_input import source_key_passphrase
from fieldapp.errors import FieldappError

if TYPE_CHECKING:
    from fieldapp.services.session import Session


def add_identity(commands: Commands) -> None:
    identity = commands.add_parser("identity", help="this vault's identity card")
    identity_commands = actions(identity, "identity_command")
    show = identity_commands.add_parser("show", help="name, role, fingerprint, safety code, keys")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=cmd_identity_show)
    card = identity_commands.add_parser("export", help="write the identity card to FILE")
    card.add_argument("file", type=Path)
    card.set_defaults(handler=cmd_identity_export)


def add_peers(commands: Commands) -> None:
    peer = commands.add_parser("peers", help="enrol, list and revoke peers")
    peer_commands = actions(peer, "peers_command")
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


def add_sources(commands: Commands) -> None:
    source = commands.add_parser("sources", help="the office's source key")
    source_commands = actions(source, "sources_command")
    new_key = source_commands.add_parser("new-key", help="office: create a source key in FILE")
    new_key.add_argument("file", type=Path)
    new_key.add_argument("--source-passphrase-file", metavar="FILE")
    new_key.set_defaults(handler=cmd_sources_new_key)
    show = source_commands.add_parser("show", help="office: unseal one record's sources")
    show.add_argument("id")
    show.add_argument("--source-key", type=Path, required=True, metavar="FILE")
    show.add_argument("--source-passphrase-file", metavar="FILE")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=cmd_sources_show)


def cmd_identity_show(session: Session, args: argparse.Namespace) -> int:
    from fieldapp.services import peers
    shown = peers.card_fields(peers.own_card(session))
    if args.json:
        print_json(shown)
    else:
        for key, value in shown.items():
            print(f"{key.replace('_', ' ')}: {value}")
    return 0


def cmd_identity_export(session: Session, args: argparse.Namespace) -> int:
    from fieldapp.services import peers
    card = peers.export_card(session, args.file)
    print(f"wrote the identity card of {card.name} to {args.file}")
    print(f"fingerprint {card.fingerprint}; safety code {card.safety_code}")
    return 0


def cmd_peers_add(session: Session, args: argparse.Namespace) -> int:
    from fieldapp.services import peers
    card = peers.read_card(args.card)
    peer = peers.add_peer(session, card, args.fingerprint)
    print(f"enrolled {peer.role} {peer.name} ({peer.fingerprint})")
    if args.fingerprint is None:
        print(f"warning: the fingerprint was not checked; compare the safety code"
              f" {card.safety_code} with {peer.name} in person", file=sys.stderr)
    return 0


def cmd_peers_list(session: Session, args: argparse.Namespace) -> int:
    from fieldapp.services import peers
    found = peers.list_peers(session)
    if args.json:
        print_json([p.__dict__ for p in found])
        return 0
    for peer in found:
        standing = f"revoked {peer.revoked_at}" if peer.revoked else "enrolled"
        print(f"{peer.name}\t{peer.role}\t{peer.fingerprint}\t{standing}")
    return 0


def cmd_peers_revoke(session: Session, args: argparse.Namespace) -> int:
    from fieldapp.services import peers
    peer = peers.revoke_peer(session, args.name)
    print(f"revoked {peer.name} ({peer.fingerprint}) at {peer.revoked_at}")
    return 0


def cmd_sources_new_key(session: Session, args: argparse.Namespace) -> int:
    from fieldapp.services import sources
    if session.identity.role != "office":
        raise FieldappError("office_only_source_key")
    passphrase = source_key_passphrase(args.source_passphrase_file, new=True)
    recipient = sources.create_source_key(args.file, passphrase)
    sources.set_office_source_recipient(session, recipient)
    print(f"source key written to {args.file}; give observers your new identity card"
          " (fieldapp identity export) so they seal for it")
    return 0


def cmd_sources_show(session: Session, args: argparse.Namespace) -> int:
    from fieldapp.services import sources
    from fieldapp.services.records import resolve_id
    record_id = resolve_id(session, args.id)
    passphrase = source_key_passphrase(args.source_passphrase_file, new=False)
    found = sources.show_sources(session, record_id, args.source_key, passphrase)
    if args.json:
        print_json(found)
        return 0
    for item in found:
        print("\t".join(item.get(k, "") for k in ("name", "contact", "note")))
    return 0
