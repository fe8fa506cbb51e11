"""What the groups of commands share: the subcommand hook, JSON output, an unlocked session."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from fieldapp.cli.passphrase_input import current_passphrase
from fieldapp.services.session import Session, VaultHolder, unlock

# argparse's _SubParsersAction is private; each group adds its commands to it.
Commands = Any


def actions(parser: argparse.ArgumentParser, dest: str) -> Commands:
    """The required ACTION of a command such as `record` or `peers`."""
    return parser.add_subparsers(dest=dest, metavar="ACTION", required=True)


def print_json(value: Any) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2))


def _say_waiting(holder: VaultHolder) -> None:
    """Said once, so a command that waits for another to finish is not taken for a hang."""
    who = f"process {holder.pid}" if holder.pid else "another process"
    print(f"fieldapp: waiting for the vault: another fieldapp program ({who}) has it open",
          file=sys.stderr, flush=True)


@contextmanager
def unlocked(args: argparse.Namespace) -> Iterator[Session]:
    """The vault of --vault, unlocked with the passphrase the options point to; locked after."""
    session = unlock(args.vault, current_passphrase(args.passphrase_file),
                     on_wait=_say_waiting)
    try:
        yield session
    finally:
        session.lock()
