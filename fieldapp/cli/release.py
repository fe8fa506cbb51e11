"""The `verify-release` command: is a downloaded fieldapp file the one the office released?"""

from __future__ import annotations

import argparse
from pathlib import Path

from fieldapp.cli.common import Commands, print_json
from fieldapp.cli.messages import message
from fieldapp.errors import FieldappError


def add_verify_release(commands: Commands) -> None:
    check = commands.add_parser(
        "verify-release",
        help="check a downloaded file against the release's signed SHA256SUMS (no vault)")
    check.add_argument("sums", type=Path, metavar="SUMS", help="the release's SHA256SUMS")
    check.add_argument("signature", type=Path, metavar="SIG", help="its SHA256SUMS.sig")
    check.add_argument("artefact", type=Path, metavar="FILE", help="the downloaded file")
    check.add_argument("--signers", type=Path, metavar="FILE",
                       help="also trust the release keys in FILE (allowed_signers format, or"
                            " a .pub line)")
    check.add_argument("--json", action="store_true")
    check.set_defaults(handler=cmd_verify_release, needs_session=False)


def cmd_verify_release(args: argparse.Namespace) -> int:
    from fieldapp.services import release
    try:
        verdict = release.verify_release(args.sums, args.signature, args.artefact,
                                         args.signers)
    except FieldappError as error:
        if args.json and error.exit_code == 1:
            # A script reading the verdict gets one too when the answer is "no"; the
            # sentence still goes to stderr and the exit status stays 1.
            print_json({"file": args.artefact.name, "genuine": False, "code": error.code,
                        "message": message(error.code, error.params)})
        raise
    if args.json:
        print_json(verdict.as_json())
    else:
        print(f"{verdict.file}: genuine: listed in the signed checksums, signed by"
              f" {verdict.signer} ({verdict.fingerprint})")
    return 0
