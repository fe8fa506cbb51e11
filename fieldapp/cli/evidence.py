"""The `attach` command: evidence files for a record, with the areas of an image to hide."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from fieldapp.cli.common import Commands
from fieldapp.cli.messages import sentence
from fieldapp.cli.progress import mib_progress
from fieldapp.errors import FieldappError

if TYPE_CHECKING:
    from fieldapp.services import redaction
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

