"""Where the CLI gets passphrases: a file's first line, stdin, the environment, or a prompt."""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from fieldapp.errors import FieldappError, InvalidInput, Problem
from fieldapp.services.user_files import (
    MAX_PASSPHRASE_LINE,
    open_regular,
    text_is_clean,
    too_large,
)

# Names of environment variables, not secrets.
ENV_PASSPHRASE = "FIELDAPP_PASSPHRASE"  # noqa: S105
ENV_SOURCE_PASSPHRASE = "FIELDAPP_SOURCE_PASSPHRASE"  # noqa: S105


def read_first_line(source: str, what: str) -> str:
    """The first line of a file, or of stdin for '-', without its line ending."""
    try:
        if source == "-":
            line = sys.stdin.readline(MAX_PASSPHRASE_LINE + 1)
        else:
            # Only a regular file, and only as much of it as a first line can be: /dev/zero
            # or a FIFO must not hang the command or fill the memory.
            handle, _ = open_regular(Path(source), what)
            with handle:
                line = handle.readline(MAX_PASSPHRASE_LINE * 4 + 1).decode("utf-8")
    except OSError as error:
        raise InvalidInput([Problem(what, "cannot_read", path=source,
                                    detail=error.strerror)]) from None
    except UnicodeDecodeError:
        raise InvalidInput([Problem(what, "not_utf8", path=source)]) from None
    # As a text-mode readline would: the first line ends at \n, \r\n or a lone \r.
    line = line.partition("\n")[0].partition("\r")[0]
    if len(line) > MAX_PASSPHRASE_LINE:
        raise too_large(source, MAX_PASSPHRASE_LINE, what)
    # Windows editors may start a UTF-8 file with a byte-order mark; it is not typed.
    return checked(line.removeprefix("\ufeff"), what)


def checked(passphrase: str, what: str) -> str:
    """A passphrase with a NUL or a lone surrogate (undecodable bytes in the environment) is
    refused: it could never be typed again, and Argon2 takes UTF-8 bytes."""
    if not text_is_clean(passphrase):
        raise InvalidInput([Problem(what, "nul_or_surrogate")])
    return passphrase


def current_passphrase(passphrase_file: str | None) -> str:
    if passphrase_file is not None:
        return read_first_line(passphrase_file, "--passphrase-file")
    if ENV_PASSPHRASE in os.environ:
        return checked(os.environ[ENV_PASSPHRASE], ENV_PASSPHRASE)
    return checked(_prompt("Vault passphrase: "), "passphrase")


def new_passphrase(source: str | None, fallback_file: str | None = None) -> str:
    """A new passphrase: from a file, else the usual non-interactive sources, else asked twice."""
    if source is not None:
        return read_first_line(source, "--new-passphrase-file")
    if fallback_file is not None:
        return read_first_line(fallback_file, "--passphrase-file")
    if ENV_PASSPHRASE in os.environ:
        return checked(os.environ[ENV_PASSPHRASE], ENV_PASSPHRASE)
    first = checked(_prompt("New passphrase: "), "passphrase")
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
        return checked(os.environ[ENV_SOURCE_PASSPHRASE], ENV_SOURCE_PASSPHRASE)
    first = checked(_prompt("Source key passphrase: "), "passphrase")
    if new and _prompt("Repeat the source key passphrase: ") != first:
        raise FieldappError("passphrases_differ")
    return first
