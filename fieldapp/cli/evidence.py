"""Evidence: `attach` (a file for a record, with the areas of an image to hide) and
`attachment list|save|delete` (what a record has, a copy out of the vault, removal)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from fieldapp.cli.common import Commands, actions, print_json
from fieldapp.cli.messages import sentence
from fieldapp.cli.progress import mib_progress
from fieldapp.errors import FieldappError

if TYPE_CHECKING:
    from fieldapp.services import redaction
    from fieldapp.services.attachments import AttachmentInfo
    from fieldapp.services.session import Session


def add_attach(commands: Commands) -> None:
    attach = commands.add_parser("attach", help="attach an evidence file to a record")
    attach.add_argument("id")
    attach.add_argument("file", type=Path)
    attach.add_argument("--redact", action="append", default=[], type=_region,
                        metavar="X,Y,W,H[:blur|black]",
                        help="hide an area of the image, in pixels of the upright picture;"
                             " repeat for more areas (blur unless :black)")
    attach.add_argument("--keep-original", action="store_true",
                        help="also keep the unredacted original, encrypted in this vault"
                             " (it is never exported)")
    attach.set_defaults(handler=cmd_attach)


def _region(text: str) -> redaction.Region:
    # argparse reports an ArgumentTypeError as a usage error (exit 2) naming the option.
    from fieldapp.services import redaction
    try:
        return redaction.parse_region(text)
    except (ValueError, FieldappError) as error:
        raise argparse.ArgumentTypeError(sentence(error)) from None


def cmd_attach(session: Session, args: argparse.Namespace) -> int:
    from fieldapp.services import attachments
    from fieldapp.services.records import resolve_id
    record_id = resolve_id(session, args.id)
    info = attachments.attach_file(session, record_id, args.file, args.redact,
                                   args.keep_original, progress=mib_progress("encrypting"))
    print(info.id)
    print(attachments.describe_removal(info))
    if args.redact:
        print(f"redacted: {len(args.redact)} area(s) hidden in the stored image")
    original = attachments.kept_original(session, info.id)
    if original is not None:
        print(f"unredacted original kept, encrypted: {original.id}"
              f" (SHA-256 as captured {original.original_sha256})")
    return 0



def add_attachment(commands: Commands) -> None:
    attachment = commands.add_parser(
        "attachment", help="list a record's evidence, save a copy of a file, or delete one")
    attachment_commands = actions(attachment, "attachment_command")
    listing = attachment_commands.add_parser(
        "list", help="a record's evidence files: kind, size and the metadata removed")
    listing.add_argument("id", metavar="ID", help="the record's id or a unique start or end")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=cmd_attachment_list)
    save = attachment_commands.add_parser(
        "save", help="write a copy of a file, NOT encrypted, to FILE (never over an existing"
                     " file)")
    save.add_argument("attachment_id", metavar="ATT_ID")
    save.add_argument("target", metavar="FILE", type=Path)
    save.set_defaults(handler=cmd_attachment_save)
    delete = attachment_commands.add_parser(
        "delete", help="delete a file from this vault (with the unredacted original kept"
                       " beside it); a copy already sent in a bundle stays where it went")
    delete.add_argument("attachment_id", metavar="ATT_ID")
    delete.set_defaults(handler=cmd_attachment_delete)


def _as_json(info: AttachmentInfo) -> dict[str, object]:
    from fieldapp.services.evidence import kind_of
    return {"id": info.id, "record_id": info.record_id, "filename": info.filename,
            "kind": kind_of(info), "size": info.size, "sha256": info.stored_sha256,
            "removed": list(info.metadata_removed), "created_at": info.created_at}


def cmd_attachment_list(session: Session, args: argparse.Namespace) -> int:
    from fieldapp.services import attachments
    from fieldapp.services.evidence import kind_of
    from fieldapp.services.records import resolve_id
    found = attachments.list_attachments(session, resolve_id(session, args.id))
    if args.json:
        print_json([_as_json(info) for info in found])
        return 0
    for info in found:
        removed = ", ".join(info.metadata_removed) or "-"
        print(f"{info.id}\t{kind_of(info)}\t{info.size}\t{info.filename}\tremoved: {removed}")
    return 0


def cmd_attachment_save(session: Session, args: argparse.Namespace) -> int:
    from fieldapp.services import evidence
    attachment_id = evidence.resolve_attachment_id(session, args.attachment_id)
    written = evidence.save_copy(session, attachment_id, args.target)
    print(f"saved {written} bytes to {args.target}; this copy is NOT encrypted: delete it"
          " when it is no longer needed")
    return 0


def cmd_attachment_delete(session: Session, args: argparse.Namespace) -> int:
    from fieldapp.services import evidence
    attachment_id = evidence.resolve_attachment_id(session, args.attachment_id)
    for deleted in evidence.delete_attachment(session, attachment_id):
        print(f"deleted {deleted}")
    return 0
