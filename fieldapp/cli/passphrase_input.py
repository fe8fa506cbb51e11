"""Where the CLI gets passphrases: a file's first line, stdin, the environment, or a prompt."""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from fieldapp.errors import FieldappError, InvalidInput, Problem

# Names of environment variables, not secrets.
ENV_PASSPHRASE = "FIELDAPP_PASSPHRASE"  # noqa: S105
ENV_SOURCE_PASSPHRASE = "FIELDAPP_SOURCE_PASSPHRASE"  # noqa: S105


def read_first_line(source: str, what: str) -> str:
    """The first line of a file, or of stdin for '-', without its line ending."""
    try:
        if source == "-":
            line = sys.stdin.readline()
        else:
            with Path(source).open(encoding="utf-8") as handle:
                line = handle.readline()
    except OSError as error:
        raise InvalidInput([Problem(what, "cannot_read", path=source,
                                    detail=error.strerror)]) from None
    except UnicodeDecodeError:
        raise InvalidInput([Problem(what, "not_utf8", path=source)]) from None
    # Windows editors may start a UTF-8 file with a byte-order mark; it is not typed.
    return line.removeprefix("\ufeff").rstrip("\r\n")


def current_passphrase(passphrase_file: str | None) -> str:
    if passphrase_file is not None:
        return read_first_line(passphrase_file, "--passphrase-file")
    if ENV_PASSPHRASE in os.environ:
        return os.environ[ENV_PASSPHRASE]
    return _prompt("Vault passphrase: ")


def new_passphrase(source: str | None, fallback_file: str | None = None) -> str:
    """A new passphrase: from a file, else the usual non-interactive sources, else asked twice."""
    if source is not None:
        return read_first_line(source, "--new-passphrase-file")
    if fallback_file is not None:
        return read_first_line(fallback_file, "--passphrase-file")
    if ENV_PASSPHRASE in os.environ:
        return os.environ[ENV_PASSPHRASE]
    first = _prompt("New passphrase: ")
    if _prompt("Repeat the new passphrase: ") != first:
        raise FieldappError("passphrases_differ")
    return first


def _prompt(text: str) -> str:
    if not sys.stdin.isatty():
        raise InvalidInput([Problem("passphrase", "no_passphrase")])
    return getpass.getpass(text)


def source_key_passphrase(source: str | None, new: bool) -> str:
    """The source key's own passphrase: a file, FIELDAPP_SOURCE_PASSPHRASE, or a prompt."""
    if source is not None:
        return read_first_line(source, "--source-passphrase-file")
    if ENV_SOURCE_PASSPHRASE in os.environ:
        return os.environ[ENV_SOURCE_PASSPHRASE]
    first = _prompt("Source key passphrase: ")
    if new and _prompt("Repeat the source key passphrase: ") != first:
        raise FieldappError("passphrases_differ")
    return first
