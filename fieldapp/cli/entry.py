"""Running one command: parse, open the vault if the command needs it, turn errors into codes."""

from __future__ import annotations

import argparse
import atexit
import importlib
import os
import sys
from collections.abc import Sequence
from typing import Any

from fieldapp.app_paths import apply_portable_environment, remove_if_empty
from fieldapp.cli.common import escaped_output, unlocked
from fieldapp.cli.messages import problem_sentence, sentence
from fieldapp.cli.parser import build_parser, default_vault_dir
from fieldapp.errors import FieldappError, InvalidInput, Problem
from fieldapp.services.hygiene import disable_core_dumps


def main(argv: Sequence[str] | None = None) -> int:
    os.umask(0o077)
    disable_core_dumps()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.screenshot is not None and args.command is not None:
        parser.error("--screenshot opens the window; give it no command")
    try:
        # Before anything (Qt, fontconfig, tempfile) writes: in portable mode every
        # per-user folder and the temporary one point into the program's folder.
        portable = apply_portable_environment()
    except FieldappError as error:
        print(f"fieldapp: {sentence(error)}", file=sys.stderr)
        return error.exit_code
    if portable is not None:
        atexit.register(remove_if_empty, portable / "tmp")
    args.vault = args.vault or default_vault_dir()
    if args.demo or args.command is None:
        # Qt is loaded only for the window, so scripts and servers never need it.
        gui: Any = importlib.import_module("fieldapp.ui.app")
        try:
            return int(gui.run(vault_dir=args.vault, demo=args.demo,
                               screenshot=args.screenshot))
        except FieldappError as error:
            print(f"fieldapp: {sentence(error)}", file=sys.stderr)
            return error.exit_code
    try:
        with escaped_output():
            return _run(args)
    except BrokenPipeError:
        # The reader went away (`fieldapp vocab list | head -1`): what it asked for was
        # written; stdout goes to nothing so the exit itself cannot fail again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1


def _run(args: argparse.Namespace) -> int:
    try:
        if _stdin_used_twice(args):
            raise InvalidInput([Problem("input", "stdin_twice")])
        if not getattr(args, "needs_session", True):
            return int(args.handler(args))
        with unlocked(args) as session:
            return int(args.handler(session, args))
    except InvalidInput as error:
        for problem in error.problems:
            print(f"fieldapp: {problem_sentence(problem, error.subject)}", file=sys.stderr)
        return error.exit_code
    except FieldappError as error:
        print(f"fieldapp: {sentence(error)}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print("fieldapp: interrupted; nothing was changed", file=sys.stderr)
        return 130


def _stdin_used_twice(args: argparse.Namespace) -> bool:
    return args.passphrase_file == "-" and getattr(args, "file", None) == "-"  # noqa: S105
