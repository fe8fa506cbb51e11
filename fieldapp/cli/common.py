"""What the groups of commands share: the subcommand hook, JSON output, an unlocked session."""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TextIO

from fieldapp.cli.passphrase_input import current_passphrase

if TYPE_CHECKING:
    from fieldapp.services.session import Session, VaultHolder

# argparse's _SubParsersAction is private; each group adds its commands to it.
Commands = Any


def actions(parser: argparse.ArgumentParser, dest: str) -> Commands:
    """The required ACTION of a command such as `record` or `peers`."""
    return parser.add_subparsers(dest=dest, metavar="ACTION", required=True)


# Controls that could steer a terminal: C0 but the line feed and tab, DEL, and C1 (whose
# U+009B is a one-character escape sequence). json.dumps escapes C0 but leaves DEL and C1.
_TERMINAL_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def escape_controls(text: str) -> str:
    """text with every terminal control shown as a visible escape (ESC becomes \\u001b):
    JSON's own form, so printed JSON stays valid JSON that reads back the same."""
    return _TERMINAL_CONTROL.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def print_json(value: Any) -> None:
    print(escape_controls(json.dumps(value, ensure_ascii=False, indent=2)))


class _EscapingStream:
    """A text stream that escapes terminal controls in all it is given: whatever a vault
    or a bundle holds reaches the terminal as visible text, never as an escape sequence.
    Records and bundles refuse controls already; this is the defence behind that."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(escape_controls(text))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


@contextmanager
def escaped_output() -> Iterator[None]:
    """stdout and stderr escaped while a command runs."""
    out, err = sys.stdout, sys.stderr
    sys.stdout = _EscapingStream(out)
    sys.stderr = _EscapingStream(err)
    try:
        yield
    finally:
        sys.stdout, sys.stderr = out, err


def _say_waiting(holder: VaultHolder) -> None:
    """Said once, so a command that waits for another to finish is not taken for a hang."""
    who = f"process {holder.pid}" if holder.pid else "another process"
    print(f"fieldapp: waiting for the vault: another fieldapp program ({who}) has it open",
          file=sys.stderr, flush=True)


@contextmanager
def unlocked(args: argparse.Namespace) -> Iterator[Session]:
    """The vault of --vault, unlocked with the passphrase the options point to; locked after."""
    # The session and all it opens are imported by the commands that use a vault only,
    # so `fieldapp --help` and `fieldapp panic` start without them.
    from fieldapp.services.session import unlock

    session = unlock(args.vault, current_passphrase(args.passphrase_file),
                     on_wait=_say_waiting)
    try:
        yield session
    finally:
        session.lock()
